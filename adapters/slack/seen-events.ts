import { silentLogger, type Logger } from '../../src/log.js';
import { MemoryStore } from '../../src/state/memory-store.js';
import type { StateStore } from '../../src/state/state-store.js';

/** Options for {@link SeenEvents}; defaults in {@link SEEN_EVENTS_DEFAULTS}. */
export interface SeenEventsOptions {
  /**
   * Where claims are kept. Default a fresh {@link MemoryStore} (one process); pass the shared
   * store (Redis, with `REDIS_URL`) so a retry landing on another replica is not answered again.
   */
  store: StateStore;
  /** How long a key is remembered, in ms. Default 1 hour (Slack retries within minutes). */
  ttlMs: number;
  /** Where a store failure is reported (the event is then answered: fail open). Default: nowhere. */
  logger: Logger;
}

/** Defaults for {@link SeenEventsOptions} (the store is made per instance). */
export const SEEN_EVENTS_DEFAULTS = { ttlMs: 60 * 60 * 1000, logger: silentLogger } as const;

/** Keys of claimed events in the store, apart from everything else kept there. */
const PREFIX = 'slack:seen:';

/**
 * Remembers which Slack events were already answered, so a re-delivered event (Slack retries
 * when it thinks an event was not acknowledged, possibly to another replica) never gets a second
 * reply. Claims go through the {@link StateStore}, so every replica sharing a store agrees on
 * which one answers.
 */
export class SeenEvents {
  private readonly options: SeenEventsOptions;

  constructor(options: Partial<SeenEventsOptions> = {}) {
    this.options = { ...SEEN_EVENTS_DEFAULTS, store: options.store ?? new MemoryStore(), ...options };
  }

  /**
   * Claims the event for answering: true when this call is the first to claim every one of `keys`
   * (an event id and the message it carries, say), false when any was claimed before and has not
   * expired. Each key is claimed atomically in the store, so of two replicas receiving the same
   * event only one gets true. When the store cannot be reached the event is answered (true) and
   * the failure logged: a rare double answer beats silence.
   */
  async claim(...keys: (string | undefined)[]): Promise<boolean> {
    const present = keys.filter((key): key is string => Boolean(key));
    let first = true;
    for (const key of present) {
      try {
        if (!(await this.options.store.setIfNotExists(`${PREFIX}${key}`, '1', this.options.ttlMs))) first = false;
      } catch (error) {
        this.options.logger.warn('slack event de-duplication unavailable: answering anyway', { error });
      }
    }
    return first;
  }
}
