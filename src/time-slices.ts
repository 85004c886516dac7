import { setImmediate as nextTurn } from 'node:timers/promises';

/** Options for {@link createPacer}, with defaults in {@link PACER_DEFAULTS}. */
export interface PacerOptions {
  /**
   * The longest stretch of work, in milliseconds, before the event loop gets a turn (health
   * checks, Slack acknowledgements, questions). Default 20: well under the 100 ms a health
   * check or a chat platform's acknowledgement can wait, with room for a slow machine.
   */
  sliceMs?: number;
}

/** Defaults for {@link PacerOptions}. */
export const PACER_DEFAULTS = { sliceMs: 20 };

/**
 * Cuts long work on the main thread into short slices, so the event loop keeps serving while a
 * large index is restored. Work calls {@link Pacer.breathe} between steps; the pacer lets the
 * event loop run (one `setImmediate` turn: timers, sockets, questions) only once the current
 * slice is spent, so short work pays nothing.
 */
export interface Pacer {
  /** Gives the event loop a turn when the current slice has run its time; resolves at once otherwise. */
  breathe(): Promise<void>;
}

/**
 * Creates a {@link Pacer}.
 *
 * @example
 * const pacer = createPacer();
 * for (const piece of pieces) { parse(piece); await pacer.breathe(); }
 */
export function createPacer(options: PacerOptions = {}): Pacer {
  const { sliceMs } = { ...PACER_DEFAULTS, ...options };
  let sliceStart = performance.now();
  return {
    async breathe() {
      if (performance.now() - sliceStart < sliceMs) return;
      await nextTurn();
      sliceStart = performance.now();
    },
  };
}

/**
 * Calls `each` on every item, letting the pacer give the event loop a turn every few items: the
 * paced form of a `for … of` loop over a large collection.
 */
export async function forEachPaced<T>(items: Iterable<T>, each: (item: T, position: number) => void, pacer: Pacer): Promise<void> {
  let position = 0;
  for (const item of items) {
    each(item, position);
    // Reading the clock costs more than most steps: check it every 256 items.
    if ((++position & 255) === 0) await pacer.breathe();
  }
}

/** `items.map(convert)`, paced (see {@link forEachPaced}). */
export async function mapPaced<T, U>(items: readonly T[], convert: (item: T, position: number) => U, pacer: Pacer): Promise<U[]> {
  const converted: U[] = [];
  await forEachPaced(items, (item, position) => { converted.push(convert(item, position)); }, pacer);
  return converted;
}
