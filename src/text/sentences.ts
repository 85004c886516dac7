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
  const boundary = /[.!?]+["'”’)\]]*\s+(?=["'“‘(\[]?[A-Z0-9À-Ý])/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    const before = text.slice(start, match.index + 1);
    const lastWord = /([A-Za-z.]+)\.$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (ABBREVIATIONS.has(lastWord.replace(/\.$/, '')) || /^[a-z]$/.test(lastWord)) continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
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
