/** A month's name, full or abbreviated, as a pattern to build on (case-insensitive use). */
export const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** A date as written, to the precision the text gives: a year, perhaps a month, perhaps a day. */
export interface WrittenDate {
  year: number;
  /** 1–12, when the text names the month. */
  month?: number;
  /** 1–31, when the text gives the day. */
  day?: number;
}

const MONTH_NUMBERS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "30 July 2010", "July 30, 2010", "July 2010", "2010-07-30", or a year alone. */
const DATE = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\.?,?\\s+((?:19|20)\\d\\d)|(${MONTH})\\.?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?((?:19|20)\\d\\d)|((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)|((?:19|20)\\d\\d))\\b`,
  'gi',
);

/**
 * The date a short answer gives for its fact: of the dates it writes, the most precise one in the
 * year it names first ("2017: Issue Brief 04 … (September 2017)" is September 2017). Undefined
 * when the text writes no year. Linear in the text.
 *
 * @example dateOfAnswer('ICMPD joined ICAT in 2016.') // { year: 2016 }
 */
export function dateOfAnswer(text: string): WrittenDate | undefined {
  let best: WrittenDate | undefined;
  for (const match of text.matchAll(DATE)) {
    const date = readDate(match);
    if (best && date.year !== best.year) continue;
    if (!best || precision(date) > precision(best)) best = date;
  }
  return best;
}

/**
 * Which of two dates is earlier: a negative number when `a` is, positive when `b` is, and
 * undefined when what they write cannot tell (the same year, one of them without its month).
 */
export function compareDates(a: WrittenDate, b: WrittenDate): number | undefined {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return undefined;
  if (a.month !== b.month) return a.month - b.month;
  if (a.day === undefined || b.day === undefined || a.day === b.day) return undefined;
  return a.day - b.day;
}

function readDate(match: RegExpMatchArray): WrittenDate {
  const [, day1, month1, year1, month2, day2, year2, isoYear, isoMonth, isoDay, yearAlone] = match;
  if (year1) return withParts(year1, monthNumber(month1!), day1);
  if (year2) return withParts(year2, monthNumber(month2!), day2);
  if (isoYear) return withParts(isoYear, Number(isoMonth), isoDay);
  return { year: Number(yearAlone) };
}

function withParts(year: string, month: number, day: string | undefined): WrittenDate {
  return { year: Number(year), month, ...(day ? { day: Number(day) } : {}) };
}

function monthNumber(name: string): number {
  return MONTH_NUMBERS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function precision(date: WrittenDate): number {
  return date.day !== undefined ? 2 : date.month !== undefined ? 1 : 0;
}
