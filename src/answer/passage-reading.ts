import type { KnowledgeIndex } from '../search/knowledge-index.js';
import type { Passage } from '../search/passage.js';
import { ANSWER_LINE, datesToTheDay, DOCUMENT_SYMBOL, QUESTION_LINE } from '../search/features.js';
import { isLowerCaseWord } from '../lexicon/wordnet.js';
import { fold } from '../text/fold.js';
import { STOP_WORDS } from '../text/stopwords.js';
import { stem } from '../text/stem.js';
import { unqualified } from '../text/terms.js';
import { patternOf } from '../text/patterns.js';
import { TITLE_STEMS } from './query.js';
import type { ExpectedAnswer } from './question.js';
import { SELECTION } from './list-counts.js';
import { wordsAndStems, type WordsAndStems } from './role-owner.js';

// What a passage says beyond its words: who it names, whether it repeats the question, whether it defines something.

/** "The sources found do not give the year of …", "… is not known": a sentence about what the knowledge lacks. */
const SOURCES_SILENT = /\b(?:sources?|documents?|records?|pages?|texts?)\b(?: [a-z]+){0,3}? (?:do|does|did) not (?:give|say|state|mention|record|specify|name|list|show)\b|\b(?:is|are|was|were) not (?:known|given|stated|recorded|specified)\b|\bno (?:source|record|document) (?:gives|says|states|names)\b/;

/**
 * Whether a passage says that the knowledge's sources lack a fact: it tells nothing of the world,
 * so it is no answer to what a thing is about or who did it when another passage says.
 */
export function saysSourcesAreSilent(passage: Passage): boolean {
  let silent = silentPassages.get(passage);
  if (silent === undefined) silentPassages.set(passage, silent = SOURCES_SILENT.test(foldedTextOf(passage)));
  return silent;
}

/** Whether each passage says its sources are silent, read once: every question's candidates are read for it. */
const silentPassages = new WeakMap<Passage, boolean>();

/** The words that name the fact a silent passage says is missing, by the kind of answer that fact is. */
const SILENT_ABOUT: Readonly<Partial<Record<ExpectedAnswer, RegExp>>> = {
  date: /\b(?:year|month|day|date|dates|when)\b/,
  time: /\b(?:time|hour)\b/,
  number: /\b(?:number|numbers|amount|figure|figures|count|size|total|how many)\b/,
  amount: /\b(?:amount|sum|budget|cost|figure)\b/,
  person: /\b(?:name|names|author|authors|who|speaker)\b/,
  place: /\b(?:place|venue|location|city|country|where)\b/,
};

/**
 * Whether a passage says that the sources lack the very kind of fact a question asks for ("do
 * not give the year of …" for "when was it published?"): then it is the honest answer, an "I don't know" with its reason.
 */
export function silentOnTheAsked(passage: Passage, expects: ExpectedAnswer): boolean {
  const about = SILENT_ABOUT[expects];
  return about !== undefined && saysSourcesAreSilent(passage) && about.test(foldedTextOf(passage));
}

/** Whether a passage's own words are all words the question already gave (list items and short lines). */
export function echoes(index: KnowledgeIndex, passage: Passage, asked: ReadonlySet<string>): boolean {
  // A quotation that repeats the question's words still tells who said them.
  if (passage.kind === 'list' || passage.speaker) return false;
  const own = ownTerms(index, passage);
  // An abbreviation spelled out inside the question's own words ("United Nations" in UNHCR's full name) adds nothing either.
  const given = (term: string) => asked.has(term) || (index.aliases.isToken(term) && index.aliases.longStemsOf(term).every((part) => asked.has(part)));
  return own.length > 0 && own.every(given);
}

/** Whether a passage's speaker is described by one of the question's names ("UN Women" in "… Deputy Executive Director on UN Women, Åsa Regner"). */
export function speakerNamedBy(index: KnowledgeIndex, passage: Passage, nameTerms: readonly string[]): boolean {
  if (!passage.speaker || nameTerms.length === 0) return false;
  let terms = speakerTerms.get(passage);
  if (terms === undefined) speakerTerms.set(passage, terms = ` ${index.analyseForMatching(passage.speaker)} `);
  return nameTerms.some((term) => terms.includes(` ${term} `));
}

const speakerTerms = new WeakMap<Passage, string>();

/**
 * Whether a passage writes a word only after "non-" ("non-UN organisations" for "is ICAT part of
 * the UN?"): there it names what something is not. `word` is folded.
 */
