import { createRewordingLookup } from '../lexicon/wordnet.js';
import type { KnowledgeIndex } from '../search/knowledge-index.js';

/** A knowledge term a typed word may stand for, and how close the two are (0–1). */
export interface RewordedTerm {
  term: string;
  weight: number;
}

/** Rewordings weaker than this are not used: WordNet's remote senses ("mind" for "head") mislead more than they help. */
const MIN_WEIGHT = 0.2;
/** The most rewordings tried per word. */
const MAX_REWORDINGS = 4;

/** One WordNet look-up per index, over that index's own vocabulary, made on first use. */
const lookups = new WeakMap<KnowledgeIndex, (word: string) => { word: string; weight: number }[]>();

/**
 * The knowledge terms a word the knowledge never or rarely writes may stand for, from WordNet (a maintained
 * English lexical database, see src/lexicon/wordnet.ts): synonyms in the word's first senses, and
 * one step to a broader or narrower word at lower weight. Only words of this knowledge are
 * returned, as the stems they are indexed under.
 *
 * @example rewordingsOf(index, 'founded') // [{ term: 'establish', weight: 1 }] when the knowledge says "established"
 */
export function rewordingsOf(index: KnowledgeIndex, word: string): RewordedTerm[] {
  let lookup = lookups.get(index);
  if (!lookup) {
    // The caller asks only of words the knowledge never or rarely writes (query.ts), so those it writes are reworded too.
    lookup = createRewordingLookup([...index.vocabulary.keys()].filter((surface) => /^[a-z]+$/.test(surface)), { rewordKnownWords: true });
    lookups.set(index, lookup);
  }
  const terms: RewordedTerm[] = [];
  for (const { word: knowledgeWord, weight } of lookup(word)) {
    if (weight < MIN_WEIGHT || terms.length >= MAX_REWORDINGS) continue;
    const entry = index.vocabulary.get(knowledgeWord);
    if (entry && index.knownTerms.has(entry.stem) && !terms.some((t) => t.term === entry.stem)) terms.push({ term: entry.stem, weight });
  }
  return terms;
}
