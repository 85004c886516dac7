/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st no nos vol art para e.g i.e etc vs cf al jan feb mar apr jun jul aug sep sept oct nov dec u.n u.s fig ed eds'.split(' '),
);

/**
 * Splits a paragraph into sentences. A full stop after a known abbreviation ("Mr.", "e.g.") or a
 * single initial ("V. Richey") does not end a sentence; closing quotes and brackets stay with the
 * sentence they close.
 *
 * @example splitSentences('He spoke. V. Richey added: “Yes.” Then left.')
 * // ['He spoke.', 'V. Richey added: “Yes.”', 'Then left.']
 */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const sentences: string[] = [];
  let start = 0;
  // Where the quotation open at the scan's place began (-1: none): straight quotes toggle, curly ones nest.
  let quoteOpenedAt = -1;
  let curlyDepth = 0;
  // One left-to-right scan; every character is looked at a bounded number of times (a pattern with
  // adjacent quantifiers took 29 s on a 100 KB run of "!").
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') quoteOpenedAt = quoteOpenedAt < 0 ? i : -1;
    else if (char === '“') { if (curlyDepth++ === 0) quoteOpenedAt = i; }
    else if (char === '”' && curlyDepth > 0 && --curlyDepth === 0) quoteOpenedAt = -1;
    if (!SENTENCE_END.has(char)) continue;
    const punctuationAt = i;
    let end = i;
    while (end < text.length && SENTENCE_END.has(text[end]!)) end++;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    // A closing quote passed over ends the quotation.
    if (quoteOpenedAt >= 0 && /["”]/.test(text.slice(i + 1, end))) { quoteOpenedAt = -1; curlyDepth = 0; }
    i = end - 1;
    if (text[end] !== ' ' || !opensSentence(text, end + 1)) continue;
    // A short quotation within a sentence is one phrase, full stops and all: the motto "One Voice.
    // One Mission." is not two sentences. (A quotation that opens the sentence is speech, read sentence by sentence.)
    if (quoteOpenedAt > start && closesSoon(text, quoteOpenedAt, end)) continue;
    end++;
    const lastWord = wordBefore(text, punctuationAt, start);
    // "H.R. 2601", "the U.K. Home Office": letters with full stops between them are initials, not a sentence's end.
    if (ABBREVIATIONS.has(lastWord.replace(/\.$/, '')) || /^[a-z]$/.test(lastWord) || /^(?:[a-z]\.)+[a-z]$/.test(lastWord)) continue;
    // "AG/RES. 2551 (XL-O/10)", "CP/RES. 889": a document symbol's parts are parted by a full stop before its number.
    if (text[punctuationAt] === '.' && text[punctuationAt - lastWord.length - 1] === '/' && /\d/.test(text[end] ?? '')) continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
    i = end - 1;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** The longest quotation read as one phrase whatever full stops it holds (a motto, a title, a slogan). */
const SHORT_QUOTATION = 80;

/** Whether the quotation opened at `openedAt` closes within {@link SHORT_QUOTATION} characters of its start, after `from`. */
function closesSoon(text: string, openedAt: number, from: number): boolean {
  const limit = Math.min(text.length, openedAt + SHORT_QUOTATION);
  for (let at = from; at < limit; at++) if (text[at] === '"' || text[at] === '”') return true;
  return false;
}

const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[']);
const SENTENCE_START = /[A-Z0-9À-Ý]/;

/** A sentence starts at `at`: a capital or digit, perhaps after one opening quote or bracket. */
function opensSentence(text: string, at: number): boolean {
  const first = text[at] ?? '';
  if (SENTENCE_START.test(first)) return true;
  return OPENERS.has(first) && SENTENCE_START.test(text[at + 1] ?? '');
}

/**
 * The word ("Mr", "e.g", "V") before a full stop at `dot`, lower case: the run of letters and
 * dots that ends there, not reaching back before `from`. Empty unless `dot` is a full stop.
 */
function wordBefore(text: string, dot: number, from: number): string {
  if (text[dot] !== '.') return '';
  let at = dot;
  while (at > from && /[A-Za-z.]/.test(text[at - 1]!)) at--;
  return text.slice(at, dot).toLowerCase();
}

/**
 * Makes a sentence cut out of a quotation read as a quotation: adds the opening or closing curly
 * quote that the cut left on another sentence.
 */
export function balanceQuotes(sentence: string): string {
  const opens = (sentence.match(/“/g) ?? []).length;
  const closes = (sentence.match(/”/g) ?? []).length;
  if (opens > closes) return `${sentence}”`;
  if (closes > opens) return `“${sentence}`;
  return sentence;
}
