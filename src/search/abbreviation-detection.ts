import { isWhitespace } from '../text/whitespace.js';

/*
 * Reading abbreviations from the text of the knowledge: those it defines ("Full Name (ABBR)") and
 * those it implies (an "ABBR" beside a "Full Name" with those initials). The AliasTable in
 * aliases.ts is built from them, beside the ones glossaries and front matter declare.
 */

/**
 * Finds abbreviations a text defines in the usual way, "Full Name (ABBR)": the capitals of the
 * abbreviation must appear, in order, as initials of the words just before the parenthesis.
 *
 * @example detectDefinedAbbreviations('the United Nations Office on Drugs and Crime (UNODC)')
 * // [{ short: 'UNODC', long: 'United Nations Office on Drugs and Crime' }]
 */
export function detectDefinedAbbreviations(text: string): { short: string; long: string }[] {
  const found: { short: string; long: string }[] = [];
  const add = (short: string, end: number, maxExtraWords: number) => {
    const letters = short.replace(/[^A-Z]/g, '');
    if (letters.length < 2 || letters.length > MAX_ABBREVIATION_LETTERS || !/[A-Z0-9]$/.test(short)) return;
    // Only the words a long form can span are read back, so each definition costs its own length.
    const words = wordsBefore(text, end, letters.length + maxExtraWords + CAPITALISED_EXTRA_WORDS + 1);
    // "…, usually shortened to": the qualifier and the comma are not part of the name.
    if (words.length > 0 && QUALIFYING_WORDS.has(words[words.length - 1]!.toLowerCase())) words.pop();
    if (words.length > 0) words[words.length - 1] = words[words.length - 1]!.replace(/,$/, '');
    const long = longFormBefore(words, letters, maxExtraWords);
    if (long) found.push({ short, long });
  };
  // "Full Name (ABBR)", also with hyphens, slashes or digits: "(OSRSG-VAC)", "(TF-THB)", "(G20)".
  for (const match of text.matchAll(/\(([A-Z][A-Za-z0-9]*(?:[ /-][A-Z0-9][A-Za-z0-9]*){0,3})\)/g)) {
    add(match[1]!, match.index, 5);
  }
  // "Full Name, usually shortened to ABBR", "… known as the ABBR": the full name may be long.
  // The pattern starts at its keyword, so a long run of spaces cannot make it backtrack.
  for (const match of text.matchAll(/\b(?:shortened to|abbreviated (?:as|to)|known as|referred to as) (?:the )?["“]?([A-Z][A-Za-z0-9]*(?:[/-][A-Z0-9][A-Za-z0-9]*){0,3})\b/g)) {
    add(match[1]!, match.index, 12);
  }
  return found;
}

/** Words that may stand between a full name and "shortened to". */
const QUALIFYING_WORDS: ReadonlySet<string> = new Set(['usually', 'commonly', 'often', 'also', 'hereafter', 'hereinafter']);

/** Capitals an abbreviation may have; longer runs of capitals in brackets are not abbreviations. */
const MAX_ABBREVIATION_LETTERS = 16;

/** No real word is longer; reading back stops there, so text without spaces cannot make it quadratic. */
const MAX_WORD_LENGTH = 200;

/**
 * The last `count` whitespace-separated words of `text` before `end`, as
 * `text.slice(0, end).trimEnd().split(/\s+/).slice(-count)` gives them, read backwards so only
 * those words are visited.
 */
function wordsBefore(text: string, end: number, count: number): string[] {
  const words: string[] = [];
  let at = end;
  while (at > 0 && isWhitespace(text.charCodeAt(at - 1))) at--;
  while (words.length < count) {
    const wordEnd = at;
    while (at > 0 && wordEnd - at < MAX_WORD_LENGTH && !isWhitespace(text.charCodeAt(at - 1))) at--;
    words.push(text.slice(at, wordEnd));
    if (at === 0 || !isWhitespace(text.charCodeAt(at - 1))) break;
    while (at > 0 && isWhitespace(text.charCodeAt(at - 1))) at--;
    if (at === 0) { if (words.length < count) words.push(''); break; }
  }
  return words.reverse();
}

/**
 * The shortest run of words ending the text whose initials spell the abbreviation's capitals in
 * order. The initials of capitalised words are tried first: "ASEAN Plan of Action Against
 * Trafficking in Persons, Especially Women and Children (APA)" is the plan, not "Against … and
 * Children", whose "and" gives the last A. Lower-case words count only when capitals alone spell
 * nothing ("Trafficking in Persons (TIP)").
 */
function longFormBefore(words: string[], letters: string, maxExtraWords = 5): string | undefined {
  return longFormSpelledBy(words, letters, maxExtraWords + CAPITALISED_EXTRA_WORDS, true) ?? longFormSpelledBy(words, letters, maxExtraWords, false);
}

/** How many more words a long form spelled by its capitals alone may have: a name's lower-case words do not count toward its initials. */
const CAPITALISED_EXTRA_WORDS = 7;

function longFormSpelledBy(words: string[], letters: string, maxExtraWords: number, capitalsOnly: boolean): string | undefined {
  const maxWords = letters.length + maxExtraWords;
  for (let count = 1; count <= Math.min(maxWords, words.length); count++) {
    const candidate = words.slice(words.length - count);
    const first = candidate[0]!.replace(/^[^A-Za-z]+/, '');
    if (!/^[A-Z]/.test(first) || first[0] !== letters[0]) continue;
    const initials = candidate.flatMap((word) => word.replace(/[’']s$/, '').split('-')).map((part) => part.replace(/^[^A-Za-z]+/, '')[0] ?? '')
      .filter((initial) => !capitalsOnly || /[A-Z0-9]/.test(initial)).join('').toUpperCase();
    if (isSubsequence(letters, initials) && !/[.;:!?]$/.test(candidate.slice(0, -1).join(' '))) {
      // Opening marks, then closing ones; the look-behind reads a run of closing marks once, not from each of its marks.
      return candidate.join(' ').replace(/^[“"(]+/, '').replace(/(?<![,”"])[,”"]+$/, '').replace(/[’']s$/, '');
    }
  }
  return undefined;
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const char of haystack) if (char === needle[i]) i++;
  return i === needle.length;
}

const LINKING_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'against', 'to', 'de', 'du', 'des', 'la', 'le']);

/**
 * Finds abbreviations a text uses without defining them, when the same text also names something
 * whose capitalised words have exactly those initials: "the CBSS" and "the Council of the Baltic
 * Sea States" in one article. A new document thus brings its own abbreviations.
 *
 * @param known - short forms (upper case) already defined elsewhere, skipped
 */
export function detectImpliedAbbreviations(text: string, known: ReadonlySet<string> = new Set()): { short: string; long: string }[] {
  const shorts = new Set([...text.matchAll(/\b[A-Z]{2,6}\b/g)].map((m) => m[0]).filter((short) => !known.has(short)));
  if (shorts.size === 0) return [];
  const words = text.split(/[\s\u00a0]+/).map(bareWord);
  // One pass over the words: from each capitalised word, the initials of the name starting there,
  // at every length an abbreviation can have. The first start to spell a short form wins, as it
  // would by trying each short form from the start (which took 25 s on 400 KB of unique codes).
  const firstLong = new Map<string, string>();
  for (let start = 0; start < words.length; start++) {
    if (!CAPITALISED.test(words[start]!)) continue;
    let initials = '';
    for (let end = start; end < words.length && initials.length < MAX_IMPLIED_LENGTH; end++) {
      const word = words[end]!;
      if (CAPITALISED.test(word)) initials += word[0];
      else if (LINKING_WORDS.has(word)) continue;
      else break;
      const next = words[end + 1];
      if (initials.length >= 2 && shorts.has(initials) && !firstLong.has(initials) && !(next && CAPITALISED.test(next))) {
        firstLong.set(initials, words.slice(start, end + 1).join(' ').replace(/[’']s$/, ''));
      }
    }
  }
  return [...shorts].filter((short) => firstLong.has(short)).map((short) => ({ short, long: firstLong.get(short)! }));
}

/** The longest short form {@link detectImpliedAbbreviations} looks for. */
const MAX_IMPLIED_LENGTH = 6;

const CAPITALISED = /^[A-Z][a-z]/;

/** A word without the quotes, brackets and punctuation around it; trimmed by index, not by pattern. */
function bareWord(word: string): string {
  let from = 0;
  while (from < word.length && LEADING_MARKS.has(word[from]!)) from++;
  let to = word.length;
  while (to > from && TRAILING_MARKS.has(word[to - 1]!)) to--;
  return word.slice(from, to);
}

const LEADING_MARKS = new Set(['“', '"', '‘', '(']);
const TRAILING_MARKS = new Set(['”', '"', '’', ')', ',', '.', ';', ':', '!', '?']);
