/** Options for {@link growth}. */
export interface GrowthOptions {
  /** The most the large input may take outright, in ms. Required. */
  boundMs: number;
  /**
   * Time allowed on top of eight times the small input's, in ms: below a few milliseconds, timer
   * noise and a garbage collection are larger than the work. Default 40.
   */
  slackMs?: number;
}

/** What {@link growth} measured, in ms. */
export interface Growth {
  /** The best read of the input at `size`. */
  small: number;
  /** The best read of the input at four times `size`. */
  large: number;
  /** What `large` had to stay under: linear growth (8× `small` plus the slack, where quadratic is 16×) within the bound. */
  allowed: number;
}

/**
 * How the time of `read` grows with the size of its input: at `size` characters and at four times
 * that. Linear work grows about 4×, quadratic 16×, so comparing the two times (rather than either
 * alone) holds on a slow, shared machine. Both are read again, in up to three rounds, only while
 * the large one is over what is allowed, keeping the best of each: a pause of the garbage
 * collector, or a busy moment of the machine, does not fail a test, and a linear reader costs a
 * read or two of each input.
 */
export function growth(read: (input: string) => unknown, input: (size: number) => string, size: number, options: GrowthOptions): Growth {
  const { boundMs, slackMs = 40 } = options;
  const smallInput = input(size);
  const largeInput = input(size * 4);
  // The first read warms the code up (compilation, caches), so it is not counted.
  read(smallInput);
  let small = Infinity;
  let large = Infinity;
  const allowed = () => Math.min(8 * small + slackMs, boundMs);
  for (let round = 0; round < 3 && large >= allowed(); round++) {
    small = Math.min(small, timed(read, smallInput));
    large = Math.min(large, timed(read, largeInput));
  }
  return { small, large, allowed: allowed() };
}

function timed(read: (input: string) => unknown, input: string): number {
  const started = performance.now();
  read(input);
  return performance.now() - started;
}

/** `unit` repeated to about `size` characters, between an optional head and tail. */
export function repeated(unit: string, size: number, head = '', tail = ''): string {
  return head + unit.repeat(Math.ceil(size / unit.length)) + tail;
}

/**
 * About `size` characters of distinct four-letter capitalised codes ("AAAA AAAB …"), the shape
 * that made abbreviation detection try every code against every word.
 */
export function uniqueCodes(size: number): string {
  const codes: string[] = [];
  for (let i = 0, length = 0; length < size; i++, length += 5) {
    codes.push(i.toString(26).toUpperCase().replace(/\d/g, (digit) => 'QRSTUVWXYZ'[Number(digit)]!).padStart(4, 'A'));
  }
  return codes.join(' ');
}
