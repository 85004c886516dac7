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
  for (const surface of surfaceWords(text)) {
    if (STOP_WORDS.has(surface)) continue;
    terms.push({ surface, stem: stem(surface) });
  }
  return terms;
}
