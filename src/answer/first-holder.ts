import { fold } from '../text/fold.js';
import { namesAPersonalPost } from './question.js';

/**
 * "who was the first president of GRETA?" answered by "Conny Rijken, President of GRETA, called it
 * …": a passage that names a holder of the post says nothing of who held it first. The answer may
 * still be the one meant, but without a word of firstness it is never sure.
 */

/** "first", "founding", "inaugural", "original": what a question asks of a post's first holder. */
const FIRST_ASKED = /\b(?:first|1st|founding|inaugural|original)\b/;

/** The words that say a holder was the first: "first", "founding", "inaugural", "founder", "pioneer". */
const FIRST_SAID = /\b(?:first|1st|founding|founder|founders|inaugural|initial|original|pioneer|pioneering)\b/i;

/**
 * Whether a question asks for the first holder of a post (see {@link namesAPersonalPost}) and the
 * answer does not say anyone was first: the answer is then held below sure.
 */
export function leavesFirstnessOpen(question: string, answer: string): boolean {
  return FIRST_ASKED.test(fold(question)) && namesAPersonalPost(question) && !FIRST_SAID.test(answer);
}