export function onlyNegated(passage: Passage, word: string): boolean {
  if (!writesNon(passage) || !/^[a-z0-9]+$/.test(word)) return false;
  const uses = [...foldedTextOf(passage).matchAll(patternOf(`(non-)?\\b${word}\\b`, 'g'))];
  return uses.length > 0 && uses.every((use) => use[1] !== undefined);
}

/** Whether a passage writes "non-" at all (see {@link onlyNegated}), read once: it is asked for every concept of every question. */
export function writesNon(passage: Passage): boolean {
  let writes = nonWriters.get(passage);
  if (writes === undefined) nonWriters.set(passage, writes = foldedTextOf(passage).includes('non-'));
  return writes;
}

const nonWriters = new WeakMap<Passage, boolean>();

/**
 * Reads whether a passage says someone spoke for a body ("Mr Chatzis, speaking for ICAT"); `body`
 * is folded words. The pattern is built once, and the reader applied to each candidate passage.
 */
export function speaksForReader(body: string): (passage: Passage) => boolean {
  const words = body.split(' ').filter((word) => /^[a-z0-9&'’.-]+$/.test(word)).map((word) => word.replace(/[.&'’-]/g, '\\$&')).join('\\s+');
  if (words === '') return () => false;
  const pattern = patternOf(`\\b(?:speaking|spoke|speaks|said|says|talking) (?:for|on behalf of) (?:the )?${words}\\b`);
  return (passage) => pattern.test(foldedTextOf(passage));
}

/**
 * Whether a passage holds a verb only as an "-ing" word before another word ("leading policy
 * forum") or after a span of time ("the second year running"), which describes rather than says
 * who does it. `relationUses` finds the verb's uses,
 * with a form of "be" before and the word after.
 */
export function relationAsAdjectiveOnly(passage: Passage, relationUses: RegExp): boolean {
  const text = foldedTextOf(passage);
  const uses = [...text.matchAll(relationUses)];
  if (uses.length === 0) return false;
  return uses.every((use) => !use[1] && /ing$/.test(use[0].split(' ')[0]!)
    && ((use[2] !== undefined && !NOT_A_NOUN.has(use[2].trim())) || AFTER_A_SPAN.test(text.slice(Math.max(0, use.index! - 12), use.index))));
}

/** A span of time before an "-ing" word: "for the second year running" says how long, not who runs anything. */
const AFTER_A_SPAN = /\b(?:years?|times?|days?|months?|weeks?|terms?|sessions?) $/;

/**
 * Whether a passage writes the question's verb only inside names ("United Nations Children's
 * Fund" for "who funds ICAT?", or "UNICEF", which stands for it): capitalised within a sentence,
 * it names something and does not say that anyone does it. `verb` is the verb's stem, and
 * `verbUses` finds its forms, case-insensitively.
 */
export function relationOnlyInNames(index: KnowledgeIndex, passage: Passage, verb: string, verbUses: RegExp): boolean {
  // What introduces the passage counts as its words do ("The Alliance works with the Northern Ports Fund. …").
  const texts = passage.context && passage.context !== passage.text ? [passage.text, passage.context] : [passage.text];
  const uses = texts.flatMap((text) => [...text.matchAll(verbUses)].map((use) => ({ text, use })));
  if (uses.length > 0) {
    return uses.every(({ text, use }) => /^\p{Lu}/u.test(use[0]) && use.index > 0 && !/[.!?:]\s*$/.test(text.slice(Math.max(0, use.index - 3), use.index)));
  }
  // "UNICEF chaired…": the verb is only in the full name of an abbreviation the passage uses.
  return ownTerms(index, passage).some((term) => index.aliases.isToken(term) && index.aliases.longStemsOf(term).includes(verb));
}

/** How a subject stands to a verb in a passage: `undergoes` it, `acts` (does it to something else), or neither (undefined). */
export type SubjectRole = 'undergoes' | 'acts' | undefined;

/**
 * What a passive question's subject does in a passage ("when was ICAT set up?"): `undergoes` when
 * the passage has it undergo the verb or one of its rewordings ("ICAT was formally established",
 * "set up ICAT", "the Fund, launched in 2010", "a Board appointed by …"), `acts` when it only does the verb to something else ("ICAT set up an ad hoc
 * group"), undefined when neither. `subject` is folded words; `verbs` are stems. The patterns are
 * built once, and the returned reader is applied to each candidate passage.
 */
