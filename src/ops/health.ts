import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IcatError } from '../errors.js';
import type { KnowledgeStatus } from '../knowledge-base.js';

/** Where the health check is served, on the platform's HTTP server or on `HEALTH_PORT`. */
export const HEALTH_PATH = '/healthz';

/** What `GET /healthz` answers with: the state, and the index stats once ready. */
export interface HealthBody {
  /** `starting` (503) until the knowledge is loaded and the platforms are up, `ready` (200), `stopping` (503) during shutdown. */
  status: 'starting' | 'ready' | 'stopping';
  version: string;
  uptimeSeconds: number;
  documents?: number;
  passages?: number;
  indexedAt?: string;
  knowledgeVersion?: string;
  /**
   * Hot reload: the watch's state (`watching`, `waiting for the folder`, `closed`, or `off` when
   * KNOWLEDGE_WATCH=off), when the knowledge last loaded successfully, and the last reload error
   * while it is not fixed.
   */
  watcher?: { state: string; lastReloadAt?: string; lastError?: string };
}

/**
 * The service's health, as a load balancer or orchestrator asks for it. It is `starting` until
 * {@link Health.ready} is called, so traffic only arrives once the knowledge is loaded, and
 * `stopping` from {@link Health.stopping} on, so traffic drains away during shutdown.
 */
export class Health {
  private state: HealthBody['status'] = 'starting';
  private status: (() => KnowledgeStatus) | undefined;
  private watcher: (() => NonNullable<HealthBody['watcher']>) | undefined;
  private readonly started: number;

  /**
   * @param version - the bot's version, shown in every answer
   * @param now - the clock in ms, for tests. Default `Date.now`.
   */
  constructor(private readonly version: string, private readonly now: () => number = () => Date.now()) {
    this.started = now();
  }

  /** Marks the service ready; `status` is read on each check, so the stats follow reloads. */
  ready(status: () => KnowledgeStatus): void {
    this.status = status;
    if (this.state === 'starting') this.state = 'ready';
  }

  /**
   * Shows hot reload in every check: `watcher` is read on each check. Without it, checks say
   * nothing about hot reload.
   */
  watch(watcher: () => NonNullable<HealthBody['watcher']>): void {
    this.watcher = watcher;
  }

  /** Marks the service as shutting down: checks answer 503 from now on. */
  stopping(): void {
    this.state = 'stopping';
  }

  /** The current answer to a health check: the HTTP status code and the JSON body. */
  check(): { code: number; body: HealthBody } {
    const body: HealthBody = { status: this.state, version: this.version, uptimeSeconds: Math.round((this.now() - this.started) / 1000) };
    if (this.status && this.state !== 'starting') {
      const status = this.status();
      Object.assign(body, {
        documents: status.documents, passages: status.passages, indexedAt: status.indexedAt.toISOString(), knowledgeVersion: status.version,
        ...(this.watcher ? { watcher: this.watcher() } : {}),
      });
    }
    return { code: this.state === 'ready' ? 200 : 503, body };
  }

  /** Answers `GET /healthz` (and HEAD) on any Node HTTP server, e.g. mounted as a Bolt custom route. */
  handle = (request: IncomingMessage, response: ServerResponse): void => {
    const { code, body } = this.check();
    response.writeHead(code, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : JSON.stringify(body));
  };
}

/**
 * The health check as routes for a platform's HTTP server: `GET` and `HEAD` (load balancers and
 * uptime probes often send HEAD).
 */
export function healthRoutes(health: Health): { path: string; method: 'GET' | 'HEAD'; handler: Health['handle'] }[] {
  return [{ path: HEALTH_PATH, method: 'GET', handler: health.handle }, { path: HEALTH_PATH, method: 'HEAD', handler: health.handle }];
}

/** A small HTTP server serving only `/healthz`, for when no platform serves HTTP (Socket Mode, Discord). */
export interface HealthServer {
  /** The port listened on (the real one when started with port 0). */
  port: number;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/**
 * Serves `GET /healthz` on its own port (`HEALTH_PORT`); every other path is 404.
 *
 * @throws IcatError `CONFIG_INVALID` naming HEALTH_PORT when the port is taken or not allowed.
 *
 * @param host - the interface to listen on. Default all interfaces, as orchestrators probe from outside.
 */
export async function startHealthServer(health: Health, port: number, host?: string): Promise<HealthServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === HEALTH_PATH && (request.method === 'GET' || request.method === 'HEAD')) return health.handle(request, response);
    response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found', health: HEALTH_PATH }));
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(new IcatError('CONFIG_INVALID', `HEALTH_PORT ${port} cannot be used (${error.code ?? error.message}): choose another HEALTH_PORT, or stop what is using it.`, { cause: error }));
    });
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
