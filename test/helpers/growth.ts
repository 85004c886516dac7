/**
 * How the time of `run` grows with the size of its input: the best of a few runs at `size` and at
 * four times `size`. Linear work grows about 4×, quadratic 16×, so comparing the ratio (rather
 * than absolute times) holds on a slow, shared machine.
 */
export function growth(run: (input: string) => unknown, input: (size: number) => string, size: number): { small: number; large: number; ratio: number } {
  const small = bestOf(run, input(size));
  const large = bestOf(run, input(size * 4));
  // Below a couple of milliseconds, timer noise is larger than the work.
  return { small, large, ratio: large / Math.max(small, 2) };
}

function bestOf(run: (input: string) => unknown, text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** `unit` repeated to about `size` characters, between an optional head and tail. */
export function repeated(unit: string, size: number, head = '', tail = ''): string {
  return head + unit.repeat(Math.ceil(size / unit.length)) + tail;
}
