import type { AliasEntry, KnowledgeDocument } from '../knowledge/document.js';
import { COMMON_WORDS } from '../lexicon/common-words.js';
import { STOP_WORDS } from '../text/stopwords.js';
import { stem } from '../text/stem.js';
import { contentTerms } from '../text/terms.js';
import { surfaceWords } from '../text/words.js';
import { isWhitespace } from '../text/whitespace.js';
import { StemSequences } from './stem-sequences.js';

/** An abbreviation ready for matching: its entry, its stem sequences and the token that stands for it. */
interface CompiledAlias {
  entry: AliasEntry;
  /** The token indexed wherever either form appears, e.g. "cbss" or "tfthb". */
  token: string;
  shortStems: string[];
  longStems: string[];
  /** Set when the short form is also an English word ("WHO", "IT"): then it matches only in capitals. */
  caseSensitive?: RegExp;
  /** Its place in the table: mentions are reported in this order. */
  order: number;
}

/** One way an abbreviation is written, as stems: its short form or its full name. */
interface Spelling {
  alias: CompiledAlias;
  byShort: boolean;
}

/**
 * The abbreviations the knowledge defines, used to make "CBSS" and "Council of the Baltic Sea
 * States" the same thing to the search. Entries come from glossaries and front matter `aliases`,
 * and from definitions written in the text itself ("Office on Drugs and Crime (UNODC)"), so a new
 * document brings its own abbreviations with no code change.
 */
export class AliasTable {
  private readonly aliases: CompiledAlias[];
  /** Token → its abbreviation, for the per-candidate look-ups of ranking. */
  private readonly byToken = new Map<string, CompiledAlias>();
  /** Both forms of every abbreviation matched by stems, found in one pass over a text. */
  private readonly spellings = new StemSequences<Spelling>();
  /** The abbreviations whose short form is an English word, matched in capitals by their pattern. */
  private readonly inCapitals: CompiledAlias[] = [];

  /** @param entries - abbreviations; the first entry for a short form wins. */
  constructor(entries: readonly AliasEntry[]) {
    const seen = new Set<string>();
    this.aliases = [];
    for (const entry of entries) {
      const key = entry.short.toUpperCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const compiled = compile(entry, this.aliases.length);
      if (compiled) {
        this.aliases.push(compiled);
        if (!this.byToken.has(compiled.token)) this.byToken.set(compiled.token, compiled);
        if (compiled.caseSensitive) this.inCapitals.push(compiled);
        else this.spellings.add(compiled.shortStems, { alias: compiled, byShort: true });
        this.spellings.add(compiled.longStems, { alias: compiled, byShort: false });
      }
    }
  }

