import type { SearchHit } from '../search/candidate-search.js';
import { FIELD_CREDIT } from '../search/fields.js';
import type { KnowledgeIndex } from '../search/knowledge-index.js';
import { higherFirst } from '../search/score-order.js';
import type { Concept } from './query.js';
import type { QuestionShape } from './question.js';
import { remembered } from './required.js';

// Which passages are judged as answers: the search's hits, with definitions added, lists opened into items, the best-covering kept.

/** How many passages that spell out an abbreviation's full name join the candidates of a "what is" question. */
export const DEFINITION_CANDIDATES = 10;

/**
 * "What is ICAT?": where a document defines an abbreviation, it spells out the full name ("The
 * Inter-Agency Coordination Group … (ICAT) is …"). Those passages join the candidates, however
 * many others merely use the abbreviation and outrank them in the search.
 */
export function withDefinitions(index: KnowledgeIndex, concepts: readonly Concept[], shape: QuestionShape, hits: SearchHit[]): SearchHit[] {
  if (!shape.subject || (shape.expects !== 'definition' && shape.expects !== 'person')) return hits;
  const extra = new Map<number, SearchHit>();
  for (const concept of concepts) {
    const long = index.aliases.longStemsOf(concept.alternatives[0]?.term ?? '');
    if (long.length < 2) continue;
    const spelledOut = remembered(index, `definitions ${long.join(' ')}`, () => index.search
      .search(long.join(' '), { combineWith: 'AND', prefix: false, fuzzy: false }).slice(0, DEFINITION_CANDIDATES)
      .map((hit) => ({ id: hit.id as number, score: hit.score })));
    for (const hit of spelledOut) extra.set(hit.id, hit);
  }
  return extra.size ? [...extra.values(), ...hits.filter((hit) => !extra.has(hit.id))] : hits;
}

/** How many candidates are judged in full (constraints, bonuses); the others are out-covered already. */
export const JUDGED_CANDIDATES = 24;

/**
 * The hits that cover most of the question, by a quick count of the concepts' weighted matches:
 * judging a candidate in full costs far more, and one that covers much less never wins, since
 * the full judgement only lowers coverage or adds small preferences. Duplicates are dropped.
 */
export function mostCovering(index: KnowledgeIndex, concepts: readonly Concept[], hits: readonly SearchHit[], limit: number): SearchHit[] {
  if (hits.length <= limit) return [...new Map(hits.map((hit) => [hit.id, hit])).values()];
  const keyed = concepts.map((concept) => ({ importance: concept.importance, alternatives: concept.alternatives.map(({ term, weight }) => ({ key: index.termKey(term), weight })) }));
  const quick = new Map<number, { hit: SearchHit; covered: number }>();
  for (const hit of hits) {
    if (quick.has(hit.id)) continue;
    let covered = 0;
    for (const concept of keyed) {
      let credit = 0;
      for (const { key, weight } of concept.alternatives) {
        const field = index.fieldOf(hit.id, key);
        if (field !== undefined) credit = Math.max(credit, (field === 'title' ? FIELD_CREDIT.title : 1) * weight);
      }
      covered += credit * concept.importance;
    }
    quick.set(hit.id, { hit, covered });
  }
  return [...quick.values()].sort((a, b) => higherFirst(a.covered, b.covered) || higherFirst(a.hit.score, b.hit.score)).slice(0, limit).map((entry) => entry.hit);
}

/**
 * One fact is answered by the item that holds it: a whole list would match words from different
 * items. So, unless the question asks for a list, a list the search found stands for its items,
 * which are judged instead (their lead-in counts as their own words).
 */
export function expandLists(index: KnowledgeIndex, hits: readonly SearchHit[], wantsWholeList: boolean): SearchHit[] {
  if (wantsWholeList) return [...hits];
  const expanded: SearchHit[] = [];
  for (const hit of hits) {
    const passage = index.passages[hit.id]!;
    const count = passage.kind === 'list' ? passage.items?.length ?? 0 : 0;
    if (count <= 1) { expanded.push(hit); continue; }
    for (let id = passage.id + 1; id <= passage.id + count && index.passages[id]?.itemOf === passage.id; id++) expanded.push({ id, score: hit.score });
  }
  return expanded;
}
