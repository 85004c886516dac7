import { MONTH } from '../text/dates.js';
import { namesAPlace } from './places.js';

/** The kinds of answer a passage can hold, matched against the kind a question expects. */
export interface AnswerFeatures {
  /** A date or a year ("April 2020", "15 December 2020", "2019 – 2020"). */
  date: boolean;
  /** A clock time ("10:30", "3 pm"). */
  time: boolean;
  /** A count, share or amount ("more than 20", "one third", "half", "45%"). */
  number: boolean;
  /** A person's name ("Grzegorz Poznanski"): two or more capitalised words not opening the sentence. */
  name: boolean;
  /** What someone said: a quotation, or reported speech ("he informed that …"). */
  quote: boolean;
  /** How often something happens ("annually", "every two years", "twice a year"). */
  frequency: boolean;
  /** An amount of money ("US$ 2 million", "500,000 dollars", "€10"). */
  money: boolean;
  /** A named place: "in Vienna", "based in Stockholm", "held at Geneva". */
  place: boolean;
  /** Opens with a pronoun ("He", "It", "They") that stands for something named just before. */
  anaphoric: boolean;
}

/** Verbs that report what someone said ("said", "emphasised", "informed"). */
export const REPORTED_SPEECH = /\b(said|says|stated|remarked|added|informed|emphasi[sz]ed|highlighted|noted|stressed|explained|warned|urged|invited|argued|told|declared|announced)\b/i;

