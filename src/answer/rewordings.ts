import { createRewordingLookup } from '../lexicon/wordnet.js';
import type { KnowledgeIndex } from '../search/knowledge-index.js';
import { fold } from '../text/fold.js';
import { stem } from '../text/stem.js';

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

/** Particles that make a phrasal verb with the word before them ("set up", "put out", "carry out"). */
export const PARTICLES: readonly string[] = ['up', 'out', 'off', 'down', 'together', 'forward', 'over', 'back'];

/** A word and the particle after it, as a phrasal verb is written. */
export const PHRASAL_VERB = new RegExp(String.raw`\b([a-z]+) (${PARTICLES.join('|')})\b`, 'g');

/** A phrasal verb the knowledge writes ("set up") that a typed word means ("established"). */
export interface PhrasalRewording {
  /** The phrase as the knowledge writes it, folded: a passage counts only where it writes this. */
  phrase: string;
  /** The stem its verb is indexed under ("set"). */
  term: string;
  /** How close the typed word and the phrase are (0–1), as {@link rewordingsOf} weighs. */
  weight: number;
}

/** Phrasal rewordings weaker than a synonym in the words' first senses are not used: a phrase's particle changes its meaning too much. */
const MIN_PHRASAL_WEIGHT = 0.5;
/** The most distinct phrasal verbs read from one knowledge, so a huge one costs no more. */
const MAX_PHRASES = 5000;

/** One WordNet look-up per index over the phrasal verbs its passages write, made on first use. */
const phrasalLookups = new WeakMap<KnowledgeIndex, (word: string) => { word: string; weight: number; relation: string }[]>();

/**
 * The phrasal verbs of the knowledge a typed word means, from WordNet: "established" and "founded"
 * are "set up", "participated" is "took part". The knowledge's single words are reached by
 * {@link rewordingsOf}; this reaches the two-word verbs it writes, which a word-by-word index
 * cannot see ("The RSO was set up in 2012" answers "when was the RSO established?"). Only
 * synonyms in both words' first senses, in the same inflection, are kept.
 */
export function phrasalRewordingsOf(index: KnowledgeIndex, word: string): readonly PhrasalRewording[] {
  if (!/^[a-z]{3,}$/.test(word)) return [];
  let memo = phrasalMemo.get(index);
  if (!memo) phrasalMemo.set(index, memo = new Map());
  let found = memo.get(word);
  if (!found) {
    if (memo.size >= PHRASAL_MEMO_LIMIT) memo.clear();
    memo.set(word, found = lookUpPhrasal(index, word));
  }
  return found;
}

/** Phrasal rewordings already worked out, per index and word: questions repeat their words. */
const phrasalMemo = new WeakMap<KnowledgeIndex, Map<string, readonly PhrasalRewording[]>>();
const PHRASAL_MEMO_LIMIT = 10_000;

function lookUpPhrasal(index: KnowledgeIndex, word: string): PhrasalRewording[] {
  let lookup = phrasalLookups.get(index);
  if (!lookup) {
    const phrases = new Set<string>();
    for (const passage of index.passages) {
      for (const match of fold(passage.text).matchAll(PHRASAL_VERB)) {
        if (phrases.size < MAX_PHRASES) phrases.add(match[0]);
      }
    }
    lookup = createRewordingLookup(phrases, { rewordKnownWords: true });
    phrasalLookups.set(index, lookup);
  }
  const found: PhrasalRewording[] = [];
  for (const { word: phrase, weight, relation } of lookup(word)) {
    const verb = phrase.split(' ')[0]!;
    if (relation !== 'synonym' || weight < MIN_PHRASAL_WEIGHT || !phrase.includes(' ') || verb === word) continue;
    const term = stem(verb);
    if (index.knownTerms.has(term)) found.push({ phrase, term, weight });
  }
  return found;
}
