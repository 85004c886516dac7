import type { SearchHit } from '../search/candidate-search.js';
import { FIELD_CREDIT } from '../search/fields.js';
import { fieldIn } from '../search/field-tables.js';
import type { KnowledgeIndex } from '../search/knowledge-index.js';
import type { Passage } from '../search/passage.js';
import { passagesUnderHeadings } from '../search/heading-passages.js';
import { bestPositions, higherFirst } from '../search/score-order.js';
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

/** The most passages that join the candidates for the heading they are under. */
export const HEADING_CANDIDATES = 12;

/**
 * "how many PSAs came with the relaunch": the passages under a heading that writes one of the
 * question's terms ("THE 2013 RELAUNCH") that no passage writes itself join the candidates, after
 * the search's hits, though their own words hold none of it (the search, which reads passages' own
 * words, cannot find them). The heading counts as their context when they are judged.
 *
 * @param terms - the question's searched terms, rarest first or in any order
 */
export function withHeadingPassages(index: KnowledgeIndex, terms: Iterable<string>, hits: SearchHit[]): SearchHit[] {
  let found: Set<number> | undefined;
  const extra: SearchHit[] = [];
  for (const term of terms) {
    // A term some passage writes itself has found its passages already; one only headings write has found none.
    if ((index.postings.get(term) ?? 0) > 0) continue;
    found ??= new Set(hits.map((hit) => hit.id));
    for (const id of passagesUnderHeadings(index, term)) {
      if (found.has(id)) continue;
      found.add(id);
      extra.push({ id, score: 0 });
      if (extra.length >= HEADING_CANDIDATES) return [...hits, ...extra];
    }
  }
  return extra.length > 0 ? [...hits, ...extra] : hits;
}

/** How many candidates are judged in full (constraints, bonuses); the others are out-covered already. */
export const JUDGED_CANDIDATES = 16;

/**
 * The hits that cover most of the question, by a quick count of the concepts' weighted matches:
 * judging a candidate in full costs far more, and one that covers much less never wins, since
 * the full judgement only lowers coverage or adds small preferences. Duplicates are dropped.
 */
export function mostCovering(index: KnowledgeIndex, concepts: readonly Concept[], hits: readonly SearchHit[], limit: number, preferred?: (hit: SearchHit) => boolean): SearchHit[] {
  if (hits.length <= limit) return [...new Map(hits.map((hit) => [hit.id, hit])).values()];
  // The concepts' alternatives in one row: each one's key in the field tables and weight, and where each concept's alternatives end.
  const keys: number[] = [];
  const weights: number[] = [];
  const ends: number[] = [];
  for (const concept of concepts) {
    for (const { term, weight } of concept.alternatives) {
      keys.push(index.termKey(term));
      weights.push(weight);
    }
    ends.push(keys.length);
  }
  const seen = new Set<SearchHit['id']>();
  const unique: SearchHit[] = [];
  const covered: number[] = [];
  for (const hit of hits) {
    if (seen.has(hit.id)) continue;
    seen.add(hit.id);
    const table = index.fieldTableOf(hit.id);
    // "Act number: No. 153" states a fact of the document's subject: its title counts as context does (as in rank.ts).
    const titleCredit = isLabelLine(index.passages[hit.id]!) ? 1 : FIELD_CREDIT.title;
    let total = 0;
    for (let c = 0, a = 0; c < concepts.length; c++) {
      let credit = 0;
      for (; a < ends[c]!; a++) {
        // No field counts more than 1: an alternative weighing no more than the credit so far cannot raise it.
        if (weights[a]! <= credit) continue;
        const field = fieldIn(table, keys[a]!);
        if (field !== undefined) credit = Math.max(credit, (field === 'title' ? titleCredit : 1) * weights[a]!);
      }
      total += credit * concepts[c]!.importance;
    }
    unique.push(hit);
    covered.push(total);
  }
  // Equal coverage: a passage of what the knowledge is about goes first (see domain.ts), then the search's order.
  const prefer = preferred ? unique.map((hit) => (preferred(hit) ? 1 : 0)) : undefined;
  return bestPositions(covered, limit, (a, b) => higherFirst(covered[a]!, covered[b]!) || (prefer ? prefer[b]! - prefer[a]! : 0) || higherFirst(unique[a]!.score, unique[b]!.score))
    .map((i) => unique[i]!);
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

/** A line that is one label and its value: "Signed: 21 November 2015", "Place of signing: Kuala Lumpur" (not a table's row, "Edition: 2019; Released: …"). */
const LABEL_LINE = /^\p{Lu}[\p{L}' -]{1,30}: [^;]+$/u;

/** Whether a passage is a label line (see {@link LABEL_LINE}), read once per passage. */
export function isLabelLine(passage: Passage): boolean {
  let label = labelLines.get(passage);
  if (label === undefined) labelLines.set(passage, label = LABEL_LINE.test(passage.text));
  return label;
}

const labelLines = new WeakMap<Passage, boolean>();
