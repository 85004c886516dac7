import type { Passage } from '../search/passage.js';
import { fold } from '../text/fold.js';
import { stem } from '../text/stem.js';
import type { QuestionShape } from './question.js';

// Which year a passage's fact belongs to, when the question asks about one year.

/** The years a question asks about, and the nouns it ties a year to ("the 2023 principals meeting"). */
export interface AskedYears {
  years: readonly string[];
  /** Year and the stem of the word right after it: "2023 principals" → { year: '2023', noun: 'princip' }. */
  bound: readonly { year: string; noun: string }[];
}

const YEAR_THEN_WORD = /\b((?:19|20)\d\d)\s+(\p{L}[\p{L}'’-]*)/gu;

/** The years a question's shape asks about, and what it dates with them; undefined when it names none. */
export function askedYearsOf(shape: QuestionShape): AskedYears | undefined {
  if (!shape.years || shape.years.length === 0) return undefined;
  const bound = (shape.datedWords ?? []).flatMap((words) => [...words.matchAll(YEAR_THEN_WORD)]).map((match) => ({ year: match[1]!, noun: stemOf(match[2]!) }));
  return { years: shape.years, bound };
}

/**
 * Whether a passage is about another year than the one asked, though it may mention that one:
 * - an item labelled with another year ("2025: the OAS and UNODC co-chair ICAT (announced on
 *   13 December 2024)" for "who chaired ICAT in 2024?");
 * - a section whose heading gives another year, when the text does not name the asked one;
 * - the same thing with another year, in its text or its heading ("the 2022 Principals meeting
 *   … priorities for 2023" for "what did the 2023 principals meeting decide?").
 */
export function aboutAnotherYear(passage: Passage, asked: AskedYears): boolean {
  const text = passage.text;
  const label = /^((?:19|20)\d\d)\b/.exec(text)?.[1];
  if (label !== undefined) return !asked.years.includes(label);
  const namesAskedYear = asked.years.some((year) => text.includes(year));
  const heading = passage.asOf && passage.asOf !== passage.document.asOf ? passage.asOf.slice(0, 4) : undefined;
  if (heading !== undefined && !asked.years.includes(heading) && !namesAskedYear) return true;
  if (asked.bound.length === 0) return false;
  const written = [...`${passage.section ?? ''}\n${text}`.matchAll(YEAR_THEN_WORD)].map((match) => ({ year: match[1]!, noun: stemOf(match[2]!) }));
  return asked.bound.some(({ year, noun }) => written.some((w) => w.noun === noun && w.year !== year) && !written.some((w) => w.noun === noun && w.year === year));
}

function stemOf(word: string): string {
  return stem(fold(word).replace(/['’]s$/, '').replace(/[^a-z0-9]/g, ''));
}
