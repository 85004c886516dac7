import type { KnowledgeIndex } from './knowledge-index.js';
import { FIELD_BOOSTS } from './fields.js';
import { fieldIn } from './field-tables.js';
import { higherFirst } from './score-order.js';
import { TermScores } from './term-scores.js';

/** Options for {@link searchCandidates}. */
export interface CandidateSearchOptions {
  /** How many candidates the caller will look at: the best this many are returned, best first. Required. */
  limit: number;
  /** A term held by more than this share of passages is not searched (it still counts in coverage). */
  commonTermShare: number;
  /** The share only applies from this many passages on. */
  commonTermMinPassages: number;
  /**
   * The most passage entries the search engine may walk per question: the searched terms' passage
   * counts added up, rarest term first. Bounds the cost of a question whatever the corpus size.
   */
  searchPostings: number;
}

/** A passage the search found, with the engine's score (higher is better). */
export interface SearchHit {
  id: number;
  score: number;
  /** Added because it writes the question's rarest term, beyond the best-scored hits: kept when they are cut. */
  rarest?: boolean;
}

/**
 * Finds the candidate passages for weighted question terms, best first, at a cost that does not
 * grow with the corpus. MiniSearch walks every passage holding a searched term and sorts them
 * all, so on large knowledge only the rarer terms are searched (rarest first, within a budget of
 * passage entries); the frequent ones then add to the score of what was found. When that leaves
 * no hits (a question made only of everyday words of the knowledge), the passages that the
 * rarest frequent term says most about (precomputed at build time) are scored on all the terms
 * instead. On small knowledge (the shipped one) no term reaches either limit: everything is searched.
 *
 * @param weights - known terms of the question → how much each counts (0–1)
 */
export function searchCandidates(index: KnowledgeIndex, weights: ReadonlyMap<string, number>, options: CandidateSearchOptions): SearchHit[] {
  if (weights.size === 0) return [];
  const n = index.passages.length;
  const search = (terms: readonly string[], limit: number): SearchHit[] => termScoresOf(index).searchOr(terms, (term) => weights.get(term) ?? 1, limit);
  const cost = (term: string) => index.postings.get(term) ?? 0;
  const byRarity = [...weights.keys()].sort((a, b) => cost(a) - cost(b) || (a < b ? -1 : 1));
  const searched: string[] = [];
  let walked = 0;
  for (const term of byRarity) {
    const common = n >= options.commonTermMinPassages && index.frequencyOf(term) > n * options.commonTermShare;
    if (common || walked + cost(term) > options.searchPostings) break;
    searched.push(term);
    walked += cost(term);
  }
  const frequent = byRarity.slice(searched.length);
  // When every term was searched, the search's order is final: only the best `limit` need sorting.
  const hits = searched.length > 0 ? search(searched, frequent.length === 0 ? options.limit : Number.POSITIVE_INFINITY) : [];
  if (frequent.length === 0) return withRarestTerm(hits, rarestOwn(byRarity, weights), cost, search);
  const weigh = (terms: readonly string[]) => terms.map((term) => ({ key: index.termKey(term), weight: weights.get(term)! * index.weightOf(term) }));
  if (hits.length > 0) {
    // The hits were found by the rarer terms only: let the frequent ones tell them apart before the caller cuts to its limit.
    const unsearched = weigh(frequent);
    return withRarestTerm(hits.map((hit) => ({ id: hit.id, score: hit.score + termScore(index, hit.id, unsearched) }))
      .sort((a, b) => higherFirst(a.score, b.score) || a.id - b.id).slice(0, options.limit), rarestOwn(byRarity, weights), cost, search);
  }
  const best = index.frequentTermPassages.get(frequent[0]!);
  if (!best) return search([frequent[0]!], options.limit);
  const all = weigh(byRarity);
  return Array.from(best, (id) => ({ id, score: termScore(index, id, all) })).sort((a, b) => higherFirst(a.score, b.score) || a.id - b.id).slice(0, options.limit);
}

/** The rarest term typed as such (weight 1), not a synonym or a typo's other reading. */
function rarestOwn(byRarity: readonly string[], weights: ReadonlyMap<string, number>): string | undefined {
  return byRarity.find((term) => weights.get(term) === 1);
}

/** How few passages a question's rarest term may be written in for all of them to be candidates. */
const RAREST_TERM_PASSAGES = 5;

/**
 * A long question's common words can outscore its rarest one: "who co-facilitated the gpa talks in
 * 2010" finds forty passages on the Global Plan before the one that names the co-facilitators. The
 * few passages that write the rarest term join the hits, after them, so the judging sees them.
 */
function withRarestTerm(hits: SearchHit[], rarest: string | undefined, cost: (term: string) => number, search: (terms: readonly string[], limit: number) => SearchHit[]): SearchHit[] {
  const passages = rarest === undefined ? 0 : cost(rarest);
  if (rarest === undefined || passages === 0 || passages > RAREST_TERM_PASSAGES) return hits;
  const found = new Set(hits.map((hit) => hit.id));
  const missing = search([rarest], RAREST_TERM_PASSAGES).filter((hit) => !found.has(hit.id)).map((hit) => ({ ...hit, rarest: true }));
  return missing.length > 0 ? [...hits, ...missing] : hits;
}

/** Each index's term lists, made on its first question (see term-scores.ts). */
function termScoresOf(index: KnowledgeIndex): TermScores {
  let scores = termScores.get(index);
  if (scores === undefined) termScores.set(index, scores = new TermScores(index.search, index.passages.length));
  return scores;
}

const termScores = new WeakMap<KnowledgeIndex, TermScores>();

/** How much the question's terms say about one passage: their weight (with inverse frequency) times the field's boost. */
function termScore(index: KnowledgeIndex, id: number, terms: readonly { key: number; weight: number }[]): number {
  const table = index.fieldTableOf(id);
  let score = 0;
  for (const { key, weight } of terms) {
    const field = fieldIn(table, key);
    if (field) score += FIELD_BOOSTS[field] * weight;
  }
  return score;
}