/** A sentence ending in ":" introduces what follows it (a quotation, a list). */
export const LEAD_IN = /:[”"]?$/;

/** Words that open a sentence which only makes sense after the one before it. */
export const ANAPHORA = /^["“]?(he|she|it|they|this|these|those|his|her|its|their|both|such|there|the latter|the former)\b/i;

/** A sentence that ends on a pronoun for what it is about: "The 2022 co-chairs, UNODC and ICMPD, produced it." */
const OBJECT_PRONOUN_LAST = /\b(?:it|them)[.!]?$/i;

/** Words inside a sentence that date, place or attribute it by the one before: "in the same year", "that day", "The same speaker …", "In her words: …". */
export const BACK_REFERENCE = /\b(?:the same|that) (?:year|day|month|week|meeting|event|session|period|date)\b|^the same (?:speaker|official|representative|delegate)\b|^(?:by then|since then|until then|by that time|at the time|after that|before that)\b|^(?:in|as) (?:her|his|their) (?:own )?(?:words|view|phrase)\b|^as (?:she|he|they) (?:put|said|noted|stated) it\b/i;

/** The question line of a question-and-answer block ("Q: How many States?"). */
export const QUESTION_LINE = /^(?:q|question) ?:/i;

/** Its answer line ("A: 57."), which means nothing without the question. */
export const ANSWER_LINE = /^\s*(?:a|ans|answer) ?:/i;

const DATE = new RegExp(`\\b(?:(?:1[6-9]|20)\\d\\d|${MONTH}\\b\\.?\\s+\\d{1,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b|\\d{4}-\\d{2}-\\d{2})`, 'i');
const DAY_DATE = new RegExp(`\\b(?:(?<!\\d[-–])\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b\\.?,?\\s+(?:1[6-9]|20)\\d\\d|${MONTH}\\b\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:1[6-9]|20)\\d\\d|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/(?:1[6-9]|20)\\d\\d)\\b`, 'i');

/**
 * Whether a text dates something to the day ("15 December 2020", "Dec. 15, 2020", "2020-12-15"),
 * not only to a month, a year or a span of days ("22-23 November 2021"): of two passages that
 * answer a "when" equally, that one says more.
 */
export function datesToTheDay(text: string): boolean {
  return DAY_DATE.test(text);
}
const TIME = /\b\d{1,2}[:.]\d{2}\s*(?:am|pm|h)?\b|\b\d{1,2}\s*(?:am|pm|o'clock)\b/i;
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|halves|third|thirds|quarters?|fifths?|majority|minority|percent|per cent';
const NUMBER = new RegExp(`\\d|%|\\b(?:${NUMBER_WORDS})\\b`, 'i');
const FREQUENCY = /\b(?:annual(?:ly)?|yearly|monthly|weekly|daily|quarterly|fortnightly|(?:bi|semi)-?annual(?:ly)?|biennial(?:ly)?|triennial(?:ly)?|twice|regularly|every (?:year|month|week|day|\w+ (?:years|months|weeks)|(?:other|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:year|month|week))|(?:once|times) (?:a|per|each) (?:year|month|week)|each year|per year|a year)\b/i;
/**
 * Currency signs and words, or "1.5 million". The number is read backwards from the space before
 * "million" (a look-behind, tried only at a space): read forwards, `\b\d[\d,.]* million`
 * rescanned a run like "1.1.1.1…" from each of its digits, in time quadratic in the run.
 */
const MONEY = /[$€£¥]|\b(?:us\$|usd|eur|dollars?|euros?|pounds sterling|swiss francs|chf)\b| (?<=\b\d[\d,.]* )(?:million|billion|thousand)\b/i;
const PLACE_LABEL = /\b(?:city|country|venue|location|place|where)\s*:\s*[A-ZÀ-Ý]/iu;
/**
 * A named gathering something happened at, which says where as a place does: "at the seventh
 * session of the Conference of the Parties", "at a side event of the Commission". (Not "at their
 * first meeting": a meeting asked about is not where it was.)
 */
const VENUE = /\b(?:at|during) (?:the |a |an )?(?:[a-z0-9-]+ ){0,3}(?:session|conference|summit|forum|congress|side event|symposium) of (?:the )?[A-ZÀ-Ý]/u;
/** A news dateline: a place, then the date ("Vienna, 12 May 2022 – …"). */
const DATELINE = new RegExp(`^(?=\\p{Lu})[a-zà-ÿ]+(?: (?=\\p{Lu})[a-zà-ÿ]+)?, (?:\\d{1,2} ${MONTH}|${MONTH} \\d{1,2})\\b`, 'iu');
const HONORIFIC_NAME = /\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[A-ZÀ-Ý][a-zà-ÿ]+/u;
const NAME = /(?<!^|[.!?:"“]\s)\b[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+[A-ZÀ-Ý]\.)?\s+[A-ZÀ-Ý][a-zà-ÿ]+/u;

/**
 * A document symbol or resolution number: "11/3", "64/293", "A/HRC/10/64", "E/2002/68/Add.1" (and
 * "and/or", which holds no number to remove). Starts only where a word starts, so it is linear.
 */
export const DOCUMENT_SYMBOL = /(?<![A-Za-z0-9.])[A-Za-z0-9.]+(?:\/[A-Za-z0-9.]+)+/g;
/** The first day of a span of days before a date: "27–" of "27–28 May 2010". */
const DAY_SPAN_START = /\b\d{1,2}\s*[–-]\s*(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z])/g;

/**
 * Whether a text names where as a place does ("in Vienna", "Venue: Gdansk", a dateline), not
 * only as a gathering does ("at a side event of the Conference of the Parties"): of two answers to
 * "launched where?", the one that names the city says where.
 */
export function namesAWhere(text: string): boolean {
  return namesAPlace(text) || PLACE_LABEL.test(text) || DATELINE.test(text);
}

/** Reads which kinds of answer a passage's text holds. */
export function answerFeatures(text: string): AnswerFeatures {
  // Counts only: not dates, the first day of a span ("27–28 May 2010"), nor a document symbol's numbers ("11/3", "A/HRC/10/64").
  const withoutDates = text.replace(DOCUMENT_SYMBOL, ' ').replace(DAY_SPAN_START, ' ').replace(new RegExp(DATE.source, 'gi'), ' ');
  return {
    date: DATE.test(text),
    time: TIME.test(text),
    number: NUMBER.test(withoutDates),
    name: NAME.test(text) || HONORIFIC_NAME.test(text) || /^[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý][a-zà-ÿ]+,/u.test(text),
    quote: /[“”"]/.test(text) || REPORTED_SPEECH.test(text),
    frequency: FREQUENCY.test(text),
    money: MONEY.test(text),
    place: namesAWhere(text) || VENUE.test(text),
    anaphoric: ANAPHORA.test(text) || BACK_REFERENCE.test(text) || OBJECT_PRONOUN_LAST.test(text),
  };
}
