/** The longest text the guard reads: a report is said in its first lines, and the cap keeps every check linear and cheap. */
export const MAX_GUARDED_LENGTH = 2000;

/**
 * Splits a message into lower-case words for the safeguarding guard, in one pass over the
 * characters (no regular expression can backtrack on what a user typed). Contractions are opened
 * into the words a reader hears, so one lexicon covers "can't", "cannot" and "can not":
 * "can't" → `can not`, "won't" → `will not`, "she's" → `she is`, "I'm" → `i am`; a possessive
 * keeps its word and adds `'s` ("neighbour's" → `neighbour 's`).
 */
export function guardTokens(text: string): string[] {
  const source = String(text ?? '').slice(0, MAX_GUARDED_LENGTH).toLowerCase();
  const tokens: string[] = [];
  // Where the word being read starts, or -1: a word is one run of the source, cut out when it ends.
  let start = -1;
  let curly = false;
  const flush = (end: number) => {
    if (start < 0) return;
    const word = source.slice(start, end);
    for (const token of openContraction(curly ? word.replace(/\u2019/g, "'") : word)) tokens.push(token);
    start = -1;
    curly = false;
  };
  let i = 0;
  while (i < source.length) {
    const code = source.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isWordChar(code, source, i, width)) {
      if (start < 0) start = i;
    } else if ((code === APOSTROPHE || code === RIGHT_QUOTE) && start >= 0) {
      if (code === RIGHT_QUOTE) curly = true;
    } else {
      flush(i);
    }
    i += width;
  }
  flush(source.length);
  return tokens;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** A lower-case ASCII letter or digit, or a letter past Latin-1's symbols; ASCII is told without making strings. */
function isWordChar(code: number, source: string, at: number, width: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  if (code <= 0xbf) return false;
  const char = source.slice(at, at + width);
  return char.toLowerCase() !== char.toUpperCase();
}

const WHOLE: Record<string, string[]> = {
  "can't": ['can', 'not'], "cannot": ['can', 'not'], "won't": ['will', 'not'], "i'm": ['i', 'am'], "shan't": ['shall', 'not'],
  "ain't": ['is', 'not'], "let's": ['let', 'us'],
  // The same, typed without the apostrophe, as people do on a phone.
  cant: ['can', 'not'], wont: ['will', 'not'], dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'],
  isnt: ['is', 'not'], arent: ['are', 'not'], wasnt: ['was', 'not'], werent: ['were', 'not'], havent: ['have', 'not'],
  hasnt: ['has', 'not'], couldnt: ['could', 'not'], wouldnt: ['would', 'not'], shouldnt: ['should', 'not'], im: ['i', 'am'],
  ive: ['i', 'have'], hes: ['he', 'is'], shes: ['she', 'is'], theyre: ['they', 'are'],
};

const PRONOUN_IS = new Set(['she', 'he', 'it', 'that', 'there', 'who', 'what', 'where', 'here']);

function openContraction(raw: string): string[] {
  let end = raw.length;
  while (end > 0 && raw[end - 1] === "'") end--;
  const word = raw.slice(0, end);
  if (WHOLE[word]) return WHOLE[word]!;
  if (!word.includes("'")) return [word];
  const cut = word.indexOf("'");
  const stem = word.slice(0, cut);
  const tail = word.slice(cut + 1);
  if (tail === 't' && stem.endsWith('n')) return [stem.slice(0, -1), 'not'];
  if (tail === 's') return PRONOUN_IS.has(stem) ? [stem, 'is'] : [stem, "'s"];
  if (tail === 're') return [stem, 'are'];
  if (tail === 've') return [stem, 'have'];
  if (tail === 'll') return [stem, 'will'];
  if (tail === 'd') return [stem, 'would'];
  if (tail === 'm') return [stem, 'am'];
  return [stem, tail];
}
