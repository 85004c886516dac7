import type { Passage } from '../search/passage.js';
import { fold } from '../text/fold.js';
import { stemOfWord } from '../text/terms.js';
import { STOP_WORDS } from '../text/stopwords.js';
import type { Concept } from './query.js';
import type { QuestionShape } from './question.js';

// Which year a passage's fact belongs to, when the question asks about one year.

/** The years a question asks about, and the nouns it ties a year to ("the 2023 principals meeting"). */
export interface AskedYears {
  years: readonly string[];
  /** Year and the stems of the words right after it: "2022 icat annual report" → { year: '2022', nouns: icat, annual, report }. */
  bound: readonly DatedWords[];
  /** The stems of the question's other words ("cochair" in "UNHCR co-chaired in 2022?"). */
  words: ReadonlySet<string>;
}

/** A year and the stems of up to three words written after it. */
interface DatedWords {
  year: string;
  nouns: ReadonlySet<string>;
}

/** A year after a preposition: it dates what the clause says, not the words after it ("In 2025 the Union co-chaired"). */
const CLAUSE_YEAR = /\b(?:in|on|since|by|from|until|till|during|at|of|to|and|or|between)\s+(?:19|20)\d\d\b/giu;

const YEAR_THEN_WORDS = /\b((?:19|20)\d\d)\s+(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2})/gu;

/** Words that, right after a year, start another phrase: "2018 and in Vienna", "2018 in New York". */
const LINKING_WORDS = /^(?:and|or|but|in|on|at|to|for|by|with|from|then)\b/i;

