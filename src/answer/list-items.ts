import type { KnowledgeIndex } from '../search/knowledge-index.js';
import type { Passage } from '../search/passage.js';
import type { Concept } from './query.js';

// What a whole list says is what its lead-in says and what each item says, one item at a time:
// words found in different items are not said together.

/** A list's lead-in and each of its items, as analysed terms with a space at each end, read once per passage. */
const analysedParts = new WeakMap<Passage, { leadIn: string; items: readonly string[] }>();

/**
 * What introduces a list, its lead-in, context and heading, as analysed terms with a space at each
 * end, read once per list: whether a list is one of what a question asks is judged by it.
 */
export function leadInTermsOfList(index: KnowledgeIndex, list: Passage): string {
  return partsOf(index, list).leadIn;
}

function partsOf(index: KnowledgeIndex, list: Passage): { leadIn: string; items: readonly string[] } {
  let parts = analysedParts.get(list);
  if (!parts) {
    parts = {
      leadIn: ` ${index.analyseForMatching(`${list.text} ${list.context ?? ''} ${list.section ?? ''}`)} `,
      items: (list.items ?? []).map((item) => ` ${index.analyseForMatching(item)} `),
    };
    analysedParts.set(list, parts);
  }
  return parts;
}

/**
 * How much of the question's importance a whole list covers only by adding up words of different
 * items: "what are the ten key actions in the call for accelerated action?" finds "10 years on" in
 * one publication, "key activities" in another and the Call for Accelerated Action in a third, which
 * together say nothing of its key actions. The words its lead-in or heading gives, and those of the
 * one item that gives most, count; the rest is scattered. `found` tells which concepts the list's
 * own text (lead-in and items) holds.
 */
export function importanceScatteredOverItems(index: KnowledgeIndex, list: Passage, concepts: readonly Concept[], found: readonly boolean[]): number {
  if (list.kind !== 'list' || (list.items?.length ?? 0) < 2) return 0;
  const { leadIn, items } = partsOf(index, list);
  const inItemsOnly = concepts.filter((concept, c) => found[c] && !writes(leadIn, concept));
  if (inItemsOnly.length < 2) return 0;
  const total = inItemsOnly.reduce((sum, concept) => sum + concept.importance, 0);
  let best = 0;
  for (const item of items) {
    const inItem = inItemsOnly.reduce((sum, concept) => sum + (writes(item, concept) ? concept.importance : 0), 0);
    if (inItem > best) best = inItem;
  }
  return total - best;
}

function writes(terms: string, concept: Concept): boolean {
  return concept.alternatives.some((alternative) => terms.includes(` ${alternative.term} `));
}
