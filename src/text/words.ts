import { fold } from './fold.js';

/**
 * Splits text into folded surface words, in order. A hyphenated word yields its parts and the
 * joined form ("co-operation" → "co", "operation", "cooperation") so that either spelling
 * matches; a possessive "'s" is dropped. Numbers stay words ("2020", "19"); one that numbers the
 * word before it loses its padding ("Issue Brief 03" → "3"); a short dotted number is its parts
 * and the two joined ("8.7" → "8", "7", "87"); a hashtag of capitalised words is its words and
 * the whole ("#WearBlueDay" → "wear", "blue", "day", "wearblueday").
 *
 * @example surfaceWords("UN Women's co-chair in 2019") // ['un', 'women', 'co', 'chair', 'cochair', 'in', '2019']
 */
export function surfaceWords(text: string): string[] {
  const words: string[] = [];
  // "#WearBlueDay" is "wear blue day" to whoever types it without the hashtag: read as a hyphenated word is, its parts and all of it.
  const folded = fold(hashtagsHyphenated(text));
  // Most texts have no dotted number: they are split by the plainer pattern, which costs less per character.
  for (const match of folded.matchAll(DOTTED_NUMBER.test(folded) ? WORDS_AND_DOTTED_NUMBERS : WORDS)) {
    const raw = match[0].replace(/'s$/, '').replace(/'/g, '');
    // "Alliance 8.7" is "alliance 87" in chat: a short dotted number is its parts and, joined, the number typed without the dot.
    const dot = raw.indexOf('.');
    if (dot > 0) {
      words.push(raw.slice(0, dot), raw.slice(dot + 1), raw.slice(0, dot) + raw.slice(dot + 1));
      continue;
    }
    if (!raw.includes('-')) {
      words.push(raw.charCodeAt(0) === ZERO && PADDED_NUMBER.test(raw) && numbersAWord(folded, match.index, raw.length) ? raw.replace(/^0+/, '') : raw);
      continue;
    }
    const parts = raw.split('-').filter(Boolean);
    words.push(...parts);
    if (!parts.every((part) => /^\d+$/.test(part))) words.push(parts.join(''));
  }
  return words;
}

/** A text with each hashtag of capitalised words hyphenated between them ("#Wear-Blue-Day"), as {@link surfaceWords} reads it. */
export function hashtagsHyphenated(text: string): string {
  return text.includes('#') ? text.replace(HASHTAG_WORDS, (tag) => tag.replace(/(?<=[a-z])(?=[A-Z])/g, '-')) : text;
}

/** A hashtag of two or more capitalised words run together ("#WearBlueDay", "#EndTrafficking"). */
const HASHTAG_WORDS = /(?<=#)(?:[A-Z][a-z]+){2,}\b/g;

/** Words: letters and digits, joined by apostrophes and hyphens. */
const WORDS = /[a-z0-9]+(?:['-][a-z0-9]+)*/g;
/** …and short dotted numbers as one ("8.7"), not within a date or a longer run ("02.05.2018"). */
const WORDS_AND_DOTTED_NUMBERS = /(?<!\d\.?)\d{1,2}\.\d{1,2}(?!\.?\d)|[a-z0-9]+(?:['-][a-z0-9]+)*/g;
const DOTTED_NUMBER = /\d\.\d/;

const ZERO = 48;
/** A number written with leading zeros ("03"). */
const PADDED_NUMBER = /^0+[1-9]\d?$/;

/**
 * Whether a padded number at `start` numbers the word before it ("Issue Brief 03", which chat
 * calls "brief 3" or "#3"), rather than being part of a date ("09/2017", "02.05.2018"): a word
 * and a space before it, and no date separator after it.
 */
function numbersAWord(text: string, start: number, length: number): boolean {
  const after = text.slice(start + length, start + length + 2);
  return start >= 2 && text[start - 1] === ' ' && /[a-z]/.test(text[start - 2]!) && !/^[/.-]\d/.test(after);
}
