import MiniSearch, { type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { KnowledgeDocument } from '../knowledge/document.js';
import { fold } from '../text/fold.js';
import { STOP_WORDS } from '../text/stopwords.js';
import { contentTerms, unqualified } from '../text/terms.js';
import { AliasTable } from './aliases.js';
import { FIELD_BOOSTS, SEARCHED_FIELDS, type PassageTerms } from './fields.js';
import { buildPassages } from './build-passages.js';
import { FieldTables, type FieldTable } from './field-tables.js';
import { bestPassagesOfFrequentTerms, countPostings } from './frequent-terms.js';
import { inOneShape, type Passage } from './passage.js';


/** A word of the knowledge as written, with the stem it indexes under and how many passages hold it. */
export interface VocabularyEntry {
  stem: string;
  passages: number;
}



/** The most words {@link KnowledgeIndex.writesWord} remembers; a flood of new words clears the memory rather than growing it. */
const WRITTEN_WORDS_LIMIT = 20_000;

/** Small words that may stand inside a name ("Council of the Baltic Sea States", "Group Against Trafficking"). */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'against', 'de', 'du', 'des', 'la', 'le', '&']);

/** What the knowledge writes with capitals: single name words, and pairs of words written side by side as one name. */
export interface CapitalisedTerms {
  /** Stems of words written with a capital inside sentences in at least 60% of their uses. */
  names: Set<string>;
  /** "polici support", "support group": consecutive capitalised words ("Policy Support Group"), as stem pairs. */
  pairs: Set<string>;
  /**
   * Words (folded) written in lower case inside sentences though their stem is a name's: "funding"
   * beside "the Trust Fund". Typed so in a question, they name nothing.
   */
  lowerForms: Set<string>;
}

/**
 * Reads what the knowledge writes with capitals, in one pass over the passages' text.
 * Sentence-initial words are not counted either way.
 */
function capitalisedTerms(passages: readonly Passage[]): CapitalisedTerms {
  const counts = new Map<string, [number, number]>();
  const wordCounts = new Map<string, [number, number]>();
  const pairs = new Set<string>();
  // Words repeat (Zipf): each distinct word is analysed once.
  const analysed = new Map<string, string[]>();
  const stemsOf = (word: string): string[] => {
    let stems = analysed.get(word);
    if (!stems) {
      stems = STOP_WORDS.has(word.toLowerCase()) ? [] : contentTerms(word).map((term) => term.stem);
      analysed.set(word, stems);
    }
    return stems;
  };
  for (const passage of passages) {
    for (const text of [passage.text, ...(passage.items ?? [])]) {
      let sentenceStart = true;
      let previousCapital: string | undefined;
      for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu)) {
        const word = match[0];
        if (!/^[\p{L}\p{N}]/u.test(word)) {
          if (/[.!?:;“”"]/.test(word)) sentenceStart = /[.!?:]/.test(word) || sentenceStart;
          previousCapital = undefined;
          continue;
        }
        const capital = /^\p{Lu}/u.test(word);
        const stems = stemsOf(word);
        if (!sentenceStart && !/^\p{N}/u.test(word)) {
          const folded = fold(word);
          let times = wordCounts.get(folded);
          if (!times) wordCounts.set(folded, times = [0, 0]);
          if (capital) times[0]++; else times[1]++;
          for (const stemmed of stems) {
            let count = counts.get(stemmed);
            if (!count) counts.set(stemmed, count = [0, 0]);
            if (capital) count[0]++; else count[1]++;
          }
        }
        const stemmed = stems[0];
        if (capital && stemmed) {
          if (previousCapital) pairs.add(`${previousCapital} ${stemmed}`);
          previousCapital = stemmed;
        } else if (!NAME_LINKS.has(word)) {
          previousCapital = undefined;
        }
        sentenceStart = false;
      }
    }
  }
  const names = new Set([...counts].filter(([, [upper, lower]]) => upper >= 1 && upper >= 1.5 * lower).map(([stem]) => stem));
  const lowerForms = new Set([...wordCounts].filter(([word, [upper, lower]]) => lower > 0 && lower >= 1.5 * upper && stemsOf(word).some((stemmed) => names.has(stemmed))).map(([word]) => word));
  return { names, pairs, lowerForms };
}

/**
 * The MiniSearch options of the passage index over the given per-passage terms. A persisted
 * index must be reloaded with exactly these (see src/search/index-snapshot.ts).
 */
export function searchIndexOptions(terms: readonly PassageTerms[]): Options<{ id: number }> {
  return {
    fields: [...SEARCHED_FIELDS],
    idField: 'id',
    tokenize: (spaced) => spaced.split(' ').filter(Boolean),
    processTerm: (term) => term,
    extractField: (document, field) => (field === 'id' ? String(document.id) : terms[document.id]![field as keyof PassageTerms]),
    searchOptions: { boost: { ...FIELD_BOOSTS } },
  };
}

