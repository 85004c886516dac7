import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake Slack received: a Web API method call or a `response_url` post. */
export interface FakeCall {
  /** The Web API method ("chat.postMessage"), or "response_url" for posts to a response URL. */
  method: string;
  /** The parameters, with `blocks` parsed back from JSON. */
  body: Record<string, unknown>;
  authorization: string | undefined;
}

/** Options for {@link startFakeSlackApi}. */
export interface FakeSlackApiOptions {
  /** What `auth.test` answers. Default: ok, bot user "UBOT". */
  authTest?: Record<string, unknown>;
  /** The WebSocket URL `apps.connections.open` hands out, for Socket Mode. Default none. */
  socketUrl?: string;
  /**
   * Whether the workspace has the agent surface for AI apps: `assistant.threads.*` succeed. When
   * false they fail as in a workspace (or plan) without it. Default true.
   */
  assistant?: boolean;
}

/**
 * A local stand-in for Slack's Web API (`SLACK_API_URL` = {@link FakeSlackApi.apiUrl}) and for
 * `response_url`s ({@link FakeSlackApi.responseUrl}), on 127.0.0.1 with an ephemeral port. It
 * records every call, and {@link FakeSlackApi.next} waits for one (no sleeps in tests).
 */
export interface FakeSlackApi {
  apiUrl: string;
  calls: FakeCall[];
  /** A response URL on this fake, e.g. for a slash command's `response_url`. */
  responseUrl(id: string): string;
  /** Resolves with the first call, already made or still to come, that matches. */
  next(match: (call: FakeCall) => boolean): Promise<FakeCall>;
  close(): Promise<void>;
}

/** Starts a {@link FakeSlackApi} on an ephemeral loopback port. */
export async function startFakeSlackApi(options: FakeSlackApiOptions = {}): Promise<FakeSlackApi> {
  const calls: FakeCall[] = [];
  const waiters: { match: (call: FakeCall) => boolean; resolve: (call: FakeCall) => void }[] = [];
  let ts = 1_700_000_000;
  const server: Server = createServer(async (request, response) => {
    const raw = await readBody(request);
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const isResponseUrl = path.startsWith('/response/');
    const call: FakeCall = {
      method: isResponseUrl ? 'response_url' : path.replace(/^\/api\//, ''),
      body: parseBody(raw, request.headers['content-type']),
      authorization: request.headers.authorization,
    };
    calls.push(call);
    for (const waiter of [...waiters]) {
      if (waiter.match(call)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
    response.setHeader('content-type', 'application/json');
    if (isResponseUrl) return void response.end(JSON.stringify({ ok: true }));
    switch (call.method) {
      case 'auth.test':
        return void response.end(JSON.stringify(options.authTest ?? { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', team: 'Test team', user: 'icat-bot' }));
      case 'chat.postMessage':
        ts += 1;
        return void response.end(JSON.stringify({ ok: true, channel: call.body.channel, ts: `${ts}.000100` }));
      case 'assistant.threads.setStatus':
      case 'assistant.threads.setSuggestedPrompts':
      case 'assistant.threads.setTitle':
        return void response.end(JSON.stringify(options.assistant === false ? { ok: false, error: 'not_allowed_token_type' } : { ok: true }));
      case 'apps.connections.open':
        return void response.end(JSON.stringify(options.socketUrl ? { ok: true, url: options.socketUrl } : { ok: false, error: 'invalid_auth' }));
      default:
        return void response.end(JSON.stringify({ ok: false, error: 'unknown_method' }));
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${base}/api/`,
    calls,
    responseUrl: (id) => `${base}/response/${id}`,
    next: (match) => {
      const seen = calls.find(match);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ match, resolve }));
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  let raw = '';
  for await (const chunk of request) raw += chunk;
  return raw;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const body: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'attachments']) {
    if (typeof body[key] === 'string') body[key] = JSON.parse(body[key] as string);
  }
  return body;
}
