/** Options for {@link createRateLimiter}; defaults in {@link RATE_LIMIT_DEFAULTS}. */
export interface RateLimitOptions {
  /** Questions a user may ask at once before being slowed down. Default 5. */
  burst: number;
  /** After the burst, one more question is allowed per this many milliseconds. Default 3000. */
  intervalMs: number;
  /** Users remembered at most; idle ones are forgotten first, so memory stays bounded. Default 10 000. */
  maxUsers: number;
  /** The clock in milliseconds, read on every call (so fake timers move it). Default `Date.now`. */
  now: () => number;
}

/** Defaults for {@link RateLimitOptions}: a burst of 5, then 1 question per 3 seconds. */
export const RATE_LIMIT_DEFAULTS: Omit<RateLimitOptions, 'now'> = { burst: 5, intervalMs: 3000, maxUsers: 10_000 };

/** What the limiter decided for one question. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Decides, per user, whether a question may be answered now. */
export interface RateLimiter {
  /** Counts one question by `key` (e.g. "slack:U123") and says whether it may be answered. Microseconds, no I/O. */
  take(key: string): RateDecision;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * A token bucket per user: each user starts with `burst` questions and earns one back every
 * `intervalMs`. It protects the bot (and the platform's own rate limits on our replies) from one
 * user or script flooding it, while a person asking at a normal pace never notices it.
 *
 * @example
 * const limiter = createRateLimiter({ burst: 2 });
 * limiter.take('slack:U1'); limiter.take('slack:U1');
 * limiter.take('slack:U1') // { allowed: false, retryAfterMs: 3000 }
 */
export function createRateLimiter(options: Partial<RateLimitOptions> = {}): RateLimiter {
  const { burst, intervalMs, maxUsers, now } = { ...RATE_LIMIT_DEFAULTS, now: () => Date.now(), ...options };
  if (!(burst >= 1) || !(intervalMs > 0)) throw new RangeError('rate limit needs burst ≥ 1 and intervalMs > 0');
  const buckets = new Map<string, Bucket>();

  const refill = (bucket: Bucket, at: number) => {
    const earned = Math.floor((at - bucket.updatedAt) / intervalMs);
    if (earned <= 0) return;
    bucket.tokens = Math.min(burst, bucket.tokens + earned);
    // A full bucket earns nothing more; otherwise keep the part of an interval already waited.
    bucket.updatedAt = bucket.tokens === burst ? at : bucket.updatedAt + earned * intervalMs;
  };

  const forgetIdle = (at: number) => {
    for (const [key, bucket] of buckets) {
      refill(bucket, at);
      if (bucket.tokens === burst) buckets.delete(key);
    }
    // Still full of active users: drop the least recently seen (a Map keeps insertion order).
    for (const key of buckets.keys()) {
      if (buckets.size < maxUsers) break;
      buckets.delete(key);
    }
  };

  return {
    take(key: string): RateDecision {
      const at = now();
      let bucket = buckets.get(key);
      if (bucket) {
        buckets.delete(key);
        refill(bucket, at);
      } else {
        if (buckets.size >= maxUsers) forgetIdle(at);
        bucket = { tokens: burst, updatedAt: at };
      }
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        if (bucket.tokens === burst) bucket.updatedAt = at;
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterMs: Math.max(1, bucket.updatedAt + intervalMs - at) };
    },
  };
}
