/**
 * The state that must be shared when the bot runs as several replicas: which events were already
 * answered, how many questions a user has asked lately, and the recent turns of a conversation.
 *
 * One small interface, implemented by an in-memory store (one process, the default) and a Redis
 * store (`REDIS_URL`, several replicas). The core and the adapters only ever see this interface, so
 * they never know which store they run on. Every method is asynchronous because a shared store is
 * across a network; the memory store answers at once.
 */
export interface StateStore {
  /**
   * Stores `value` under `key` for `ttlMs` only if `key` is absent (or expired), atomically across
   * replicas. True when this call stored it: the caller "claimed" the key.
   */
  setIfNotExists(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** The value stored under `key`, or undefined when absent or expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key` for `ttlMs`, replacing any earlier value. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /**
   * Adds one to the counter at `key` atomically and returns the new count. A new counter starts at
   * 1 and expires `ttlMs` after it was created (a fixed window).
   */
  increment(key: string, ttlMs: number): Promise<number>;
  /** Removes `key`; nothing happens when it is absent. */
  delete(key: string): Promise<void>;
  /** Releases connections and timers; the store is unusable afterwards. */
  close(): Promise<void>;
}
