import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { componentPayload, guildCreatePayload, interactionPayload, messageCommandPayload, messagePayload, readyPayload, snowflake, user, type ComponentSpec, type FakeWorld, type InteractionSpec, type MessageCommandSpec, type MessageSpec } from './payloads.js';

/** One REST request the fake received. */
export interface RestCall {
  method: string;
  /** The path after `/api/v10`, URL-decoded (`'@original'` arrives as `%40original`). */
  path: string;
  query: URLSearchParams;
  /** The JSON body, when there is one. */
  body: any;
  /** What the fake answered (e.g. the message it created, with its `id`). */
  response?: any;
}

/** Options for {@link FakeDiscord.start}. */
export interface FakeDiscordOptions {
  /** The only token the fake accepts. Default 'fake-bot-token'. */
  token?: string;
  /** The shard count `GET /gateway/bot` recommends (what `DISCORD_SHARDS=auto` uses). Default 1. */
  recommendedShards?: number;
  /** How many shards may identify at once (`max_concurrency`); discord.js waits 5 s between batches. Default 1. */
  maxConcurrency?: number;
}

/**
 * A local stand-in for Discord on 127.0.0.1 and an ephemeral port: the REST API a discord.js
 * client uses (`GET /gateway/bot`, messages, interaction callbacks, webhooks, command
 * registration) and a gateway WebSocket that says HELLO, acknowledges heartbeats, and after a
 * good IDENTIFY sends READY and the server's GUILD_CREATE. Plain JSON, no compression (zlib-sync
 * is not installed, so discord.js asks for none). Tests dispatch events and await REST calls.
 */
export class FakeDiscord {
  /** Every REST request so far, in order. */
  readonly calls: RestCall[] = [];
  readonly world: FakeWorld = { botUserId: snowflake(), applicationId: snowflake(), guildId: snowflake(), channelId: snowflake() };
  private readonly waiters: { match: (call: RestCall) => boolean; resolve: (call: RestCall) => void }[] = [];
  private readonly sessions = new Set<{ socket: WebSocket; seq: number }>();
  private readonly identifyWaiters: (() => void)[] = [];
  private readonly refusals: { match: (call: RestCall) => boolean; status: number; body: unknown; times: number }[] = [];
  private readonly disconnectWaiters: (() => void)[] = [];
  /** The `shard` field ([id, count]) of every accepted IDENTIFY, in order; undefined when unsharded. */
  readonly identifiedShards: ([number, number] | undefined)[] = [];

  private constructor(private readonly server: Server, private readonly gateway: WebSocketServer, private readonly token: string, private readonly options: FakeDiscordOptions = {}) {}

