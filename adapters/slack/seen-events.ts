/** Options for {@link SeenEvents}. */
export interface SeenEventsOptions {
  /** How long a key is remembered, in ms. Default 1 hour (Slack retries within minutes). */
  ttlMs?: number;
  /** The most keys kept; the oldest are forgotten first. Default 10 000. */
  maxKeys?: number;
  /** The clock, for tests. Default `Date.now`. */
  now?: () => number;
}

const DEFAULTS = { ttlMs: 60 * 60 * 1000, maxKeys: 10_000, now: () => Date.now() };

/**
 * Remembers which Slack events were already answered, so a re-delivered event (Slack retries
 * when it thinks an event was not acknowledged) never gets a second reply. In memory, which is
 * enough for one process; entries expire after `ttlMs` and the store never grows past `maxKeys`.
 */
export class SeenEvents {
  private readonly options: Required<SeenEventsOptions>;
  /** Key → expiry time; a Map keeps insertion order, so the first entries are the oldest. */
  private readonly expiries = new Map<string, number>();

  constructor(options: SeenEventsOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /**
   * Claims the event for answering: true the first time any of `keys` is seen (all are then
   * remembered), false when one of them was already claimed and has not expired.
   */
  claim(...keys: (string | undefined)[]): boolean {
    const now = this.options.now();
    this.forgetExpired(now);
    const present = keys.filter((key): key is string => Boolean(key));
    if (present.some((key) => (this.expiries.get(key) ?? 0) > now)) return false;
    for (const key of present) {
      this.expiries.delete(key);
      this.expiries.set(key, now + this.options.ttlMs);
    }
    while (this.expiries.size > this.options.maxKeys) {
      const oldest = this.expiries.keys().next().value;
      if (oldest === undefined) break;
      this.expiries.delete(oldest);
    }
    return true;
  }

  /** How many keys are remembered now. */
  get size(): number {
    return this.expiries.size;
  }

  private forgetExpired(now: number): void {
    for (const [key, expiry] of this.expiries) {
      if (expiry > now) break;
      this.expiries.delete(key);
    }
  }
}