export function subjectRoleReader(subject: string, verbs: readonly string[]): (passage: Passage) => SubjectRole {
  // "the plan of action" is a plan: the head comes before its "of".
  const words = subject.split(' ');
  const of = words.findIndex((word, i) => i > 0 && /^(?:of|for|on|against|to)$/.test(word));
  const headAt = of > 0 ? of - 1 : words.length - 1;
  const head = words[headAt]!.replace(/['’]s$/, '');
  // "the demand paper": "The next decade overview paper was launched" is another paper; the head's own words must be there too.
  const modifiers = words.slice(0, headAt).filter((word) => /^[a-z]{3,}$/.test(word) && !STOP_WORDS.has(word));
  const stems = verbs.filter((verb) => /^[a-z]+$/.test(verb));
  if (!/^[a-z0-9-]+$/.test(head) || stems.length === 0) return () => undefined;
  const verb = `(?:${stems.join('|')})`;
  // "The Trust Fund for Victims of Trafficking in Persons was launched": the head may keep its complement before the verb.
  // "The Global Plan of Action …": the head keeps its complement on either reading.
  const complement = '(?:\\s+(?:for|of|on|against|to)(?:\\s+[a-z\'’-]+){1,6}?)?';
  const undergoes = patternOf(`\\b${head}${complement}\\s+(?:was|were|is|are|has been|had been|have been|been|being)\\s+(?:[a-z]+ly\\s+)?${verb}|\\b${verb}[a-z]*\\s+(?:up\\s+)?(?:[a-z'’-]+\\s+){0,3}?${head}\\b|\\b${head}${complement},?\\s+(?:[a-z]+ly\\s+)?${verb}[a-z]*\\s+(?:in|on|by|at)\\b`);
  // "… said that the Global Plan of Action adopts a human rights-centred approach": there the plan does the adopting.
  const acts = patternOf(`\\b${head}${complement}\\s+(?:[a-z]+ly\\s+)?${verb}`);
  // "Signed: 21 November 2015" in a document titled "… (ACTIP)": a label names what was done to the document's subject.
  const labelled = patternOf(`^${verb}[a-z]*(?: (?:on|in))?:\\s`);
  return (passage) => {
    const text = foldedTextOf(passage);
    if (labelled.test(text) && fold(passage.document.title).includes(head)) return 'undergoes';
    // Both patterns need the subject's head word: most candidates lack it, and a look for it is cheap.
    if (!text.includes(head) || modifiers.some((word) => !text.includes(word))) return undefined;
    if (undergoes.test(text)) return 'undergoes';
    return acts.test(text) ? 'acts' : undefined;
  };
}

/** Words after an "-ing" form that make it a verb ("speaking for ICAT"), not an adjective ("leading policy forum"). */
const NOT_A_NOUN: ReadonlySet<string> = new Set(['for', 'to', 'at', 'on', 'in', 'with', 'about', 'of', 'by', 'from', 'the', 'a', 'an',
  'his', 'her', 'their', 'its', 'as', 'against', 'and', 'or', 'out', 'up', 'over', 'into', 'through', 'on', 'off', 'that', 'this', 'it', 'them']);

/** Whether a passage says "six governments" with no capitalised name after it in the same clause. */
export function countsWithoutNaming(passage: Passage, counted: RegExp): boolean {
  const match = counted.exec(foldedTextOf(passage));
  if (!match) return false;
  const at = match.index + match[0].length - match[1]!.length;
  return !/[A-ZÀ-Ý]/u.test(passage.text.slice(at, at + match[1]!.length));
}

/** A passage's context and text, folded, without hyphens ("co-chair" → "cochair"), computed once: for quick looks for a stem. */
export function plainTextOf(passage: Passage): string {
  let plain = plainTexts.get(passage);
  if (plain === undefined) plainTexts.set(passage, plain = fold(`${passage.context}\n${passage.text}`).replace(/-/g, ''));
  return plain;
}

const plainTexts = new WeakMap<Passage, string>();

/** A passage's context and text cut into words and stemmed, computed once: for reading whose post it names. */
export function wordsOfPassage(passage: Passage): WordsAndStems {
  let words = passageWords.get(passage);
  if (words === undefined) passageWords.set(passage, words = wordsAndStems(`${passage.context}\n${passage.text}`));
  return words;
}

const passageWords = new WeakMap<Passage, WordsAndStems>();

/** Whether a passage writes a phrase as whole words ("set up", not "sunset up"). */
export function writesPhrase(passage: Passage, phrase: string): boolean {
  return patternOf(`\\b${phrase}\\b`).test(foldedTextOf(passage));
}

/** A passage's folded text, computed once. */
export function foldedTextOf(passage: Passage): string {
  let lower = foldedText.get(passage);
  if (lower === undefined) foldedText.set(passage, lower = fold(passage.text));
  return lower;
}

/** Whether a passage dates its fact to the day (see {@link datesToTheDay}), read once per passage. */
export function datesItToTheDay(passage: Passage): boolean {
  let toTheDay = datedToTheDay.get(passage);
  if (toTheDay === undefined) datedToTheDay.set(passage, toTheDay = datesToTheDay(passage.text));
  return toTheDay;
}

const datedToTheDay = new WeakMap<Passage, boolean>();

/** How much a passage is preferred for holding the question's words side by side, as the question has them ("joint Plan of Action"). */
export function proximity(index: KnowledgeIndex, passage: Passage, pairs: readonly string[]): number {
  if (pairs.length === 0) return 0;
  const text = index.terms[passage.id]!.text;
  return PAIR_BONUS * pairs.filter((pair) => text.includes(pair)).length / pairs.length;
}

/**
 * Whether a passage dates the event a "when" asks about: a date within a few words of one of the
 * event's words ("launched in New York on 4 November 2010"), not only somewhere else in the
 * sentence ("On 18 November 2010 UNODC reported … two weeks after its launch").
 */
export function datesTheEvent(index: KnowledgeIndex, passage: Passage, eventTerms: ReadonlySet<string>): boolean {
  if (eventTerms.size === 0) return false;
  const terms = ownTerms(index, passage);
  let lastDate = -Infinity;
  let lastEvent = -Infinity;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (/^(?:1[6-9]|20)\d\d$/.test(term) || MONTH_STEMS.has(term)) lastDate = i;
    if (eventTerms.has(term)) lastEvent = i;
    if (Math.abs(lastDate - lastEvent) <= EVENT_DATE_DISTANCE) return true;
  }
  return false;
}

/** Whether a question-and-answer pair asks "how many" and answers with a number ("Q: How many …? A: 57."). Linear: one cut at the first "?". */
function countedByItsAnswer(text: string): boolean {
  const end = text.indexOf('?');
  const answer = text.slice(end + 1);
  return end > 0 && QUESTION_LINE.test(text) && /\bhow many\b/i.test(text.slice(0, end))
    && ANSWER_LINE.test(answer) && /^\s*(?:about |around |some |over |more than )?\d/i.test(answer.replace(ANSWER_LINE, ''));
}

/**
 * Whether a passage gives a number of what a "how many" asks about: a number (or a number word)
 * within a few analysed words before one of its terms ("31 member organizations", "12 of the 193
 * Member States" for countries), or the terms then a number ("members: 31"). Lists count their items.
 * A name between the number and the noun that the question does not give (`asked`) makes it
 * someone else's count ("five ISTAC members" for ICAT's members).
 */
export function countsTheAsked(index: KnowledgeIndex, passage: Passage, counted: ReadonlySet<string>, asked: ReadonlySet<string> = new Set()): boolean {
  // A list counts its items, unless it picks some of them ("including the following:", "The first six principles …:").
  if (passage.kind === 'list') return !SELECTION.test(passage.text) && passage.text.search(FIRST_FEW) < 0;
  // "The number of ICAT member organizations …, as follows: 2019: 24 entities": the lead-in says what the item's number counts.
  if (passage.itemOf !== undefined && ITEM_COUNT.test(passage.text.replace(/^\s*(?:19|20)\d\d\s*:/, '')) && leadInCounts(index, passage, counted)) return true;
  const terms = ownTerms(index, passage);
  // "Q: How many participating States …? A: 57.": the answer's number counts what its question does.
  if (countedByItsAnswer(passage.text)) return terms.some((term) => counted.has(term) || counted.has(unqualified(term)));
  let lastNumber = -Infinity;
  let lastCounted = -Infinity;
  const units = hyphenatedUnits(passage);
  const symbols = numbersCountingNone(passage);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    // "report A/HRC/10/64 presents the Principles": a document symbol's numbers count nothing,
    // nor does a name's number ("Guideline 2 covers …", "Tier 1").
    if (symbols.size > 0 && symbols.has(term)) continue;
    // An ordinal ("the first four") is a position, no count.
    if ((/^\d/.test(term) && !/^\d+(?:st|nd|rd|th)$/.test(term)) || NUMBER_WORDS.has(term)) {
      lastNumber = i;
      // "Trustees serve a three-year term": a number joined to the word after it counts that word, not the trustees before.
      if (i - lastCounted <= 2 && !(units.size > 0 && units.has(terms[i + 1] ?? ''))) return true;
    }
    if (counted.has(term) || counted.has(unqualified(term))) {
      lastCounted = i;
      // "five ISTAC members" counts ISTAC's members, not ICAT's: a name between the number and the noun that the question does not give.
      if (i - lastNumber <= COUNT_DISTANCE && !anotherNameBetween(index, terms, lastNumber, i, asked)) return true;
    }
  }
  return false;
}

