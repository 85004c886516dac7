// Lists written inside a sentence: "The four lessons are, in order: what it is; its signs; reporting;
// and a quiz." Read as lists, so "lesson #3" and "the last lesson" are answered as for a bulleted list.

/** A list a sentence writes after a colon: the words before the colon, and its items. */
export interface InlineList {
  /** What introduces the items, without the colon ("The four lessons are, in order"). */
  leadIn: string;
  items: string[];
}

/** The fewest items a list separated by semicolons has; two are read as a sentence's clauses. */
const MIN_SEMICOLON_ITEMS = 3;

/** The most characters of a sentence read for a list; a longer one is prose. */
const MAX_SENTENCE = 600;

/** A count in words or digits, as a lead-in gives it ("three Vienna-based members", "11 clusters"). */
const COUNTS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/**
 * The list a sentence writes after its colon, when it is plainly one:
 * - items separated by semicolons, three or more ("… lines of work: accelerating action; research;
 *   and driving innovation.");
 * - or items separated by commas and a last "and", exactly as many as the lead-in counts ("three
 *   Vienna-based members: UNODC, the OSCE and ICMPD"); without a count, commas may be inside an item.
 * Undefined for any other sentence. A "Label: value" line is no list. Linear in the sentence.
 */
export function inlineListOf(sentence: string): InlineList | undefined {
  if (sentence.length > MAX_SENTENCE) return undefined;
  const colon = sentence.indexOf(': ');
  if (colon < 0) return undefined;
  const leadIn = sentence.slice(0, colon).trim();
  // A label ("Seat: Vienna") is one field, not a list's introduction.
  if (!/\s\S+\s/.test(leadIn) || /[;:]/.test(leadIn)) return undefined;
  const body = sentence.slice(colon + 2).trim().replace(/[.!]$/, '');
  const semicolonItems = body.split(/\s*;\s*/).map(withoutConjunction).filter(Boolean);
  if (semicolonItems.length >= MIN_SEMICOLON_ITEMS) return { leadIn, items: semicolonItems };
  if (body.includes(';')) return undefined;
  const count = countIn(leadIn);
  if (count === undefined) return undefined;
  const commaItems = body.split(/\s*,\s*|\s+(?:and|or)\s+/).map(withoutConjunction).filter(Boolean);
  return commaItems.length === count ? { leadIn, items: commaItems } : undefined;
}

/** An item without the "and" or "or" that joins the last one. */
function withoutConjunction(item: string): string {
  return item.replace(/^(?:and|or)\s+/i, '').trim();
}

/** The count a lead-in gives ("four areas", "11 clusters"), if one. */
function countIn(leadIn: string): number | undefined {
  for (const word of leadIn.toLowerCase().split(/\s+/)) {
    if (COUNTS[word] !== undefined) return COUNTS[word];
    if (/^\d{1,2}$/.test(word) && Number(word) >= 2) return Number(word);
  }
  return undefined;
}
