/**
 * A phrase the guard looks for: a sequence of word slots, each slot a set of alternatives, with at
 * most `gap` other words between one slot and the next ("took **her** passport", "not **even**
 * allowed"). Matching walks the tokens once per phrase, with a bounded look-ahead, so its cost is
 * linear in the message.
 */
export interface Phrase {
  slots: ReadonlySet<string>[];
  gap: number;
}

/**
 * Builds a {@link Phrase} from a compact spec: slots separated by spaces, alternatives by `|`
 * ("can|could not leave|go|escape"). `gap` defaults to 2.
 */
export function phrase(spec: string, gap = 2): Phrase {
  return { slots: spec.split(' ').filter(Boolean).map((slot) => new Set(slot.split('|'))), gap };
}

/** Where the first match of `pattern` in `tokens` starts and ends (exclusive), or undefined. */
export function locatePhrase(tokens: readonly string[], pattern: Phrase): { start: number; end: number } | undefined {
  const { slots } = pattern;
  const first = slots[0];
  if (!first) return undefined;
  for (let start = 0; start < tokens.length; start++) {
    if (!first.has(tokens[start]!)) continue;
    let at = start;
    let matched = true;
    for (let s = 1; s < slots.length; s++) {
      const slot = slots[s]!;
      let found = -1;
      for (let next = at + 1; next <= Math.min(tokens.length - 1, at + 1 + pattern.gap); next++) {
        if (slot.has(tokens[next]!)) { found = next; break; }
      }
      if (found < 0) { matched = false; break; }
      at = found;
    }
    if (matched) return { start, end: at + 1 };
  }
  return undefined;
}

/** The index just past the first match of `pattern` in `tokens`, or -1. */
export function findPhrase(tokens: readonly string[], pattern: Phrase): number {
  return locatePhrase(tokens, pattern)?.end ?? -1;
}

/** True when any of `patterns` occurs in `tokens`. */
export function hasAny(tokens: readonly string[], patterns: readonly Phrase[]): boolean {
  return patterns.some((pattern) => findPhrase(tokens, pattern) >= 0);
}

/** How many of `patterns` occur in `tokens`. */
export function countAll(tokens: readonly string[], patterns: readonly Phrase[]): number {
  return patterns.filter((pattern) => findPhrase(tokens, pattern) >= 0).length;
}