/** A number in an item that is no year: "24 entities", "nearly 30". */
const ITEM_COUNT = /\b(?!(?:19|20)\d\d\b)\d+\b/;

/** Whether an item's lead-in speaks of the number of what is counted ("The number of ICAT member organizations …"). */
function leadInCounts(index: KnowledgeIndex, passage: Passage, counted: ReadonlySet<string>): boolean {
  let terms = leadInNumberTerms.get(passage);
  if (terms === undefined) {
    const context = fold(passage.context);
    terms = /\b(?:number|count|total|how many|size)\b/.test(context) ? new Set(index.analyseForMatching(context).split(' ')) : NO_TERMS;
    leadInNumberTerms.set(passage, terms);
  }
  return terms.size > 0 && [...counted].some((term) => terms!.has(term));
}

const leadInNumberTerms = new WeakMap<Passage, ReadonlySet<string>>();
const NO_TERMS: ReadonlySet<string> = new Set();

/** A lead-in that names the first or last few of a larger set ("The first six principles set the tone:"), with the number. */
const FIRST_FEW = /\bthe (?:first|last|top) (\d+|two|three|four|five|six|seven|eight|nine|ten)\b/gi;

/** A capitalised word and the number that names it: "Guideline 2", "Tier 1", "Issue Brief 03" (not a year: "In 2021"). */
const NAME_NUMBER = /\b(\p{Lu}\p{Ll}+) (\d{1,3})\b(?![.,]\d)/gu;

