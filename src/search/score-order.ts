/**
 * Compares two scores for a sort that puts the higher first: negative when `a` is higher, positive
 * when `b` is, 0 when equal. The same order as `b - a`, but the result is always a small integer,
 * so a sort of scored hits allocates no number per comparison (a fraction of a millisecond of
 * garbage collection per few hundred answers).
 *
 * @example hits.sort((a, b) => higherFirst(a.score, b.score) || a.id - b.id)
 */
export function higherFirst(a: number, b: number): number {
  return a > b ? -1 : a < b ? 1 : 0;
}

/**
 * The positions (0 … keys.length − 1) that a stable sort by `compare` puts first, the best `limit`
 * of them, in that order, without sorting the rest: a question's search finds a hundred-odd
 * passages and only the best few dozen are read. `compare` must order by `keys`, highest first,
 * before anything else (then by whatever breaks its ties); keys must not be NaN.
 *
 * @example bestPositions([1, 3, 2, 3], 2, (a, b) => higherFirst(keys[a], keys[b])) // [1, 3]
 */
export function bestPositions(keys: readonly number[], limit: number, compare: (a: number, b: number) => number): number[] {
  const n = keys.length;
  if (limit <= 0) return [];
  if (n <= limit) {
    const all: number[] = [];
    for (let i = 0; i < n; i++) all.push(i);
    return all.sort(compare);
  }
  // Only what scores at least the limit-th best key can be among the first `limit`: every other one has `limit` before it.
  const threshold = largest(keys, limit);
  const reaching: number[] = [];
  for (let i = 0; i < n; i++) if (keys[i]! >= threshold) reaching.push(i);
  return reaching.sort(compare).slice(0, limit);
}

/** The k-th largest of `values` (k from 1), by selection (Hoare's), in time linear on average. */
function largest(values: readonly number[], k: number): number {
  const a = values.slice();
  const target = a.length - k;
  let low = 0;
  let high = a.length - 1;
  while (low < high) {
    const pivot = a[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const swap = a[i]!;
        a[i] = a[j]!;
        a[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return a[target]!;
}
