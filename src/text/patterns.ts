/**
 * A regular expression built from a question's words (`\bcoordin[a-z]*ed\b…`), compiled once per
 * source and flags and kept: judging candidates tests the same pattern against each of them, and
 * the same words come back in later questions. The memory is bounded: past its limit it is
 * cleared, never grown.
 *
 * The pattern is shared, so use it only in ways that leave its `lastIndex` alone: `test` or `exec`
 * without the `g` and `y` flags, and `String.prototype.matchAll`, which works on a copy.
 *
 * @example patternOf(`\\b${stem}[a-z]*`, 'gi') // the same object for the same stem
 */
export function patternOf(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    if (patterns.size >= PATTERNS_LIMIT) patterns.clear();
    patterns.set(key, pattern = new RegExp(source, flags));
  }
  return pattern;
}

const patterns = new Map<string, RegExp>();
/** The most patterns kept. */
const PATTERNS_LIMIT = 2000;