/** Words before a number that make it a count or an estimate, never a name's number: "Its 25", "Nearly 30", "Some 40". */
const QUANTIFYING: ReadonlySet<string> = new Set([...STOP_WORDS, 'nearly', 'around', 'roughly', 'almost', 'approximately', 'circa', 'exactly', 'another', 'only']);

/**
 * The numbers of a passage that count nothing of all there are, read once per passage: those
 * inside its document symbols ("10" and "64" of "A/HRC/10/64"), those that name a thing ("2" of
 * "Guideline 2") and those of a few picked out ("six" of "the first six principles").
 */
function numbersCountingNone(passage: Passage): ReadonlySet<string> {
  let numbers = uncountingNumbers.get(passage);
  if (!numbers) {
    const text = foldedTextOf(passage);
    const inSymbols = text.includes('/') ? [...text.matchAll(DOCUMENT_SYMBOL)].flatMap((match) => match[0].split(/[/.]/).filter((part) => /^\d+$/.test(part))) : [];
    // "Its 25 Commissioners", "Some 40 states": a function word before a number opens a count, it is no name.
    const ofNames = [...passage.text.matchAll(NAME_NUMBER)].filter((match) => !QUANTIFYING.has(fold(match[1]!))).map((match) => match[2]!.replace(/^0+(?=\d)/, ''));
    // "The first six principles set the tone": six of them, not how many there are.
    const picked = [...text.matchAll(FIRST_FEW)].map((match) => stem(match[1]!));
    numbers = inSymbols.length + ofNames.length + picked.length > 0 ? new Set([...inSymbols, ...ofNames, ...picked]) : NO_NUMBERS;
    uncountingNumbers.set(passage, numbers);
  }
  return numbers;
}

const uncountingNumbers = new WeakMap<Passage, ReadonlySet<string>>();
const NO_NUMBERS: ReadonlySet<string> = new Set();

/** A number joined by a hyphen to the word it measures: "three-year", "10-day", "two-thirds". */
const HYPHENATED_NUMBER = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred)-([a-z]+)\b/g;

