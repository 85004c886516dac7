import type { StateStore } from './state-store.js';

/** Options for {@link MemoryStore}; defaults in {@link MEMORY_STORE_DEFAULTS}. */
export interface MemoryStoreOptions {
  /** The most keys kept; the oldest are forgotten first, so memory stays bounded. Default 50 000. */
  maxKeys: number;
  /** The clock in milliseconds, read on every call (so fake timers move it). Default `Date.now`. */
  now: () => number;
}

/** Defaults for {@link MemoryStoreOptions}. */
export const MEMORY_STORE_DEFAULTS: MemoryStoreOptions = { maxKeys: 50_000, now: () => Date.now() };

interface Entry {
  value: string;
  expiresAt: number;
}

/**
 * The {@link StateStore} of a single process: a Map with expiry times, bounded in size. It is the
 * default when no `REDIS_URL` is set, and what tests use when they do not test sharing itself.
 */
export class MemoryStore implements StateStore {
  private readonly options: MemoryStoreOptions;
  /** A Map keeps insertion order; every write re-inserts, so the first entries are the oldest. */
  private readonly entries = new Map<string, Entry>();

  constructor(options: Partial<MemoryStoreOptions> = {}) {
    this.options = { ...MEMORY_STORE_DEFAULTS, ...options };
  }

  async setIfNotExists(key: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.live(key)) return false;
    this.write(key, value, ttlMs);
    return true;
  }

  async get(key: string): Promise<string | undefined> {
    return this.live(key)?.value;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.write(key, value, ttlMs);
  }

  async increment(key: string, ttlMs: number): Promise<number> {
    const entry = this.live(key);
    if (!entry) {
      this.write(key, '1', ttlMs);
      return 1;
    }
    const count = Number(entry.value) + 1;
    entry.value = String(count);
    return count;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }

  /** How many keys are held now, expired ones included until they are swept. */
  get size(): number {
    return this.entries.size;
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > this.options.now()) return entry;
    this.entries.delete(key);
    return undefined;
  }

  private write(key: string, value: string, ttlMs: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.options.now() + ttlMs });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.options.maxKeys) break;
      this.entries.delete(oldest);
    }
  }
}
