import type MiniSearch from 'minisearch';
import { bestPositions, higherFirst } from './score-order.js';

/**
 * A passage the search found, with the engine's score (higher is better). `id` is the passage's id
 * as MiniSearch returns it: the index's id field as extracted, which for the passage index is the
 * id as a string (see `searchIndexOptions`).
 */
export interface ScoredPassage {
  id: number;
  score: number;
}

/** One term's matches: passage ids in ascending order, with the score MiniSearch gives each for the term alone. */
interface TermList {
  ids: Int32Array;
  scores: Float64Array;
}

/** The most list entries kept per index (12 bytes each); past it, the lists are dropped and rebuilt as asked. */
const MAX_KEPT_ENTRIES = 1_000_000;

/**
 * MiniSearch's OR search over an immutable index, answered from each term's own results, kept
 * once per term. A question's search is then a sum over a few short lists instead of MiniSearch
 * building, merging and sorting an object per match per term: the same hits, with the same
 * scores, in the same order, in a fraction of the time.
 *
 * Why the results are the same: for one term MiniSearch scores a passage `(termBoost × fieldBoost)
 * × bm25` (a single searched field), so the score of the term alone, times the term's boost, is
 * that product exactly (doubling is exact); an OR search adds the terms' scores in query order,
 * multiplies by the number of query terms matched, and sorts stably by score, the ties in the
 * order passages were first met: term by term, each term's passages in the order they were
 * indexed, which is ascending id for an index built or restored whole (test/perf/term-scores.test.ts
 * checks all of this against MiniSearch itself).
 *
 * @example
 * const scores = new TermScores(index.search, index.passages.length);
 * scores.searchOr(['icat', 'cochair'], (term) => boosts.get(term) ?? 1)
 * // deep-equals index.search.search('icat cochair', { boostTerm, combineWith: 'OR' }).map(({ id, score }) => ({ id, score }))
 */
export class TermScores {
  private readonly lists = new Map<string, TermList>();
  private keptEntries = 0;
  /** Each passage's id as MiniSearch returns it, by numeric id: hits carry it unchanged. */
  private readonly returnedIds: ScoredPassage['id'][] = [];
  /** Per passage, the sum so far and the number of terms matched, for the question being searched (reset after each). */
  private readonly sums: Float64Array;
  private readonly matched: Uint16Array;
  /** The passages found so far for the question being searched, in the order first met. */
  private readonly order: Int32Array;

  /**
   * @param search - an index whose documents are never changed after this is made, built by adding
   *   them in id order (or restored from such an index), searching one field
   * @param passages - how many passages it holds (the ids are 0 … passages − 1)
   */
  constructor(private readonly search: MiniSearch<{ id: number }>, passages: number) {
    this.sums = new Float64Array(passages);
    this.matched = new Uint16Array(passages);
    this.order = new Int32Array(passages);
  }

  /**
   * The passages holding any of `terms`, best first, as
   * `search.search(terms.join(' '), { boostTerm: boostOf, combineWith: 'OR' })` finds and scores
   * them: the first `limit` of them (all by default), the rest left unsorted. `terms` are single
   * analysed terms, as the index holds them.
   */
  searchOr(terms: readonly string[], boostOf: (term: string) => number, limit = Number.POSITIVE_INFINITY): ScoredPassage[] {
    const { sums, matched, order } = this;
    let found = 0;
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t]!;
      const { ids, scores } = this.listOf(term);
      const boost = boostOf(term);
      // A term given twice adds its score twice but counts once, as in MiniSearch.
      const counts = terms.indexOf(term) === t;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        const score = scores[i]! * boost;
        if (matched[id] === 0) {
          order[found++] = id;
          sums[id] = score;
          matched[id] = 1;
        } else {
          sums[id] = sums[id]! + score;
          if (counts) matched[id]!++;
        }
      }
    }
    const finals: number[] = [];
    for (let i = 0; i < found; i++) {
      const id = order[i]!;
      finals.push(sums[id]! * matched[id]!);
      sums[id] = 0;
      matched[id] = 0;
    }
    return bestPositions(finals, limit, (a, b) => higherFirst(finals[a]!, finals[b]!))
      .map((i) => ({ id: this.returnedIds[order[i]!]!, score: finals[i]! }));
  }

  /** A term's passages and scores, from MiniSearch on first use. */
  private listOf(term: string): TermList {
    let list = this.lists.get(term);
    if (list === undefined) {
      const found = this.search.search(term, { combineWith: 'OR' }).map((hit) => ({ id: Number(hit.id), returned: hit.id, score: hit.score }))
        .sort((a, b) => a.id - b.id);
      for (const hit of found) this.returnedIds[hit.id] = hit.returned;
      list = { ids: Int32Array.from(found, (hit) => hit.id), scores: Float64Array.from(found, (hit) => hit.score) };
      if (this.keptEntries + found.length > MAX_KEPT_ENTRIES) { this.lists.clear(); this.keptEntries = 0; }
      this.lists.set(term, list);
      this.keptEntries += found.length;
    }
    return list;
  }
}
