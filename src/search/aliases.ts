import type { AliasEntry, KnowledgeDocument } from '../knowledge/document.js';
import { COMMON_WORDS } from '../lexicon/common-words.js';
import { STOP_WORDS } from '../text/stopwords.js';
import { stem } from '../text/stem.js';
import { contentTerms } from '../text/terms.js';
import { surfaceWords } from '../text/words.js';
import { detectDefinedAbbreviations, detectImpliedAbbreviations } from './abbreviation-detection.js';
import { StemSequences } from './stem-sequences.js';

/** An abbreviation ready for matching: its entry, its stem sequences and the token that stands for it. */
interface CompiledAlias {
  entry: AliasEntry;
  /** The token indexed wherever either form appears, e.g. "cbss" or "tfthb". */
  token: string;
  shortStems: string[];
  longStems: string[];
  /** The full name spelled with another abbreviation's short form inside it ("un develop fund woman" for UNIFEM). */
  longVariants: string[][];
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
/** The most abbreviations whose full name starts with one word that are looked for inside another name. */
const MAX_INNER_NAMES = 16;

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
        // "United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and
        // Children" is written without its qualifier too: the name before the comma is the same name.
        const head = unqualifiedName(compiled);
        if (head) { this.spellings.add(head, { alias: compiled, byShort: false }); compiled.longVariants.push(head); }
      }
    }
    // "the UN Voluntary Trust Fund" is the Trust Fund whose full name goes on "for Victims of …": a long
    // name's words before its complement are the name too, when they are many and no other name begins so.
    const heads = new Map<string, { alias: CompiledAlias; head: string[] }[]>();
    for (const alias of this.aliases) {
      const head = headOfName(alias);
      if (head) heads.set(head.join(' '), [...(heads.get(head.join(' ')) ?? []), { alias, head }]);
    }
    for (const [, named] of heads) {
      if (named.length !== 1) continue;
      const { alias, head } = named[0]!;
      this.spellings.add(head, { alias, byShort: false });
      alias.longVariants.push(head);
    }
    // "UN Development Fund for Women" spells UNIFEM's full name with the UN's short form inside it.
    const byFirstStem = new Map<string, CompiledAlias[]>();
    for (const alias of this.aliases) if (alias.longStems.length >= 2 && alias.shortStems.length === 1) byFirstStem.set(alias.longStems[0]!, [...(byFirstStem.get(alias.longStems[0]!) ?? []), alias]);
    for (const alias of this.aliases) {
      // (The full name, and the one variant without its qualifier.)
      for (const long of [alias.longStems, ...alias.longVariants]) {
        for (let at = 0; at < long.length; at++) {
          // (A bounded number per word, so a folder of many names starting alike stays linear.)
          for (const inner of (byFirstStem.get(long[at]!) ?? []).slice(0, MAX_INNER_NAMES)) {
            if (inner === alias || indexOfSequence(long.slice(at, at + inner.longStems.length), inner.longStems) !== 0) continue;
            const spelled = [...long.slice(0, at), ...inner.shortStems, ...long.slice(at + inner.longStems.length)];
            if (spelled.length > 1) { this.spellings.add(spelled, { alias, byShort: false }); alias.longVariants.push(spelled); }
          }
        }
      }
    }
  }

  /** Builds the table from the documents' declared abbreviations, then the ones their text defines. */
  static fromDocuments(documents: readonly KnowledgeDocument[]): AliasTable {
    const declared = documents.flatMap((doc) => doc.aliases);
    // Headings define abbreviations too ("## Regional Support Office (RSO)"); each is read once.
    const headings = (doc: KnowledgeDocument) => [...new Set(doc.blocks.flatMap((block) => (block.section ? [block.section] : [])))];
    const texts = (doc: KnowledgeDocument) => [doc.title, ...headings(doc), ...doc.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : block.items))];
    const defined = documents.flatMap((doc) => texts(doc)
      .flatMap((text) => detectDefinedAbbreviations(text).map(({ short, long }) => ({ short, long, file: doc.file, title: doc.title }))));
    // "Abbreviation: BLI" among the fields under "BLUE LIGHTNING INITIATIVE" names what the heading does.
    const labelled = documents.flatMap((doc) => doc.blocks.flatMap((block) => {
      if (block.type !== 'list') return [];
      const entry = labelledAbbreviation(block.items, block.section);
      return entry ? [{ ...entry, file: doc.file, title: doc.title }] : [];
    }));
    const known = new Set([...declared, ...defined, ...labelled].map((entry) => entry.short.toUpperCase()));
    const implied = documents.flatMap((doc) => detectImpliedAbbreviations(texts(doc).join('\n'), known)
      .map(({ short, long }) => ({ short, long, file: doc.file, title: doc.title })));
    return new AliasTable([...declared, ...defined, ...labelled, ...implied]);
  }

  /** The abbreviation a token stands for, for a token the table knows. */
  entryOf(token: string): AliasEntry | undefined {
    return this.byToken.get(token)?.entry;
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
      for (const sequence of [alias.longStems, ...alias.longVariants, alias.shortStems]) {
        const start = indexOfSequence(result, sequence);
        if (start >= 0 && sequence.length > 0) cut.push({ start, length: sequence.length, token: alias.token });
      }
    }
    // Of overlapping names, the longest is the one meant: "United Nations Development Fund for Women" is
    // UNIFEM, not the UN inside it. The chosen cuts are then made from the last, so positions hold.
    const chosen: typeof cut = [];
    for (const candidate of [...cut].sort((a, b) => b.length - a.length || a.start - b.start)) {
      if (chosen.every((c) => candidate.start + candidate.length <= c.start || c.start + c.length <= candidate.start)) chosen.push(candidate);
    }
    chosen.sort((a, b) => b.start - a.start);
    for (const { start, length, token } of chosen) result.splice(start, length, token);
    // A name mentioned only inside a longer one (the UN in UNIFEM's name) is no name of its own here.
    const inside = new Set(cut.filter((c) => !chosen.includes(c) && !chosen.some((o) => o.token === c.token)).map((c) => c.token));
    for (const { alias } of found) if (!result.includes(alias.token) && !inside.has(alias.token)) result.push(alias.token);
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
    // "VAC" inside "OSRSG-VAC" is part of the longer abbreviation, not a second one.
    const partOfAnother = (alias: CompiledAlias) => [...byShort.keys()].some((other) => other !== alias && byShort.has(alias)
      && other.shortStems.length > alias.shortStems.length && indexOfSequence(other.shortStems, alias.shortStems) >= 0);
    const aliases = [...new Set([...byShort.keys(), ...byLong.keys()])].filter((alias) => !partOfAnother(alias)).sort((a, b) => a.order - b.order);
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
    return { entry, token: `${token}_abbr`, shortStems: [], longStems, longVariants: [], caseSensitive: new RegExp(`\\b${escaped}\\b`), order };
  }
  return { entry, token, shortStems: shortWords.map(stem), longStems, longVariants: [], order };
}

