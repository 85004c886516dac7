import { doubleMetaphone } from 'double-metaphone';
import type { KnowledgeIndex } from '../search/knowledge-index.js';

/**
 * "resolushun", "poznansky", "secretery": a typed word spelled as it sounds, too far from the
 * knowledge's word for a slip of one or two letters, is the word that sounds the same. Sounds are
 * compared by Double Metaphone (the `double-metaphone` package), which reads English spelling
 * rules ("-tion" and "-shun" alike, "ph" as "f", doubled letters as one).
 */

/** A sound-alike word of the knowledge, with its stem. */
export interface SoundAlike {
  word: string;
  stem: string;
}

/** The shortest typed word read by its sound: shorter words sound like too many others. */
const MIN_LENGTH = 5;
/** The longest word read by its sound: no English word is longer, and comparing letter pairs costs the square of the length. */
const MAX_LENGTH = 40;
/** The most letters a sound-alike may differ in length from the typed word. */
const MAX_LENGTH_DIFFERENCE = 3;

/** Options for {@link soundAlikeOf}. */
export interface SoundAlikeOptions {
  /** Only words whose stem this accepts (a name's other half, say). Default: any. */
  accept?: (stem: string) => boolean;
  /** The least share of letter pairs in common (see letterPairsShared). Default 0.5; less where `accept` is strict. */
  minSharedLetterPairs?: number;
}

/**
 * The knowledge's word that sounds like `surface` and starts with the same letter, the one the
 * most passages write when several do (ties alphabetically); undefined when none does.
 */
export function soundAlikeOf(index: KnowledgeIndex, surface: string, options: SoundAlikeOptions = {}): SoundAlike | undefined {
  const { accept, minSharedLetterPairs = MIN_SHARED_LETTER_PAIRS } = options;
  if (surface.length < MIN_LENGTH || surface.length > MAX_LENGTH || !/^[a-z]+$/.test(surface)) return undefined;
  const byKey = keysOf(index);
  const [primary, secondary] = doubleMetaphone(surface);
  let best: (SoundAlike & { passages: number }) | undefined;
  for (const key of new Set([primary, secondary])) {
    for (const candidate of byKey.get(key) ?? []) {
      if (candidate.word[0] !== surface[0] || Math.abs(candidate.word.length - surface.length) > MAX_LENGTH_DIFFERENCE) continue;
      // Sounds drop vowels ("forrest" sounds like "first"): the letters must also be mostly the same, pair by pair.
      if (letterPairsShared(candidate.word, surface) < minSharedLetterPairs || (accept && !accept(candidate.stem))) continue;
      if (!best || candidate.passages > best.passages || (candidate.passages === best.passages && candidate.word < best.word)) best = candidate;
    }
  }
  return best ? { word: best.word, stem: best.stem } : undefined;
}

/** The least share of letter pairs a sound-alike shares with the typed word ("resolushun" and "resolution": 0.56). */
const MIN_SHARED_LETTER_PAIRS = 0.5;

/** The Dice coefficient of two words' pairs of adjacent letters: 1 for the same pairs, 0 for none in common. */
function letterPairsShared(a: string, b: string): number {
  const pairs = (word: string) => Array.from({ length: word.length - 1 }, (_, i) => word.slice(i, i + 2));
  const left = pairs(a);
  const right = pairs(b);
  const unmatched = [...right];
  let shared = 0;
  for (const pair of left) {
    const at = unmatched.indexOf(pair);
    if (at >= 0) { shared++; unmatched.splice(at, 1); }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * Sounds out the knowledge's words once, before the first question (about 20 ms for two thousand
 * words), so no question waits for it. Later calls for the same index do nothing.
 */
export function prepareSoundAlikes(index: KnowledgeIndex): void {
  keysOf(index);
}

/** Per index, the vocabulary's words by their sound keys, built on first use. */
const soundKeys = new WeakMap<KnowledgeIndex, Map<string, (SoundAlike & { passages: number })[]>>();

function keysOf(index: KnowledgeIndex): Map<string, (SoundAlike & { passages: number })[]> {
  let byKey = soundKeys.get(index);
  if (byKey) return byKey;
  byKey = new Map();
  for (const [word, entry] of index.vocabulary) {
    if (word.length < MIN_LENGTH - 1 || word.length > MAX_LENGTH + MAX_LENGTH_DIFFERENCE || !/^[a-z]+$/.test(word) || entry.passages === 0) continue;
    for (const key of new Set(doubleMetaphone(word))) {
      const list = byKey.get(key) ?? [];
      list.push({ word, stem: entry.stem, passages: entry.passages });
      byKey.set(key, list);
    }
  }
  soundKeys.set(index, byKey);
  return byKey;
}
