import { fold } from './fold.js';

/**
 * Splits text into folded surface words, in order. A hyphenated word yields its parts and the
 * joined form ("co-operation" → "co", "operation", "cooperation") so that either spelling
 * matches; a possessive "'s" is dropped. Numbers stay words ("2020", "19").
 *
 * @example surfaceWords("UN Women's co-chair in 2019") // ['un', 'women', 'co', 'chair', 'cochair', 'in', '2019']
 */
export function surfaceWords(text: string): string[] {
  const words: string[] = [];
  const folded = fold(text);
  for (const match of folded.matchAll(/[a-z0-9]+(?:['-][a-z0-9]+)*/g)) {
    const raw = match[0].replace(/'s$/, '').replace(/'/g, '');
    if (!raw.includes('-')) {
      words.push(raw);
      continue;
    }
    const parts = raw.split('-').filter(Boolean);
    words.push(...parts);
    if (!parts.every((part) => /^\d+$/.test(part))) words.push(parts.join(''));
  }
  return words;
}
