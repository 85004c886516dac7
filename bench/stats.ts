/** Latency percentiles of a set of timings, in milliseconds. */
export interface Latency {
  p50: number;
  p99: number;
  mean: number;
  /** Number of timings. */
  n: number;
}

/** Summarises timings (ms) into p50, p99 and mean; nearest-rank percentiles. */
export function latencyOf(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), mean: sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length), n: sorted.length };
}

/** Times one call with `process.hrtime.bigint`, in milliseconds. */
export function timeOnce(fn: () => unknown): number {
  const started = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Times `fn` on every item, `rounds` times over, after `warmup` untimed rounds (so the JIT has
 * compiled the hot paths, as in a bot that has been up for a while).
 */
export function timeEach<T>(items: readonly T[], fn: (item: T) => unknown, rounds: number, warmup = 2): number[] {
  for (let r = 0; r < warmup; r++) for (const item of items) fn(item);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) for (const item of items) samples.push(timeOnce(() => fn(item)));
  return samples;
}

/** Heap in use after a full garbage collection, in MB (needs `--expose-gc`; without it, as is). */
export function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

/** Milliseconds since `started` (a `performance.now()` reading). */
export function since(started: number): number {
  return performance.now() - started;
}