/**
 * Everything a {@link KnowledgeIndex} holds, for restoring one from a snapshot without analysing
 * the knowledge again. `search` must have been loaded with {@link searchIndexOptions} over `terms`.
 */
export interface KnowledgeIndexParts {
  documents: readonly KnowledgeDocument[];
  passages: readonly Passage[];
  terms: readonly PassageTerms[];
  aliases: AliasTable;
  search: MiniSearch<{ id: number }>;
  passageFrequency: ReadonlyMap<string, number>;
  knownTerms: ReadonlySet<string>;
  vocabulary: SearchableMap<VocabularyEntry>;
  postings: ReadonlyMap<string, number>;
  frequentTermPassages: ReadonlyMap<string, Int32Array>;
  /** What the knowledge writes with capitals (see {@link KnowledgeIndex.isName}). */
  capitalised: CapitalisedTerms;
}

/**
 * The knowledge, cut into passages and indexed for search: a MiniSearch index over analysed terms
 * (stems plus abbreviation tokens), the per-passage terms used to judge a match, term document
 * frequencies, and the vocabulary that typo correction draws from. Immutable once built, so a
 * reload can swap a whole new index in while questions keep reading the old one.
 */
export class KnowledgeIndex {
  /** The documents indexed. Their `blocks` are empty when the index was restored from a snapshot: the passages hold the text. */
  readonly documents: readonly KnowledgeDocument[];
  readonly passages: readonly Passage[];
  readonly terms: readonly PassageTerms[];
  readonly aliases: AliasTable;
  readonly search: MiniSearch<{ id: number }>;
  /** Stem → number of passages whose own text holds it. */
  readonly passageFrequency: ReadonlyMap<string, number>;
  /** Every term found in any field of any passage. */
  readonly knownTerms: ReadonlySet<string>;
  /** Folded surface word → its stem and frequency, for typo correction. */
  readonly vocabulary: SearchableMap<VocabularyEntry>;
  /** Term → its number of entries in the search index (passages holding it, once per field): what searching it costs. */
  readonly postings: ReadonlyMap<string, number>;
  /** Term with very many index entries → the ids of the passages it says most about, best first (see frequent-terms.ts). */
  readonly frequentTermPassages: ReadonlyMap<string, Int32Array>;

  private constructor(documents: readonly KnowledgeDocument[], restored?: KnowledgeIndexParts) {
    this.documents = documents;
    if (restored) {
      ({ terms: this.terms, aliases: this.aliases, search: this.search, passageFrequency: this.passageFrequency,
        knownTerms: this.knownTerms, vocabulary: this.vocabulary, postings: this.postings, frequentTermPassages: this.frequentTermPassages,
        capitalised: this.capitalised } = restored);
      this.passages = restored.passages.map(inOneShape);
      this.fieldTables = new FieldTables(this.terms, this.knownTerms);
      return;
    }
    this.aliases = AliasTable.fromDocuments(documents);
    this.passages = buildPassages(documents).map(inOneShape);
    const titleTerms = new Map<KnowledgeDocument, string>();
    const frequency = new Map<string, number>();
    const vocabulary = new SearchableMap<VocabularyEntry>();
    const known = new Set<string>();
    const rememberWord = (surface: string, stem: string) => {
      if (!vocabulary.has(surface)) vocabulary.set(surface, { stem, passages: 0 });
    };
    this.terms = this.passages.map((passage) => {
      let title = titleTerms.get(passage.document);
      if (title === undefined) {
        title = this.analyse(passage.document.title, rememberWord);
        titleTerms.set(passage.document, title);
      }
      const ownText = [passage.text, ...(passage.items ?? [])].join('\n');
      const text = this.analyse(ownText, (surface, stem) => {
        const entry = vocabulary.get(surface);
        if (entry) entry.passages++;
        else vocabulary.set(surface, { stem, passages: 1 });
      });
      for (const term of new Set(text.trim().split(' '))) if (term) frequency.set(term, (frequency.get(term) ?? 0) + 1);
      const context = this.analyse([passage.context, passage.section ?? '', passage.asOf ?? ''].join('\n'), rememberWord);
      for (const field of [text, context, title]) for (const term of field.split(' ')) if (term) known.add(term);
      return { text, context, title };
    });
    // Stems join the vocabulary too, so a slip that the stemmer keeps ("jion") still finds its word ("join").
    for (const [term, passages] of frequency) if (!vocabulary.has(term)) vocabulary.set(term, { stem: term, passages });
    this.passageFrequency = frequency;
    this.knownTerms = known;
    this.vocabulary = vocabulary;
    this.postings = countPostings(this.terms);
    this.frequentTermPassages = bestPassagesOfFrequentTerms(this.terms, this.postings);
    // Read once while indexing (and kept in snapshots), never on a question's time.
    this.capitalised = capitalisedTerms(this.passages);
    this.search = new MiniSearch<{ id: number }>(searchIndexOptions(this.terms));
    this.search.addAll(this.passages.map((passage) => ({ id: passage.id })));
    this.fieldTables = new FieldTables(this.terms, this.knownTerms);
  }

