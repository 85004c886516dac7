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
 * Runs `run` over consecutive ranges `[start, end)` of `0…count`, a thousand or so positions at a
 * time, letting the pacer give the event loop a turn between ranges: the paced form of a long
 * `for` loop. The loop over a range stays in the caller's code, where the engine can optimise it.
 *
 * @example
 * await inRuns(table.length, (start, end) => { for (let i = start; i < end; i++) map.set(...table[i]!); }, pacer);
 */
export async function inRuns(count: number, run: (start: number, end: number) => void, pacer: Pacer, runLength = 1024): Promise<void> {
  for (let start = 0; start < count; start += runLength) {
    run(start, Math.min(count, start + runLength));
    await pacer.breathe();
  }
}