/** The stems of the words a passage's numbers are hyphenated to ("year" of "three-year"). */
function hyphenatedUnits(passage: Passage): ReadonlySet<string> {
  const units = new Set<string>();
  for (const match of foldedTextOf(passage).matchAll(HYPHENATED_NUMBER)) units.add(stem(match[1]!));
  return units;
}

/** Whether a term between two positions is a name the question does not give. */
function anotherNameBetween(index: KnowledgeIndex, terms: readonly string[], from: number, to: number, asked: ReadonlySet<string>): boolean {
  for (let k = from + 1; k < to; k++) if (index.isName(terms[k]!) && !asked.has(terms[k]!)) return true;
  return false;
}

/** How many analysed words may stand between a number and what it counts ("12 of the 193 Member States"). */
const COUNT_DISTANCE = 4;

const NUMBER_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'thirti', 'forti', 'fifti', 'hundr', 'thousand', 'dozen', 'sever', 'half', 'third']);

/** How many analysed words apart an event and its date may stand (stop words are not counted). */
const EVENT_DATE_DISTANCE = 4;

/** Month names as the analysis stems them. */
export const MONTH_STEMS: ReadonlySet<string> = new Set(['januari', 'februari', 'march', 'april', 'mai', 'june', 'juli', 'august', 'septemb', 'octob', 'novemb', 'decemb']);

/** The most a passage gains from holding every pair of the question's consecutive words side by side. */
const PAIR_BONUS = 0.06;