/** A word and the year written after it with "for" or "of": "co-chairs for 2024", "the priorities of 2023". */
const WORD_FOR_YEAR = /(\p{L}[\p{L}'’-]*)\s+(?:for|of)\s+((?:19|20)\d\d)\b/gu;

/** The years a passage (its heading and text) writes and what each dates, read once per passage. */
function datedWordsOf(passage: Passage): readonly DatedWords[] {
  let written = passageDatedWords.get(passage);
  if (!written) passageDatedWords.set(passage, written = datedWordsIn(`${passage.section ?? ''}\n${passage.text}`));
  return written;
}

const passageDatedWords = new WeakMap<Passage, readonly DatedWords[]>();
/** …and only the years it uses as labels (see {@link datesAskedWordsElsewhere}). */
const labelDatedWords = new WeakMap<Passage, readonly DatedWords[]>();

/** A year and what it dates, as written after it ("2021 Chairs' Annual Report") or before it ("co-chairs for 2024"). */
function datedWordsIn(text: string): DatedWords[] {
  // "… on 5 October 2018 and in Vienna …": a year followed by a conjunction or a preposition dates nothing after it.
  const after = [...text.matchAll(YEAR_THEN_WORDS)].filter((match) => !LINKING_WORDS.test(match[2]!)).map((match) => ({
    year: match[1]!, nouns: new Set(match[2]!.split(/\s+/).filter((word) => !STOP_WORDS.has(fold(word))).map(stemOfWord)),
  }));
  const before = [...text.matchAll(WORD_FOR_YEAR)].filter((match) => !STOP_WORDS.has(fold(match[1]!)))
    .map((match) => ({ year: match[2]!, nouns: new Set([stemOfWord(match[1]!)]) }));
  return [...after, ...before];
}

function sharesANoun(a: DatedWords, b: DatedWords): boolean {
  return [...a.nouns].some((noun) => b.nouns.has(noun));
}

/**
 * The years whose items a list position counts among ("the first issue paper of 2012"): the
 * question's years, but not a year a yes/no question claims ("was the first appraisal in 2017?"
 * asks about the first of all, and the year is what may be wrong).
 */
export function yearsCountedIn(shape: QuestionShape, concepts: readonly Concept[]): readonly string[] | undefined {
  if (!shape.years || !shape.yesNo) return shape.years;
  const counted = shape.years.filter((year) => !concepts.some((concept) => concept.word === year && concept.doubted));
  return counted.length > 0 ? counted : undefined;
}

/** The years a question's shape asks about, and what it dates with them; undefined when it names none. */
export function askedYearsOf(shape: QuestionShape, words: Iterable<string> = []): AskedYears | undefined {
  if (!shape.years || shape.years.length === 0) return undefined;
  return { years: shape.years, bound: (shape.datedWords ?? []).flatMap(datedWordsIn), words: new Set(words) };
}

/**
 * Whether a passage is about another year than the one asked, though it may mention that one:
 * - an item labelled with another year ("2025: the OAS and UNODC co-chair ICAT (announced on
 *   13 December 2024)" for "who chaired ICAT in 2024?");
 * - a section whose heading gives another year, when the text does not name the asked one;
 * - the same thing with another year, in its text or its heading ("the 2022 Principals meeting
 *   … priorities for 2023" for "what did the 2023 principals meeting decide?");
 * - a word of the question dated with another year only ("The 2021 Co-Chairs Report … published in
 *   2022" for "UNHCR co-chaired in 2022?").
 */
export function aboutAnotherYear(passage: Passage, asked: AskedYears): boolean {
  const text = passage.text;
  const label = itemYearOf(passage);
  if (label !== undefined) return !asked.years.includes(label);
  // "Convictions fell by 27 per cent in the same year.": a sentence that points back is dated by the one before (its context).
  const namesAskedYear = asked.years.some((year) => text.includes(year) || (passage.features.anaphoric && passage.context.includes(year)));
  const heading = headingYearOf(passage);
  if (heading !== undefined && !asked.years.includes(heading) && !namesAskedYear) return true;
  // "In 2024 IOM and the OSRSG-VAC co-chaired ICAT" is about 2024, whatever year its document is as of.
  const opening = OPENING_YEAR.exec(text)?.[1];
  if (opening !== undefined && !asked.years.includes(opening) && !namesAskedYear) return true;
  if (asked.bound.length === 0) return datesAskedWordsElsewhere(passage, asked);
  const written = datedWordsOf(passage);
  return asked.bound.some((bound) => written.some((w) => w.year !== bound.year && sharesANoun(w, bound)) && !written.some((w) => w.year === bound.year && sharesANoun(w, bound)));
}

/**
 * Whether a passage dates one of the question's words with another year only: "The 2021
 * Co-Chairs Report … was published on 31 March 2022" dates the co-chairs 2021, whatever else it
 * dates 2022, so it does not say who co-chaired in 2022, nor confirms that UNHCR did.
 */
export function datesAskedWordsElsewhere(passage: Passage, asked: AskedYears): boolean {
  // Only a year used as a label ("the 2021 Co-Chairs Report"), not one that dates a clause ("In 2025 the Union …").
  let written = labelDatedWords.get(passage);
  if (!written) labelDatedWords.set(passage, written = datedWordsIn(`${passage.section ?? ''}\n${passage.text}`.replace(CLAUSE_YEAR, ' ')));
  const datesAskedWord = (w: DatedWords) => [...w.nouns].some((noun) => asked.words.has(noun));
  return written.some((w) => !asked.years.includes(w.year) && datesAskedWord(w)) && !written.some((w) => asked.years.includes(w.year) && datesAskedWord(w));
}

/** A sentence that opens by dating itself: "In 2024 …", "During 2021, …", "As of March 2021, …", "On 3 May 2019 …". */
const OPENING_YEAR = /^(?:in|during|throughout|as of|as at|on) (?:(?:\d{1,2} )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:\d{1,2},? )?)?((?:19|20)\d\d)\b/i;

/** The year an item is labelled with ("2025: the OAS and UNODC…"), as written; undefined when none. */
export function itemYearOf(passage: Passage): string | undefined {
  return /^((?:19|20)\d\d)\b/.exec(passage.text)?.[1];
}

/** The year its heading gives a passage ("Co-chairs in 2024"), when it is not the whole document's `as_of`. */
export function headingYearOf(passage: Passage): string | undefined {
  return passage.asOf && passage.asOf !== passage.document.asOf ? passage.asOf.slice(0, 4) : undefined;
}
