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
  const made: Phrase = { slots: spec.split(' ').filter(Boolean).map((slot) => new Set(slot.split('|'))), gap };
  for (const word of made.slots[0] ?? []) {
    const phrases = byFirstWord.get(word);
    if (phrases) phrases.push(made);
    else byFirstWord.set(word, [made]);
  }
  return made;
}

/** Every phrase made by {@link phrase}, under each word its first slot holds. */
const byFirstWord = new Map<string, Phrase[]>();

/**
 * The phrases that can occur in `tokens` at all: those whose first slot holds one of its words.
 * Read once per message and passed to the matchers below, it spares scanning a message for the
 * many phrases that cannot start in it. Blanking tokens afterwards leaves it valid (a phrase in it
 * is then merely scanned for in vain).
 */
export function phrasesStartingIn(tokens: readonly string[]): ReadonlySet<Phrase> {
  const starts = new Set<Phrase>();
  for (const token of tokens) for (const made of byFirstWord.get(token) ?? []) starts.add(made);
  return starts;
}

/**
 * Where the first match of `pattern` in `tokens` starts and ends (exclusive), or undefined.
 * `starts`, when given, is {@link phrasesStartingIn} of the tokens: a pattern not in it is not scanned for.
 */
export function locatePhrase(tokens: readonly string[], pattern: Phrase, starts?: ReadonlySet<Phrase>): { start: number; end: number } | undefined {
  if (starts && !starts.has(pattern)) return undefined;
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

/** The index just past the first match of `pattern` in `tokens`, or -1 (`starts` as for {@link locatePhrase}). */
export function findPhrase(tokens: readonly string[], pattern: Phrase, starts?: ReadonlySet<Phrase>): number {
  return locatePhrase(tokens, pattern, starts)?.end ?? -1;
}

/** True when any of `patterns` occurs in `tokens` (`starts` as for {@link locatePhrase}). */
export function hasAny(tokens: readonly string[], patterns: readonly Phrase[], starts?: ReadonlySet<Phrase>): boolean {
  return patterns.some((pattern) => findPhrase(tokens, pattern, starts) >= 0);
}

/** How many of `patterns` occur in `tokens` (`starts` as for {@link locatePhrase}). */
export function countAll(tokens: readonly string[], patterns: readonly Phrase[], starts?: ReadonlySet<Phrase>): number {
  return patterns.filter((pattern) => findPhrase(tokens, pattern, starts) >= 0).length;
}