const PERSON_NAME = /(?<!^|[.!?:"“]\s)\b[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+[A-ZÀ-Ý]\.)?\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+/gu;

const HONORIFIC = /\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[A-ZÀ-Ý]/u;

/**
 * Whether a text names a person: two capitalised words, one of them neither a title word nor an
 * English word ("Ghada Waly", "Valiant Richey"; not "Executive Director", nor "the Global Migration
 * Group", whose words WordNet writes in lower case).
 */
export function namesAPerson(passage: Passage): boolean {
  let names = personNamed.get(passage);
  if (names === undefined) personNamed.set(passage, names = textNamesAPerson(passage.text));
  return names;
}

const personNamed = new WeakMap<Passage, boolean>();

/** A capitalised word that is only a name: no title ("Director") and no English word ("Migration") in lower case. */
function isProperNameWord(word: string): boolean {
  const bare = fold(word.replace(/[.,]$/, ''));
  // (A function word capitalised in a title, "Violence Against Children", is no name either: WordNet lists no function words.)
  return !TITLE_STEMS.has(stem(bare)) && !STOP_WORDS.has(bare) && !isLowerCaseWord(bare.replace(/['’]s$/, ''));
}

/** Two capitalised words that open a text, after an item's year or a field's label: "Ghada Waly, …", "2023: Ghada Waly", "Secretary General at time of …: Valdecy Urquiza". */
const LEADING_NAME = /^(?:(?:19|20)\d\d\s*[–-]\s*|[^:.!?]{1,80}:\s*)?([A-ZÀ-Ý][a-zà-ÿ]+)\s+([A-ZÀ-Ý][a-zà-ÿ'’-]+)\b/u;

function textNamesAPerson(text: string): boolean {
  return HONORIFIC.test(text) || personNamesIn(text).length > 0;
}

/**
 * The people a text names, each as the words written: capitalised words of which one is only a
 * name ("Valiant Richey"), and the two that open it ("Ghada Waly, Executive Director…"), also
 * after an item's label ("2023: Ghada Waly, …") or a field's ("Secretary General at time of
 * Liberterra III results: Valdecy Urquiza").
 */
function personNamesIn(text: string): string[] {
  const names = [...text.matchAll(PERSON_NAME)].map((match) => match[0]).filter((name) => name.split(/\s+/).some(isProperNameWord));
  const leading = LEADING_NAME.exec(text);
  // "Anna Berg, Special Envoy for …": two capitalised words set off by a title after a comma are a person, even words English has ("berg").
  if (leading !== null && !STOP_WORDS.has(leading[1]!.toLowerCase())
    && (isProperNameWord(leading[1]!) || isProperNameWord(leading[2]!) || titleFollows(text.slice(leading.index + leading[0].length)))) {
    names.push(`${leading[1]} ${leading[2]}`);
  }
  return names;
}

/** Whether a text opens with a comma and a capitalised title ("…, Special Envoy for …", ", Executive Director of …"). */
function titleFollows(rest: string): boolean {
  const words = /^,\s+((?:[A-Z][\p{L}-]*\s+){0,2}[A-Z][\p{L}-]*)/u.exec(rest)?.[1]?.split(/\s+/) ?? [];
  return words.some((word) => TITLE_STEMS.has(stem(fold(word))));
}

/**
 * Whether a passage's text names a person besides those whose names a question gives ("who took
 * over from Poznanski?" is not answered by "Grzegorz Poznanski represented the CBSS": he is the one
 * named, not the one asked for). `given` holds the folded words of the names given.
 */
export function namesAnotherPerson(passage: Passage, given: ReadonlySet<string>): boolean {
  const isGiven = (word: string) => given.has(fold(word.replace(/[.,]$/, '').replace(/['’]s$/, '').replace(/['’]/g, '')));
  const speaker = passage.speaker?.split(/\s+/);
  if (speaker && speaker.some(isProperNameWord) && !speaker.some(isGiven)) return true;
  return personNamesIn(passage.text).some((name) => !name.split(/\s+/).some(isGiven));
}

/** Whether a passage's own text names someone or something the question does not. */
export function namesSomeoneNew(index: KnowledgeIndex, passage: Passage, asked: ReadonlySet<string>): boolean {
  if (passage.speaker) return true;
  return ownTerms(index, passage).some((term) => !asked.has(term) && index.isName(term));
}

/** A passage's own analysed terms, split once per index and passage. */
export function ownTerms(index: KnowledgeIndex, passage: Passage): readonly string[] {
  let cache = ownTermCache.get(index);
  if (!cache) ownTermCache.set(index, cache = []);
  return (cache[passage.id] ??= index.terms[passage.id]!.text.split(' ').filter(Boolean));
}

const ownTermCache = new WeakMap<KnowledgeIndex, (readonly string[] | undefined)[]>();

/**
 * How much a sentence reads as a definition of its subject: the subject (by any of its names) is
 * followed by "is", "are", "was" or "refers to", with at most a bracket or an aside in between,
 * as in "… Persons (ICAT) is the UN's leading policy forum"; a person also by an apposition.
 */
export function definesSubject(passage: Passage, subjectNames: readonly string[], person: boolean): number {
  const lower = foldedTextOf(passage);
  let best = 0;
  for (const name of subjectNames) {
    const at = lower.indexOf(name);
    const before = lower.slice(0, at);
    // "The aim of ICAT is …" is about the aim, not a definition of ICAT.
    if (at < 0 || at > 160 || /,|;|\b(that|which|who|when|while|and is|during)\b/.test(before) || /\b(of|for|by|on|to|with|from|about)\s*$/.test(before)) continue;
    const after = lower.slice(at + name.length);
    const verb = DEFINING_VERB.exec(after);
    // "X is a policy forum" defines X; "X is coordinated by Y" only says something about it.
    if (verb) best = Math.max(best, /^\s*(a|an|the|one)\b/.test(after.slice(verb[0].length)) ? DEFINITION_BONUS : STATEMENT_BONUS);
    // "Valiant Richey, OSCE Special Representative …": a person is introduced by an apposition.
    else if (person && /^,\s/.test(after)) best = Math.max(best, DEFINITION_BONUS);
  }
  return best;
}

/** How much a sentence that defines the subject ("X is a …") is preferred; one that states something of it ("X is coordinated by …"), less. */
const DEFINITION_BONUS = 0.12;

const STATEMENT_BONUS = 0.06;

/** Passages' folded text, computed on first use. */
const foldedText = new WeakMap<Passage, string>();

const DEFINING_VERB = /^[a-z]{0,2}['’]?\)?\s*(\([^)]{0,80}\)\s*)?(,[^,]{1,120},\s*)?(is|are|was|were|refers to|means|remains)\b/;

/**
 * The sentence a back-pointing one leans on ("Ten crews applied in the same month.", "The same
 * speaker said …"): the one before it in its paragraph; undefined for a sentence that stands alone.
 */
export function antecedentOf(index: KnowledgeIndex, passage: Passage): Passage | undefined {
  if (!passage.features.anaphoric || passage.previous === undefined) return undefined;
  const before = index.passages[passage.previous];
  return before?.paragraph === passage.paragraph ? before : undefined;
}
