import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Redis } from 'ioredis';
import { silentLogger, type Logger } from '../log.js';

/** Options for {@link createRateLimiter}; defaults in {@link RATE_LIMIT_DEFAULTS}. */
export interface RateLimitOptions {
  /** Questions a user may ask at once before being slowed down. Default 5. */
  burst: number;
  /** After the burst, one more question is allowed per this many milliseconds. Default 3000. */
  intervalMs: number;
  /**
   * Where the counts live. Default: this process's memory. With a Redis client (see
   * `openState`), every replica counts against the same limits; Redis keeps whole seconds, so
   * `intervalMs` is then rounded up to a second.
   */
  redis?: Redis;
  /** Where a Redis failure is reported (the limiter then counts in memory). Default: nowhere. */
  logger?: Logger;
}

/** Defaults for {@link RateLimitOptions}: a burst of 5, then 1 question per 3 seconds. */
export const RATE_LIMIT_DEFAULTS = { burst: 5, intervalMs: 3000 } as const;

/** What the limiter decided for one question. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Decides, per user, whether a question may be answered now. */
export interface RateLimiter {
  /** Counts one question by `key` (e.g. "slack:U123") and says whether it may be answered. Never rejects. */
  take(key: string): Promise<RateDecision>;
}

/**
 * Per-user limits with rate-limiter-flexible: one question per `intervalMs`, plus a reserve of
 * `burst - 1` more that refills over `burst × intervalMs` (its `BurstyRateLimiter`). A person
 * asking at a normal pace never notices it; one user or script flooding the bot is slowed down,
 * which also protects the platforms' own rate limits on our replies.
 *
 * In memory by default; with `redis`, the counts are shared by every replica (atomic in Redis),
 * and while Redis is unreachable each replica falls back to counting in its own memory
 * (rate-limiter-flexible's insurance limiter), so questions keep being answered.
 *
 * @example
 * const limiter = createRateLimiter({ burst: 2 });
 * await limiter.take('slack:U1'); await limiter.take('slack:U1');
 * await limiter.take('slack:U1') // { allowed: false, retryAfterMs: 3000 }
 */
export function createRateLimiter(options: Partial<RateLimitOptions> = {}): RateLimiter {
  const { burst, intervalMs, redis, logger = silentLogger } = { ...RATE_LIMIT_DEFAULTS, ...options };
  if (!(burst >= 1) || !(intervalMs > 0)) throw new RangeError('rate limit needs burst ≥ 1 and intervalMs > 0');
  const seconds = redis ? Math.max(1, Math.ceil(intervalMs / 1000)) : intervalMs / 1000;
  const limiter = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ keyPrefix, points, duration });
    if (!redis) return memory;
    return new RateLimiterRedis({ storeClient: redis, keyPrefix: `ratelimit:${keyPrefix}`, points, duration, rejectIfRedisNotReady: true, insuranceLimiter: memory });
  };
  const steady = limiter('steady', 1, seconds);
  // A burst of 1 has no reserve: the steady limiter alone.
  const reserve = burst > 1 ? limiter('burst', burst - 1, seconds * burst) : undefined;
  const bursty = reserve ? new BurstyRateLimiter(steady, reserve) : steady;

  return {
    async take(key: string): Promise<RateDecision> {
      try {
        await bursty.consume(key);
        return { allowed: true };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return { allowed: false, retryAfterMs: Math.max(1, rejection.msBeforeNext) };
        // Neither Redis nor the insurance limiter could count: answer rather than refuse everyone.
        logger.warn('rate limit not checked: answering anyway', { error: rejection });
        return { allowed: true };
      }
    },
  };
}
