import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/bot.js';

/** `npm start` running in its own process, as an operator runs it. */
export interface Service {
  child: ChildProcess;
  /** Everything written to stderr (the JSON log) and stdout so far. */
  output(): string;
  /** Resolves with the first log line (parsed) whose `msg` matches, past or future. */
  logLine(msg: string | RegExp): Promise<Record<string, unknown>>;
  /** Resolves once the output (stdout or stderr) matches `pattern`. */
  waitForOutput(pattern: RegExp): Promise<void>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Writes to the process's standard input. */
  type(text: string): void;
}

/**
 * Runs `adapters/main.ts` with tsx from an empty folder (so no developer `.env` leaks in), with an
 * environment cleared of platform settings plus `env`.
 */
export function startService(env: Record<string, string>): Service {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(SLACK_|DISCORD_|KNOWLEDGE_|MIN_CONFIDENCE|HEALTH_PORT|PORT$|UNANSWERED_|RATE_LIMIT_|SHUTDOWN_)/.test(name)));
  const child = spawn(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), [join(PROJECT_ROOT, 'adapters/main.ts')], {
    cwd: mkdtempSync(join(tmpdir(), 'icat-ops-start-')), env: { ...base, LOG_LEVEL: 'info', ...env }, stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const waiters: { match: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void }[] = [];
  const parsed: Record<string, unknown>[] = [];
  const outputWaiters: { pattern: RegExp; resolve: () => void }[] = [];
  const checkOutput = () => {
    for (const waiter of [...outputWaiters]) if (waiter.pattern.test(output)) { outputWaiters.splice(outputWaiters.indexOf(waiter), 1); waiter.resolve(); }
  };
  let partial = '';
  child.stdout!.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); checkOutput(); });
  child.stderr!.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output += text;
    checkOutput();
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      try { parsed.push(JSON.parse(line) as Record<string, unknown>); } catch { continue; }
      const entry = parsed[parsed.length - 1]!;
      for (const waiter of [...waiters]) if (waiter.match(entry)) { waiters.splice(waiters.indexOf(waiter), 1); waiter.resolve(entry); }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    logLine: (msg) => {
      const match = (line: Record<string, unknown>) => typeof line.msg === 'string' && (typeof msg === 'string' ? line.msg === msg : msg.test(line.msg));
      const seen = parsed.find(match);
      return seen ? Promise.resolve(seen) : new Promise((resolve) => waiters.push({ match, resolve }));
    },
    waitForOutput: (pattern) => new Promise((resolve) => { outputWaiters.push({ pattern, resolve }); checkOutput(); }),
    exited,
    type: (text) => { child.stdin!.write(text); },
  };
}

/** One `chat.postMessage` the stand-in received, held until released. */
export interface HeldPost {
  body: Record<string, unknown>;
  /** Lets Slack "answer" the post, so the reply in flight completes. */
  release(): void;
  /** True when the app hung up before the post was answered (the reply was lost). */
  abandoned(): boolean;
}

/** A local stand-in for Slack's Web API that holds every `chat.postMessage` until the test releases it. */
export interface SlackStandIn {
  apiUrl: string;
  /** Resolves with the next post (already made or still to come). */
  nextPost(): Promise<HeldPost>;
  close(): Promise<void>;
}

/** Starts the stand-in on 127.0.0.1 with an ephemeral port. */
export async function startSlackStandIn(): Promise<SlackStandIn> {
  const posts: HeldPost[] = [];
  const waiting: ((post: HeldPost) => void)[] = [];
  const server: Server = createServer(async (request, response) => {
    const body = await readJson(request);
    response.setHeader('content-type', 'application/json');
    if (request.url?.endsWith('/auth.test')) return void response.end(JSON.stringify({ ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', team: 'Test', user: 'icat-bot' }));
    if (!request.url?.endsWith('/chat.postMessage')) return void response.end(JSON.stringify({ ok: false, error: 'unknown_method' }));
    let released = false;
    let abandoned = false;
    response.once('close', () => { if (!released) abandoned = true; });
    const post: HeldPost = {
      body,
      release: () => { released = true; response.end(JSON.stringify({ ok: true, channel: body.channel, ts: '1700000001.000100' })); },
      abandoned: () => abandoned,
    };
    const waiter = waiting.shift();
    if (waiter) waiter(post);
    else posts.push(post);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    nextPost: () => {
      const post = posts.shift();
      return post ? Promise.resolve(post) : new Promise((resolve) => waiting.push(resolve));
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = '';
  for await (const chunk of request) raw += chunk;
  if (request.headers['content-type']?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  return Object.fromEntries(new URLSearchParams(raw));
}

let messageCount = 0;

/** Posts an `app_mention` to the app, signed with `secret` as Slack signs it. */
export async function postMention(eventsUrl: string, secret: string, eventId: string, text: string, channel = 'C42'): Promise<number> {
  const body = JSON.stringify({
    token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event: { type: 'app_mention', channel, user: 'U0ASKER', ts: `${1_700_000_000 + (messageCount += 1)}.000100`, text: `<@UBOT> ${text}` },
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const response = await fetch(eventsUrl, {
    method: 'POST', body,
    headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
  });
  await response.text();
  return response.status;
}