  /** Starts the fake on an ephemeral port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const gateway = new WebSocketServer({ server, path: '/gateway' });
    const fake = new FakeDiscord(server, gateway, options.token ?? 'fake-bot-token', options);
    server.on('request', (request, response) => fake.onRequest(request, response));
    gateway.on('connection', (socket) => fake.onConnection(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  private get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The REST base to give discord.js as `rest.api` (or `DISCORD_API_URL`). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** The first REST call (past or future) that `match` accepts. */
  waitForCall(match: (call: RestCall) => boolean): Promise<RestCall> {
    const seen = this.calls.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  /** Resolves once a client has identified with the right token and been sent READY. */
  whenIdentified(): Promise<void> {
    if (this.sessions.size > 0) return Promise.resolve();
    return new Promise((resolve) => this.identifyWaiters.push(resolve));
  }

  /** Sends a gateway event to every logged-in client. */
  dispatch(type: string, data: Record<string, unknown>): void {
    for (const session of this.sessions) {
      session.seq += 1;
      session.socket.send(JSON.stringify({ op: 0, t: type, s: session.seq, d: data }));
    }
  }

  /** Someone sends a message; returns its payload (whose `id` the bot's reply references). */
  sendMessage(spec: MessageSpec): Record<string, unknown> {
    const payload = messagePayload(this.world, spec);
    this.dispatch('MESSAGE_CREATE', payload);
    return payload;
  }

  /** Someone uses `/icat` (type 2) or types in its question option (type 4); returns the payload. */
  interact(spec: InteractionSpec): Record<string, unknown> {
    const payload = interactionPayload(this.world, spec);
    this.dispatch('INTERACTION_CREATE', payload);
    return payload;
  }

  /** Someone uses "Apps → Ask ICAT" on a message; returns the payload. */
  askAboutMessage(spec: MessageCommandSpec): Record<string, unknown> {
    const payload = messageCommandPayload(this.world, spec);
    this.dispatch('INTERACTION_CREATE', payload);
    return payload;
  }

  /** Someone clicks a button under one of the bot's messages; returns the payload. */
  click(spec: ComponentSpec): Record<string, unknown> {
    const payload = componentPayload(this.world, spec);
    this.dispatch('INTERACTION_CREATE', payload);
    return payload;
  }

  /** The bot's reply to one message: the `POST /channels/:id/messages` that references it. */
  replyTo(message: Record<string, unknown>): Promise<RestCall> {
    return this.waitForCall((call) => call.method === 'POST' && /^\/channels\/\d+\/messages$/.test(call.path) && call.body?.message_reference?.message_id === message.id);
  }

  /** The callback answering one interaction. */
  callbackFor(interaction: Record<string, unknown>): Promise<RestCall> {
    return this.waitForCall((call) => call.method === 'POST' && call.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
  }

  /** Answers the next `times` calls `match` accepts with `status` and `body` (e.g. 403 Missing Permissions). */
  refuse(match: (call: RestCall) => boolean, status: number, body: unknown, times = Number.POSITIVE_INFINITY): void {
    this.refusals.push({ match, status, body, times });
  }

  /** Resolves once no client is connected to the gateway any more. */
  whenAllDisconnected(): Promise<void> {
    if (this.gateway.clients.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.disconnectWaiters.push(resolve));
  }

  /** The bot user as it appears in a message's mentions. */
  get botUser(): Record<string, unknown> {
    return user(this.world.botUserId, 'icat-bot', true);
  }

  /** Closes every connection and the server. */
  async close(): Promise<void> {
    for (const client of this.gateway.clients) client.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onConnection(socket: WebSocket): void {
    const session = { socket, seq: 0 };
    socket.on('close', () => {
      this.sessions.delete(session);
      if (this.gateway.clients.size === 0) for (const resolve of this.disconnectWaiters.splice(0)) resolve();
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: any };
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (packet.op !== 2) return;
      if (packet.d?.token !== this.token) {
        socket.close(4004, 'Authentication failed.');
        return;
      }
      this.sessions.add(session);
      this.identifiedShards.push(packet.d?.shard);
      session.seq += 1;
      socket.send(JSON.stringify({ op: 0, t: 'READY', s: session.seq, d: readyPayload(this.world, `ws://127.0.0.1:${this.port}/gateway`) }));
      session.seq += 1;
      socket.send(JSON.stringify({ op: 0, t: 'GUILD_CREATE', s: session.seq, d: guildCreatePayload(this.world) }));
      for (const resolve of this.identifyWaiters.splice(0)) resolve();
    });
  }

  private onRequest(request: IncomingMessage, response: ServerResponse): void {
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => { raw += chunk; });
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const path = decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/, ''));
      const call: RestCall = { method: request.method ?? 'GET', path, query: url.searchParams, body: raw && request.headers['content-type']?.includes('json') ? JSON.parse(raw) : undefined };
      const [status, body] = this.route(call, request.headers.authorization);
      call.response = body;
      this.calls.push(call);
      for (const waiter of [...this.waiters]) {
        if (!waiter.match(call)) continue;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
      response.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
      response.end(body === undefined ? undefined : JSON.stringify(body));
    });
  }

  /** Answers one REST call like Discord: 401 for a wrong token on authenticated routes. */
  private route(call: RestCall, authorization: string | undefined): [number, unknown] {
    const { method, path } = call;
    const refusal = this.refusals.find((candidate) => candidate.times > 0 && candidate.match(call));
    if (refusal) {
      refusal.times -= 1;
      return [refusal.status, refusal.body];
    }
    const unauthenticated = path.startsWith('/interactions/') || path.startsWith('/webhooks/');
    if (!unauthenticated && authorization !== `Bot ${this.token}`) return [401, { message: '401: Unauthorized', code: 0 }];
    if (method === 'GET' && path === '/gateway/bot') {
      return [200, { url: `ws://127.0.0.1:${this.port}/gateway`, shards: this.options.recommendedShards ?? 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: this.options.maxConcurrency ?? 1 } }];
    }
    if (method === 'GET' && path === '/applications/@me') return [200, { id: this.world.applicationId, name: 'icat-bot', bot_public: true, bot_require_code_grant: false, flags: 0 }];
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return [200, (call.body as Record<string, unknown>[]).map((command) => ({ id: snowflake(), application_id: this.world.applicationId, version: '1', ...command }))];
    }
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && channel) return [200, this.sentMessage(channel[1]!, call.body)];
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return [204, undefined];
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/[^/]+)?$/.test(path)) return [200, this.sentMessage(this.world.channelId, call.body)];
    return [404, { message: 'Unknown route', code: 0 }];
  }

  private sentMessage(channelId: string, body: any): Record<string, unknown> {
    return {
      id: snowflake(), type: body?.message_reference ? 19 : 0, channel_id: channelId, author: this.botUser,
      content: body?.content ?? '', embeds: body?.embeds ?? [], timestamp: new Date().toISOString(), edited_timestamp: null,
      tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], pinned: false, flags: body?.flags ?? 0,
    };
  }
}

/** Everything a person sees of a message the bot sent: its text and any embeds' text. */
export function visibleText(body: any): string {
  const data = body?.data ?? body;
  const embeds = (data?.embeds ?? []) as Record<string, any>[];
  const embedText = embeds.flatMap((embed) => [embed.title, embed.description, ...(embed.fields ?? []).flatMap((field: any) => [field.name, field.value]), embed.footer?.text]);
  return [data?.content, ...embedText].filter(Boolean).join('\n');
}
