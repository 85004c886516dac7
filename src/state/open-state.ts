import { silentLogger, type Logger } from '../log.js';
import { createRateLimiter, type RateLimiter, type RateLimitOptions } from '../ops/rate-limiter.js';
import { MemoryStore } from './memory-store.js';
import { RedisStore } from './redis-store.js';
import type { StateStore } from './state-store.js';

/** Options for {@link openState}. */
export interface OpenStateOptions {
  /** `REDIS_URL` as read by the config module: Redis when set, this process's memory when not. Default unset. */
  redisUrl?: string;
  /** Where Redis outages and reconnections are reported. Default: nowhere. */
  logger?: Logger;
  /** The longest connecting to Redis may take at start-up, in ms. Default 5 000. */
  connectTimeoutMs?: number;
}

/** The state a serving bot shares with its replicas, and the limiter that counts in the same place. */
export interface SharedState {
  /** `redis` when replicas share it, `memory` when it lives and dies with this process. For logs. */
  kind: 'memory' | 'redis';
  /** Claims, values and counters (event de-duplication, conversations). */
  store: StateStore;
  /** A per-user rate limiter counting where the store keeps its state. */
  rateLimiter(options: Pick<RateLimitOptions, 'burst' | 'intervalMs'>): RateLimiter;
  /** Closes the store (and its connection). */
  close(): Promise<void>;
}

/**
 * Opens the state for `npm start`: Redis when `redisUrl` is set, so N replicas de-duplicate
 * events and count rate limits as one; otherwise memory, the default for a single process. This
 * is the one place that knows which store is in use; everything else sees a {@link StateStore}
 * and a {@link RateLimiter}.
 *
 * @throws IcatError `STATE_UNREACHABLE` naming `REDIS_URL` when Redis cannot be reached at start-up.
 */
export async function openState(options: OpenStateOptions = {}): Promise<SharedState> {
  const logger = options.logger ?? silentLogger;
  if (!options.redisUrl) {
    const store = new MemoryStore();
    return { kind: 'memory', store, rateLimiter: (limits) => createRateLimiter(limits), close: () => store.close() };
  }
  const store = await RedisStore.connect({ url: options.redisUrl, logger, ...(options.connectTimeoutMs ? { connectTimeoutMs: options.connectTimeoutMs } : {}) });
  return {
    kind: 'redis', store,
    rateLimiter: (limits) => createRateLimiter({ ...limits, redis: store.client, logger }),
    close: () => store.close(),
  };
}