  /** Indexes parsed documents. Cost grows with the knowledge; do it once per (re)load. */
  static build(documents: readonly KnowledgeDocument[]): KnowledgeIndex {
    return new KnowledgeIndex(documents);
  }

  /** Restores an index from its parts, as saved by src/search/index-snapshot.ts; nothing is recomputed. */
  static fromParts(parts: KnowledgeIndexParts): KnowledgeIndex {
    return new KnowledgeIndex(parts.documents, parts);
  }

  /**
   * The key a term of a question is looked up by in a {@link KnowledgeIndex.fieldTableOf}, or -1 when no
   * passage holds it. Resolved once per question, so judging each candidate compares integers.
   */
  termKey(term: string): number {
    return this.fieldTables.keyOf(term);
  }

  /**
   * Where the terms of a passage are found: its own text, else its context, else its document's
   * title. Ask the table with `fieldIn(table, termKey)` (see field-tables.ts) for each of the
   * question's terms, by their {@link KnowledgeIndex.termKey}. Each passage's table is built on its
   * first use as a candidate and kept.
   */
  fieldTableOf(id: number): FieldTable {
    return this.fieldTables.tableOf(id);
  }

  private readonly fieldTables: FieldTables;

  /**
   * Whether a term names something rather than says something: an abbreviation's token, or a
   * word the knowledge writes with a capital inside sentences ("Poznanski", "Baltic", "Vienna").
   * A question that names such a thing is about it: an answer that never mentions it is not one.
   */
  isName(term: string): boolean {
    return this.capitalised.names.has(term) || this.aliases.isToken(term);
  }

  /** Whether the knowledge writes a word (folded) in lower case though its stem is a name's ("funding" beside "Fund"). */
  writesInLowerCase(word: string): boolean {
    return this.capitalised.lowerForms.has(word);
  }

  /** Whether the knowledge writes two words side by side with capitals, as one name ("Policy Support"). */
  isNamePair(first: string, second: string): boolean {
    return this.capitalised.pairs.has(`${first} ${second}`);
  }

  /** What the knowledge writes with capitals, read once while indexing. */
  readonly capitalised: CapitalisedTerms;

  /**
   * Whether the knowledge writes a word (folded, as {@link KnowledgeIndex.vocabulary} holds it).
   * Questions ask this of their words many times over; the answers are remembered (a bounded
   * memory), sparing a walk down the vocabulary's tree each time.
   */
  writesWord(word: string): boolean {
    return this.timesWritten(word) >= 0;
  }

  /**
   * How often the knowledge's passages write a word (folded) in their own text: 0 when only a
   * heading or a title has it, -1 when nothing does. Remembered as {@link writesWord} is.
   */
  timesWritten(word: string): number {
    let times = this.writtenWords.get(word);
    if (times === undefined) {
      if (this.writtenWords.size >= WRITTEN_WORDS_LIMIT) this.writtenWords.clear();
      this.writtenWords.set(word, times = this.vocabulary.get(word)?.passages ?? -1);
    }
    return times;
  }

  private readonly writtenWords = new Map<string, number>();

  /** Number of passages whose own text holds a stem (0 when the knowledge never uses it). */
  frequencyOf(stem: string): number {
    return this.passageFrequency.get(stem) ?? 0;
  }

  /** Inverse passage frequency: how much finding this stem says about a passage. */
  weightOf(stem: string): number {
    const n = this.passages.length;
    const df = this.frequencyOf(stem);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The terms a piece of text is matched by, as indexed: stems and abbreviation tokens, space-separated. */
  analyseForMatching(text: string): string {
    return this.analyse(text).trim();
  }

  /** Analyses text the way passages are indexed: stems and abbreviation tokens, space-separated. */
  private analyse(text: string, onWord?: (surface: string, stem: string) => void): string {
    const terms = contentTerms(text);
    // The vocabulary maps a word to its own stem, not to the qualified form it took after "Deputy", "Assistant"…
    if (onWord) for (const term of terms) onWord(term.surface, unqualified(term.stem));
    const stems = terms.map((term) => term.stem);
    return ` ${[...stems, ...this.aliases.tokensIn(text, stems)].join(' ')} `;
  }
}
