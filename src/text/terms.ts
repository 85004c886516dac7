import { fold } from './fold.js';
import { STOP_WORDS } from './stopwords.js';
import { stem } from './stem.js';
import { surfaceWords } from './words.js';

/** A content word of a text: its folded surface form and the stem it is matched by. */
export interface Term {
  surface: string;
  stem: string;
}

/**
 * The content words of a text in order, stop words removed, each with its stem. This is the one
 * analysis shared by indexing and questions, so both sides always agree on what a word is.
 */
export function contentTerms(text: string): Term[] {
  const terms: Term[] = [];
  let qualifier = '';
  let bound = 0;
  for (const surface of surfaceWords(text)) {
    if (STOP_WORDS.has(surface)) { qualifier = ''; continue; }
    const stemmed = stem(surface);
    if (qualifier && bound < MAX_QUALIFIED_WORDS && !QUALIFIERS.has(surface)) {
      terms.push({ surface, stem: `${qualifier}_${stemmed}` });
      bound++;
      continue;
    }
    terms.push({ surface, stem: stemmed });
    qualifier = QUALIFIERS.has(surface) ? stemmed : '';
    bound = 0;
  }
  return terms;
}

/** A term without the qualifier it was bound to: "deputi_director" → "director". */
export function unqualified(term: string): string {
  const at = term.indexOf('_');
  return at < 0 ? term : term.slice(at + 1);
}

/**
 * Words that make a title into another one: a Deputy Executive Director is not the Executive
 * Director, an Assistant Secretary-General is not the Secretary-General. The words they qualify
 * are matched only together with them, on both sides (knowledge and question), so "who is the
 * Secretary-General?" never finds the Assistant Secretary-General.
 */
const QUALIFIERS: ReadonlySet<string> = new Set(['assistant', 'deputy', 'vice', 'former', 'ex']);
/** How many words after a qualifier it binds ("Deputy Executive Director": two; "Assistant Secretary-General": three with the joined form). */
const MAX_QUALIFIED_WORDS = 3;

/**
 * The stem of one word as written in running text ("OSCE's" → "osce", "co-chair" → "cochair"),
 * for code that reads a passage word by word rather than through {@link contentTerms}.
 */
export function stemOfWord(word: string): string {
  let stemmed = wordStems.get(word);
  if (stemmed === undefined) {
    if (wordStems.size >= WORD_STEMS_LIMIT) wordStems.clear();
    wordStems.set(word, stemmed = stem(fold(word).replace(/['’]s$/, '').replace(/[^a-z0-9]/g, '')));
  }
  return stemmed;
}

/** Words already stemmed by {@link stemOfWord}: passages are read word by word for every question, and their words repeat. */
const wordStems = new Map<string, string>();
/** The most words remembered; a flood of new words clears the memory rather than growing it. */
const WORD_STEMS_LIMIT = 100_000;
