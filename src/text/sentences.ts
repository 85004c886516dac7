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
  // One left-to-right scan; every character is looked at a bounded number of times (a pattern with
  // adjacent quantifiers took 29 s on a 100 KB run of "!").
  for (let i = 0; i < text.length; i++) {
    if (!SENTENCE_END.has(text[i]!)) continue;
    const punctuationAt = i;
    let end = i;
    while (end < text.length && SENTENCE_END.has(text[end]!)) end++;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    i = end - 1;
    if (text[end] !== ' ' || !opensSentence(text, end + 1)) continue;
    end++;
    const lastWord = wordBefore(text, punctuationAt, start);
    if (ABBREVIATIONS.has(lastWord.replace(/\.$/, '')) || /^[a-z]$/.test(lastWord)) continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
    i = end - 1;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
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
