import { LEAD_IN } from '../search/features.js';
import type { KnowledgeIndex } from '../search/knowledge-index.js';
import type { Passage } from '../search/passage.js';
import type { Concept } from './query.js';
import type { QuestionShape } from './question.js';

// "How many organisations were at the Tokyo meeting?" where the knowledge lists them without a number: the list counts them.

/** A list that answers a "how many" by its length, and that length. */
export interface CountedList {
  list: Passage;
  count: number;
}

/** A lead-in that gives only some of the items ("including", "among them", "such as"): no position in it is the one asked, and its length counts nothing. */
export const SELECTION = /\b(?:includ(?:ed|ing|es|e)|among (?:them|others|which|these)|such as|for example|for instance|e\.g\.|some of|several of)\b/i;

/** A number in digits (not a year) or words up to twenty: a lead-in that has one says the count itself. */
const WRITTEN_COUNT = /\b(?:(?!(?:19|20)\d\d\b)\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|dozen)\b/i;

/** How many of a lead-in's last words may name what its list holds. */
const LAST_LEAD_IN_TERMS = 3;
/** The fewest entries counted: one or two are read as written, not counted. */
const MIN_ENTRIES = 3;
/** The most words one entry of an enumeration may have ("UN Women", "the OSCE"), so a sentence's clauses are not counted. */
const MAX_ENTRY_WORDS = 6;

/**
 * The list a passage answers a "how many" from, when the list gives no number itself: the passage
 * when it is a list, or the list the passage introduces ("… had the following participating
 * organizations:"). It counts its items, or, for a single item that enumerates names ("2006: ILO,
 * IOM, UNICEF, UNIFEM, UNDAW, UNHCR and UNODC"), those names. `counted` holds the terms of what is
 * counted, one of which must end the lead-in. Undefined when the lead-in states a number, gives only
 * a selection ("including"), lists something else, or there are fewer than three entries.
 */
export function countedList(index: KnowledgeIndex, passage: Passage, counted: ReadonlySet<string>): CountedList | undefined {
  let reading = readings.get(passage);
  if (reading === undefined) readings.set(passage, reading = readCount(index, passage));
  return reading && reading.lastTerms.some((term) => counted.has(term)) ? reading.counted : undefined;
}

/** What a passage's list counts, read once per passage (every "how many" judges many candidates): the list, its count, its lead-in's last words. */
const readings = new WeakMap<Passage, { counted: CountedList; lastTerms: readonly string[] } | null>();

function readCount(index: KnowledgeIndex, passage: Passage): { counted: CountedList; lastTerms: readonly string[] } | null {
  const next = passage.next === undefined ? undefined : index.passages[passage.next];
  const list = passage.kind === 'list' ? passage : LEAD_IN.test(passage.text) && next?.kind === 'list' ? next : undefined;
  if (!list) return null;
  const leadIn = `${list.text} ${list.context ?? ''}`;
  if (WRITTEN_COUNT.test(list.text) || SELECTION.test(leadIn)) return null;
  const items = list.items ?? [];
  const count = items.length === 1 ? enumerated(items[0]!) : items.length;
  if (count < MIN_ENTRIES) return null;
  // A list of what is counted: its lead-in ends on it ("… had the following participating organizations:");
  // "ICAT members presented briefs on the following topics:" lists topics, however many members there are.
  const lastTerms = index.analyseForMatching(list.text).split(' ').filter(Boolean).slice(-LAST_LEAD_IN_TERMS);
  return { counted: { list, count }, lastTerms };
}

/** How many names one item enumerates ("2006: ILO, IOM and UNODC (participants)" → 3); 0 when it is no enumeration. */
function enumerated(item: string): number {
  const names = item.replace(/^\s*(?:19|20)\d\d:\s*/, '').replace(/\s*\([^)]*\)\s*\.?$/, '').split(/,\s*(?:and\s+)?|\s+and\s+/);
  return names.every((name) => name.trim() !== '' && name.trim().split(/\s+/).length <= MAX_ENTRY_WORDS) ? names.length : 0;
}

/** A count as a word, as prose writes small numbers ("seven"); larger ones in digits. */
export function countInWords(count: number): string {
  return ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][count] ?? String(count);
}

/** The terms of what a "how many" question counts ("orgs" → organ, agenc, bodi, entiti), or undefined when it counts nothing named. */
export function countedTermsOf(concepts: readonly Concept[], shape: QuestionShape): ReadonlySet<string> | undefined {
  // The concept's word is the typed one mended ("orgs" → "organizations").
  const typed = shape.countOf?.replace(/s$/, '');
  const concept = typed ? concepts.find((c) => c.word === shape.countOf) ?? concepts.find((c) => c.word.startsWith(typed)) : undefined;
  return concept?.known ? new Set(concept.alternatives.map((a) => a.term)) : undefined;
}

/** How many words may stand between a number and what it counts ("eighteen ministerial representatives"). */
const MAX_WORDS_BETWEEN_COUNT_AND_NOUN = 1;

/**
 * Whether a passage writes a number just before what a "how many" counts: "The Board … has five
 * members" for "how many members on the board", not "12 of the 193 Member States" (a counted
 * word that begins a name the knowledge writes counts that name). Years are not counts. `counted`
 * holds the terms of what is counted (see {@link countedTermsOf}).
 */
export function countsWhatIsAsked(index: KnowledgeIndex, passage: Passage, counted: ReadonlySet<string>): boolean {
  let terms = analysedTexts.get(passage);
  if (terms === undefined) analysedTexts.set(passage, terms = index.analyseForMatching(passage.text).split(' ').filter(Boolean));
  for (let i = 0; i < terms.length; i++) {
    if (!/^\d[\d.,]*$/.test(terms[i]!) || /^(?:19|20)\d\d$/.test(terms[i]!)) continue;
    for (let j = i + 1; j <= i + 1 + MAX_WORDS_BETWEEN_COUNT_AND_NOUN && j < terms.length; j++) {
      // "193 Member States" counts states: a counted word that begins a name with the next counts that name.
      if (counted.has(terms[j]!)) {
        if (j + 1 < terms.length && index.isNamePair(terms[j]!, terms[j + 1]!)) break;
        return true;
      }
      if (/^\d/.test(terms[j]!)) break;
    }
  }
  return false;
}

/** Passages' texts as the index analyses them, read once per passage. */
const analysedTexts = new WeakMap<Passage, readonly string[]>();
