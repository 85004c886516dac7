import { FIELD_BOOSTS, SEARCHED_FIELDS, type PassageTerms } from './fields.js';

/** Options for {@link bestPassagesOfFrequentTerms}, with their defaults in {@link FREQUENT_TERM_DEFAULTS}. */
export interface FrequentTermOptions {
  /** A term with more than this many entries in the search index (all fields) gets a list. Default 1000. */
  minPassages: number;
  /** How many passages each list keeps. Default 1000. */
  listLength: number;
}

/** Defaults for {@link FrequentTermOptions}. */
export const FREQUENT_TERM_DEFAULTS: FrequentTermOptions = { minPassages: 1000, listLength: 1000 };

/** BM25's term-frequency saturation and length normalisation, as MiniSearch uses them. */
const K1 = 1.2;
const B = 0.7;

const FIELDS = SEARCHED_FIELDS;

/**
 * How many entries each term has in the search index: the passages holding it, counted once per
 * searched field. This, not the passage count, is what a search for the term walks: a word of a
 * paragraph's opening sentence is in the context field of every sentence of that paragraph.
 */
export function countPostings(terms: readonly PassageTerms[]): Map<string, number> {
  const postings = new Map<string, number>();
  for (const passageTerms of terms) {
    for (const field of FIELDS) {
      for (const term of new Set(passageTerms[field].split(' '))) if (term) postings.set(term, (postings.get(term) ?? 0) + 1);
    }
  }
  return postings;
}

/**
 * For each term with very many index entries, the passages it says most about (BM25 per field,
 * weighted like the search's field boosts: several mentions in a short passage first), best
 * first. A question made only of such words ("trafficking persons") draws its candidates from
 * these lists, so its cost is bounded by the list length instead of growing with the corpus.
 * Cost: one pass over the terms at build time; empty for small knowledge.
 */
export function bestPassagesOfFrequentTerms(
  terms: readonly PassageTerms[], postings: ReadonlyMap<string, number>, options: Partial<FrequentTermOptions> = {},
): Map<string, Int32Array> {
  const { minPassages, listLength } = { ...FREQUENT_TERM_DEFAULTS, ...options };
  const frequent = new Set([...postings].filter(([, count]) => count > minPassages).map(([term]) => term));
  if (frequent.size === 0) return new Map();
  const lengths = FIELDS.map((field) => terms.map((t) => countTerms(t[field])));
  const averages = lengths.map((perPassage) => perPassage.reduce((sum, length) => sum + length, 0) / Math.max(1, perPassage.length) || 1);
  const scored = new Map<string, { id: number; score: number }[]>([...frequent].map((term) => [term, []]));
  terms.forEach((passageTerms, id) => {
    const scores = new Map<string, number>();
    FIELDS.forEach((field, f) => {
      const counts = new Map<string, number>();
      for (const term of passageTerms[field].split(' ')) if (frequent.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
      const norm = K1 * (1 - B + (B * lengths[f]![id]!) / averages[f]!);
      for (const [term, tf] of counts) scores.set(term, (scores.get(term) ?? 0) + (FIELD_BOOSTS[field] * tf * (K1 + 1)) / (tf + norm));
    });
    for (const [term, score] of scores) scored.get(term)!.push({ id, score });
  });
  const lists = new Map<string, Int32Array>();
  for (const [term, entries] of scored) {
    entries.sort((a, b) => b.score - a.score || a.id - b.id);
    lists.set(term, Int32Array.from(entries.slice(0, listLength), (entry) => entry.id));
  }
  return lists;
}

function countTerms(spaced: string): number {
  let count = 0;
  for (const term of spaced.split(' ')) if (term) count++;
  return count;
}
