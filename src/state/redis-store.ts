import { Redis } from 'ioredis';
import { IcatError } from '../errors.js';
import { silentLogger, type Logger } from '../log.js';
import type { StateStore } from './state-store.js';

/** Options for {@link RedisStore.connect}; defaults in {@link REDIS_STORE_DEFAULTS}. */
export interface RedisStoreOptions {
  /** The server, as `redis://[:password@]host:port[/db]` or `rediss://…` for TLS. Required. */
  url: string;
  /** Put before every key, so several bots (or other apps) can share one Redis. Default `icat:`. */
  keyPrefix: string;
  /** The longest connecting may take at start-up, in ms, before start-up fails. Default 5 000. */
  connectTimeoutMs: number;
  /** Where outages and reconnections are reported. Default: nowhere. */
  logger: Logger;
}

/** Defaults for {@link RedisStoreOptions}. */
export const REDIS_STORE_DEFAULTS: Omit<RedisStoreOptions, 'url'> = { keyPrefix: 'icat:', connectTimeoutMs: 5_000, logger: silentLogger };

/**
 * The {@link StateStore} shared by every replica: Redis, through ioredis. Each method is one atomic
 * Redis command (or one MULTI), so two replicas claiming the same key never both win.
 *
 * While Redis is down, calls fail at once instead of queueing (ioredis's offline queue is off), so
 * callers can fail open and keep answering; ioredis reconnects by itself, with back-off, and the
 * log says when the store is lost and when it is back.
 *
 * @example
 * const store = await RedisStore.connect({ url: 'redis://127.0.0.1:6379' });
 * await store.setIfNotExists('slack:event:Ev1', '1', 3_600_000); // true: this replica answers
 */
export class RedisStore implements StateStore {
  /** The ioredis client, for libraries that speak Redis themselves (the rate limiter). */
  readonly client: Redis;
  private closed = false;

  private constructor(client: Redis) {
    this.client = client;
  }

  /**
   * Connects and checks the server answers.
   *
   * @throws IcatError `STATE_UNREACHABLE` naming `REDIS_URL` when Redis cannot be reached in time.
   */
  static async connect(options: Partial<RedisStoreOptions> & Pick<RedisStoreOptions, 'url'>): Promise<RedisStore> {
    const { url, keyPrefix, connectTimeoutMs, logger } = { ...REDIS_STORE_DEFAULTS, ...options };
    let started = false;
    const client = new Redis(url, {
      keyPrefix,
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: connectTimeoutMs,
      // At start-up, fail at once (the operator is told to fix REDIS_URL); once running, keep
      // trying for as long as the bot runs, at most 2 s apart so sharing resumes soon.
      retryStrategy: (attempt) => (started ? Math.min(attempt * 100, 2_000) : null),
    });
    const store = new RedisStore(client);
    // Connection errors at start-up are reported by the rejection below, not as ioredis's
    // "unhandled error event".
    let firstError: Error | undefined;
    const quiet = (error: Error) => { firstError ??= error; };
    client.on('error', quiet);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        client.connect().then(() => client.ping()),
        new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${connectTimeoutMs} ms`)), connectTimeoutMs); }),
      ]);
    } catch (error) {
      client.disconnect();
      throw new IcatError('STATE_UNREACHABLE', `Redis at REDIS_URL (${redactUrl(url)}) cannot be reached (${(firstError ?? (error as Error)).message}): start Redis, fix REDIS_URL, or unset it to keep state in this process only.`, { cause: error });
    } finally {
      clearTimeout(timer);
      client.off('error', quiet);
    }
    started = true;
    store.reportOutages(logger);
    return store;
  }

  async setIfNotExists(key: string, value: string, ttlMs: number): Promise<boolean> {
    return (await this.client.set(key, value, 'PX', ttl(ttlMs), 'NX')) === 'OK';
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.client.get(key)) ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.client.set(key, value, 'PX', ttl(ttlMs));
  }

  async increment(key: string, ttlMs: number): Promise<number> {
    // Create the counter with its expiry only if absent, then count, in one transaction: the
    // window is fixed from the first increment and never extended.
    const results = await this.client.multi().set(key, '0', 'PX', ttl(ttlMs), 'NX').incr(key).exec();
    const [error, count] = results?.[1] ?? [new Error('the transaction was discarded'), undefined];
    if (error) throw error;
    return Number(count);
  }

  async delete(key: string): Promise<void> {
    await this.client.del(key);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.quit().catch(() => { this.client.disconnect(); });
  }

  /** One warning when Redis is lost (not one per retry) and one line when it is back. */
  private reportOutages(logger: Logger): void {
    let down = false;
    const lost = (error?: Error) => {
      if (down || this.closed) return;
      down = true;
      logger.warn(REDIS_LOST, error ? { error: error.message } : {});
    };
    this.client.on('error', lost);
    this.client.on('close', () => lost());
    this.client.on('ready', () => {
      if (!down) return;
      down = false;
      logger.info('redis reconnected: state is shared again', {});
    });
  }
}

/** Logged once when Redis is lost; the bot keeps answering meanwhile. */
export const REDIS_LOST = 'redis unreachable: answering without shared state until it is back (a Slack retry may be answered twice, limits count per replica); reconnecting';

/** Redis wants whole milliseconds, at least one. */
function ttl(ms: number): number {
  return Math.max(1, Math.round(ms));
}

/** The URL without its password, for messages. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'an invalid URL';
  }
}
