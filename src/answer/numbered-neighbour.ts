import type { QuestionShape } from './question.js';

/**
 * "which issue brief comes right after number 10?", "report before no. 5": in a numbered series
 * the neighbour of number N is number N ± 1, whichever list the knowledge gives them in (or none).
 * The question is asked again of that number ("issue brief 11").
 */

/**
 * The nouns whose number is part of a name ("Issue Brief 10", "Principle 5"), with the words that
 * may come before them. A list's items ("priority #2") are counted where the list gives them, not here.
 */
const SERIES = /\b((?:issue |policy |technical |thematic |background |annual )?(?:brief|paper|report|chapter|volume|article|section|annex|bulletin|newsletter|principle|guideline|recommendation|target|goal))s?\b/;

/** The number an anchor ends on: "number 10", "no. 10", "#10", "issue brief 10". */
const ANCHOR_NUMBER = /(?:^|\s|#)0*([1-9]\d{0,2})$/;

/**
 * The question that asks for the neighbour of a numbered anchor ("issue brief 11" for "which issue
 * brief comes right after number 10?"), or undefined when the question asks no neighbour, its
 * anchor ends on no number, or it names no series.
 */
export function numberedNeighbourQuestion(text: string, shape: Pick<QuestionShape, 'relative'>): string | undefined {
  const relative = shape.relative;
  if (!relative) return undefined;
  const number = ANCHOR_NUMBER.exec(relative.anchor.trim())?.[1];
  if (number === undefined) return undefined;
  const series = SERIES.exec(relative.anchor)?.[1] ?? SERIES.exec(text.toLowerCase())?.[1];
  if (!series) return undefined;
  const neighbour = Number(number) + relative.direction;
  return neighbour >= 1 ? `what is ${series} ${neighbour}` : undefined;
}