  /** Builds the table from the documents' declared abbreviations, then the ones their text defines. */
  static fromDocuments(documents: readonly KnowledgeDocument[]): AliasTable {
    const declared = documents.flatMap((doc) => doc.aliases);
    const texts = (doc: KnowledgeDocument) => [doc.title, ...doc.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : block.items))];
    const defined = documents.flatMap((doc) => texts(doc)
      .flatMap((text) => detectDefinedAbbreviations(text).map(({ short, long }) => ({ short, long, file: doc.file, title: doc.title }))));
    const known = new Set([...declared, ...defined].map((entry) => entry.short.toUpperCase()));
    const implied = documents.flatMap((doc) => detectImpliedAbbreviations(texts(doc).join('\n'), known)
      .map(({ short, long }) => ({ short, long, file: doc.file, title: doc.title })));
    return new AliasTable([...declared, ...defined, ...implied]);
  }

  /** Whether a term is the token that stands for an abbreviation (either form): a name, not a word. */
  isToken(term: string): boolean {
    return this.byToken.has(term);
  }

  /** The stems an abbreviation's token stands for (its short and long forms' words), for a token the table knows. */
  stemsOf(token: string): string[] {
    const alias = this.byToken.get(token);
    return alias ? [...alias.shortStems, ...alias.longStems] : [];
  }

  /** The stems of an abbreviation's full name ("inter agenc coordin group traffick person" for "icat"), for a token the table knows. */
  longStemsOf(token: string): string[] {
    return this.byToken.get(token)?.longStems ?? [];
  }

  /** The entries whose full name a text spells out, in order of appearance (for "what is the acronym for X"). */
  longFormsIn(text: string): AliasEntry[] {
    const stems = contentTerms(text).map((term) => term.stem);
    return this.mentioned(text, stems).filter((m) => !m.byShort).sort((a, b) => a.at - b.at).map((m) => m.alias.entry);
  }

  /** All entries, for listing and for answering "what does X stand for". */
  get entries(): AliasEntry[] {
    return this.aliases.map((alias) => alias.entry);
  }

  /** The tokens of the abbreviations a text mentions in either form; indexed beside its words. */
  tokensIn(text: string, stems: readonly string[]): string[] {
    return this.mentioned(text, stems).map(({ alias }) => alias.token);
  }

  /** The entries a text mentions by their short form, in order of appearance (for "what does X stand for"). */
  shortFormsIn(text: string): AliasEntry[] {
    const stems = contentTerms(text).map((term) => term.stem);
    return this.mentioned(text, stems).filter((m) => m.byShort).sort((a, b) => a.at - b.at).map((m) => m.alias.entry);
  }

  /**
   * Rewrites a question's stems so each abbreviation, in either form, becomes its single token:
   * "council baltic sea state join" → "cbss join". Matching the token then finds passages that use
   * either form, and the long form's words do not drown the rest of the question.
   */
  collapse(text: string, stems: readonly string[]): string[] {
    const result = [...stems];
    const found = this.mentioned(text, stems);
    const cut: { start: number; length: number; token: string }[] = [];
    for (const { alias } of found) {
      for (const sequence of [alias.longStems, alias.shortStems]) {
        const start = indexOfSequence(result, sequence);
        if (start >= 0 && sequence.length > 0) cut.push({ start, length: sequence.length, token: alias.token });
      }
    }
    cut.sort((a, b) => b.start - a.start);
    let lastStart = Infinity;
    for (const { start, length, token } of cut) {
      if (start + length > lastStart) continue;
      result.splice(start, length, token);
      lastStart = start;
    }
    for (const { alias } of found) if (!result.includes(alias.token)) result.push(alias.token);
    return result;
  }

  /**
   * The abbreviations a text mentions, in table order, each with where it is first mentioned: by
   * its short form when the text uses it, else by its full name. One pass over the text's stems
   * finds both forms of every abbreviation, so indexing costs the length of the knowledge, not that
   * times the number of abbreviations.
   */
  private mentioned(text: string, stems: readonly string[]): { alias: CompiledAlias; byShort: boolean; at: number }[] {
    const byShort = new Map<CompiledAlias, number>();
    const byLong = new Map<CompiledAlias, number>();
    for (const [{ alias, byShort: short }, at] of this.spellings.firstOccurrences(stems)) (short ? byShort : byLong).set(alias, at);
    for (const alias of this.inCapitals) {
      const at = alias.caseSensitive!.exec(text)?.index;
      if (at !== undefined) byShort.set(alias, at);
    }
    const aliases = [...new Set([...byShort.keys(), ...byLong.keys()])].sort((a, b) => a.order - b.order);
    return aliases.map((alias) => (byShort.has(alias)
      ? { alias, byShort: true, at: byShort.get(alias)! }
      : { alias, byShort: false, at: byLong.get(alias)! }));
  }
}

function compile(entry: AliasEntry, order: number): CompiledAlias | undefined {
  const shortWords = surfaceWords(entry.short);
  const token = shortWords.join('');
  if (!token) return undefined;
  const longStems = contentTerms(entry.long).map((term) => term.stem);
  const ambiguous = shortWords.length === 1 && (STOP_WORDS.has(token) || COMMON_WORDS.has(token));
  if (ambiguous) {
    const escaped = entry.short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return { entry, token: `${token}_abbr`, shortStems: [], longStems, caseSensitive: new RegExp(`\\b${escaped}\\b`), order };
  }
  return { entry, token, shortStems: shortWords.map(stem), longStems, order };
}

function indexOfSequence(haystack: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0) return -1;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

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
    const words = wordsBefore(text, end, letters.length + maxExtraWords + 1);
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

function longFormBefore(words: string[], letters: string, maxExtraWords = 5): string | undefined {
  const maxWords = letters.length + maxExtraWords;
  for (let count = 1; count <= Math.min(maxWords, words.length); count++) {
    const candidate = words.slice(words.length - count);
    const first = candidate[0]!.replace(/^[^A-Za-z]+/, '');
    if (!/^[A-Z]/.test(first) || first[0] !== letters[0]) continue;
    const initials = candidate.flatMap((word) => word.replace(/[’']s$/, '').split('-')).map((part) => part.replace(/^[^A-Za-z]+/, '')[0] ?? '').join('').toUpperCase();
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
