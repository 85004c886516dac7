import { fold } from '../text/fold.js';

// "who were the icat cochairs when cbss joined": a question about a time that another fact sets.
// No one passage says both; the knowledge says when the CBSS joined, and who co-chaired that year.

/** A question split at the words that tie it to another fact's time (see {@link anchoredQuestionOf}). */
export interface AnchoredQuestion {
  /** What is asked, without the time ("who were the icat cochairs"). */
  asked: string;
  /** The question that finds the time: "when cbss joined". */
  event: string;
}

/**
 * What is asked, then the words that tie it to a time, then the event: "… when cbss joined", "… the
 * year the toolkit was shown to member states", "… during the Cooley investigation", "… at the time
 * of the London meeting". What is asked names someone or something to find ("who", "which", a noun).
 * After a colon or a dash, "when" asks the question itself ("trust fund: when launched").
 */
const ANCHORED = /^(?!(?:when|what year|which year)\b)(.*?[^\s:;,–—-])\s+(?:back\s+)?(?:when|(?:in\s+)?the\s+(?:year|yr)(?:\s+(?:that|when))?|during|at the time(?:\s+(?:of|when|that))?|by the time)\s+(.+)$/;

/** What is asked names someone or something: "who …", "which …", or words without a question word ("icat cochairs"). */
const ASKS_WHO_OR_WHICH = /^(?:(?!\b(?:how|what|whats|why|where|when|whose)\b).)*$|\b(?:who|whom|which)\b/;

/** A year typed anywhere in the question: it already says when. */
const YEAR_IN = /\b(?:19|20)\d\d\b/;

/** The fewest words an event is told in ("cbss joined"): fewer tie the question to nothing. */
const EVENT_WORDS = 2;

/**
 * Splits a question about a time another fact sets into what is asked and the event that dates
 * it, or undefined when it is none: "who chaired icat the year the toolkit was shown to member
 * states" → asked "who chaired icat", event "when the toolkit was shown to member states". A
 * question that asks when ("when did …", "what year …") is itself about the time, one that types a
 * year already says it, and what is asked must say something beyond a question word.
 */
export function anchoredQuestionOf(question: string): AnchoredQuestion | undefined {
  // (One line: the event then runs to the end, and the split is found in one pass.)
  const line = fold(question).replace(/\s+/g, ' ');
  let end = line.length;
  while (end > 0 && '?!. '.includes(line[end - 1]!)) end--;
  const text = line.slice(0, end).trim();
  const split = ANCHORED.exec(text);
  if (!split) return undefined;
  const asked = split[1]!.trim();
  const event = split[2]!.trim();
  // (Asked of a year, "how old was she" or "how many were identified" is another question; "gpa adopted when & which res" asks two things.)
  if (!ASKS_WHO_OR_WHICH.test(asked) || /^(?:and|&|\W)/.test(event)) return undefined;
  // (An event typed with its year, "when the 2015 act passed", is asked about as typed: a passage may well say both.)
  if (asked.split(/\s+/).length < 2 || YEAR_IN.test(text) || event.split(/\s+/).length < EVENT_WORDS) return undefined;
  return { asked, event: `when ${event}` };
}