/** The fewest words a full name keeps before a qualifying comma for that part alone to be the name. */
const MIN_UNQUALIFIED_WORDS = 3;

/** A full name's stems before its first comma ("… Trust Fund for Victims of Trafficking in Persons"), when the name goes on after one. */
function unqualifiedName(alias: CompiledAlias): string[] | undefined {
  const comma = alias.entry.long.indexOf(',');
  if (comma < 0) return undefined;
  const head = contentTerms(alias.entry.long.slice(0, comma)).map((term) => term.stem);
  return head.length >= MIN_UNQUALIFIED_WORDS && head.length < alias.longStems.length ? head : undefined;
}

/** The fewest words a full name keeps before its complement for that part alone to be the name. */
const MIN_HEAD_WORDS = 4;

/** Where a full name's complement begins: "… Trust Fund | for Victims …", "… Group | against Trafficking …". */
const COMPLEMENT = /\s(?:for|of|on|against|in|to)\s/i;

/** A full name's stems before its complement ("United Nations Voluntary Trust Fund"), when there are enough of them. */
function headOfName(alias: CompiledAlias): string[] | undefined {
  const at = alias.entry.long.search(COMPLEMENT);
  if (at < 0) return undefined;
  const head = contentTerms(alias.entry.long.slice(0, at)).map((term) => term.stem);
  return head.length >= MIN_HEAD_WORDS && head.length < alias.longStems.length ? head : undefined;
}

function indexOfSequence(haystack: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0) return -1;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** A field that gives an abbreviation: "Abbreviation: BLI", "Acronym: ACTIP", "Short name: TIP Report". */
const ABBREVIATION_FIELD = /^(?:abbreviation|acronym|abbrev\.?|short (?:name|form))\s*:\s*([A-Z][A-Za-z0-9.&/-]{1,11})$/i;

/**
 * The abbreviation a record of fields gives for what it is about: the heading it sits under, or
 * its naming field ("Full title: …"), when that name's capitals spell the abbreviation's letters
 * in order. Undefined for any other list.
 */
function labelledAbbreviation(items: readonly string[], heading: string | undefined): { short: string; long: string } | undefined {
  const short = items.map((item) => ABBREVIATION_FIELD.exec(item.trim())?.[1]).find(Boolean);
  if (!short) return undefined;
  const named = items.map((item) => /^(?:(?:full|official) )?(?:title|name)\s*:\s*(.+)$/i.exec(item.trim())?.[1]).find(Boolean);
  const letters = short.replace(/[^A-Z]/g, '');
  for (const long of [named, heading?.replace(/^\s*\d+[.)]\s*/, '')]) {
    if (!long) continue;
    const initials = long.split(/[\s-]+/).map((word) => word.replace(/^[^A-Za-z]+/, '')[0] ?? '').filter((initial) => /[A-Z]/.test(initial)).join('');
    let at = 0;
    for (const initial of initials) if (initial === letters[at]) at++;
    if (letters.length >= 2 && at === letters.length) return { short, long: long.trim() };
  }
  return undefined;
}
