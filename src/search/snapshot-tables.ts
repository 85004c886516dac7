import SearchableMap from 'minisearch/SearchableMap';
import type { AliasEntry, KnowledgeDocument } from '../knowledge/document.js';
import { inRuns, type Pacer } from '../time-slices.js';
import { AliasTable } from './aliases.js';
import type { PassageTerms } from './fields.js';
import type { KnowledgeIndex, KnowledgeIndexParts, VocabularyEntry } from './knowledge-index.js';
import type { Passage } from './passage.js';
import { SNAPSHOT_FORMAT } from './snapshot-key.js';

/**
 * A passage as stored, by position (keys cost as much to parse as values): document position,
 * section and context as string-table positions (-1: none), kind and numbering as bits, text,
 * items (0: none), paragraph, previous and next (-1: none), features as bits over
 * `featureNames` (or as written when not all true/false), and any other field as written.
 */
type StoredPassage = [number, number, number, string, string[] | 0, number, number, number, number, number | Passage['features'], Record<string, unknown>?];

/** The fields a {@link StoredPassage} stores by position. */
const POSITIONAL = new Set(['id', 'document', 'section', 'kind', 'ordered', 'text', 'items', 'paragraph', 'previous', 'next', 'context', 'features']);

/**
 * Everything in a {@link KnowledgeIndex} besides the MiniSearch index, as plain JSON data: the
 * second file of a snapshot on disk, and half of an index sent from a worker thread.
 */
export interface Tables {
  format: number;
  key: string;
  documents: KnowledgeDocument[];
  featureNames: string[];
  /** Strings that many passages share (contexts, analysed contexts and titles), each stored once. */
  strings: string[];
  passages: StoredPassage[];
  /** Per passage: analysed text, then the analysed context and title as string-table positions. */
  terms: [string, number, number][];
  aliases: AliasEntry[];
  passageFrequency: [string, number][];
  knownTerms: string[];
  vocabulary: [string, string, number][];
  postings: [string, number][];
  frequentTermPassages: [string, number[]][];
  /** Stems the knowledge writes with capitals, and capitalised pairs ("polici support"). */
  names: string[];
  namePairs: string[];
  /** Words written in lower case though their stem is a name's ("funding"). */
  lowerForms: string[];
}

/** The parts of a {@link KnowledgeIndex} that {@link Tables} hold: all but the MiniSearch index. */
export type TableParts = Omit<KnowledgeIndexParts, 'search'>;

/** The tables of an index, stored under `key` (the snapshot key; any string when the tables are not kept on disk). */
export function tablesOf(index: KnowledgeIndex, key: string): Tables {
  const strings: string[] = [];
  const positions = new Map<string, number>();
  const intern = (text: string) => {
    let at = positions.get(text);
    if (at === undefined) { at = strings.length; strings.push(text); positions.set(text, at); }
    return at;
  };
  const documentAt = new Map(index.documents.map((doc, i) => [doc, i]));
  const vocabulary: [string, string, number][] = [];
  for (const [surface, entry] of index.vocabulary) vocabulary.push([surface, entry.stem, entry.passages]);
  const featureNames = Object.keys(index.passages[0]?.features ?? {});
  const featureBits = (features: Passage['features']) => {
    const entries = Object.entries(features);
    if (entries.length !== featureNames.length || entries.some(([name, value], i) => name !== featureNames[i] || typeof value !== 'boolean')) return features;
    return entries.reduce((bits, [, value], i) => bits | (value ? 1 << i : 0), 0);
  };
  const store = (p: Passage): StoredPassage => {
    const extra = Object.fromEntries(Object.entries(p).filter(([name, value]) => !POSITIONAL.has(name) && value !== undefined));
    const stored: StoredPassage = [
      documentAt.get(p.document)!, p.section === undefined ? -1 : intern(p.section), (p.kind === 'list' ? 1 : 0) | (p.ordered === undefined ? 0 : p.ordered ? 2 : 4),
      p.text, p.items ?? 0, p.paragraph, p.previous ?? -1, p.next ?? -1, intern(p.context), featureBits(p.features),
    ];
    if (Object.keys(extra).length > 0) stored.push(extra);
    return stored;
  };
  return {
    format: SNAPSHOT_FORMAT,
    key,
    // Blocks are only read to build passages and find abbreviations, both stored here already:
    // keeping them would store every text twice.
    documents: index.documents.map((doc) => ({ ...doc, blocks: [] })),
    featureNames,
    strings,
    passages: index.passages.map(store),
    terms: index.terms.map((t) => [t.text, intern(t.context), intern(t.title)]),
    aliases: index.aliases.entries,
    passageFrequency: [...index.passageFrequency],
    knownTerms: [...index.knownTerms],
    vocabulary,
    postings: [...index.postings],
    frequentTermPassages: [...index.frequentTermPassages].map(([term, ids]) => [term, Array.from(ids)]),
    names: [...index.capitalised.names],
    namePairs: [...index.capitalised.pairs],
    lowerForms: [...index.capitalised.lowerForms],
  };
}

/**
 * Checks that parsed JSON is tables of this code's format (and, when given, stored under `key`),
 * so an old or foreign file is never read as an index. Throws an Error naming `where` otherwise.
 */
export function asTables(value: unknown, where: string, key?: string): Tables {
  const tables = value as Partial<Tables> | null;
  if (tables?.format !== SNAPSHOT_FORMAT || (key !== undefined && tables.key !== key)) {
    throw new Error(`${where} is not an index snapshot of format ${SNAPSHOT_FORMAT}${key === undefined ? '' : ` for key ${key}`}`);
  }
  return tables as Tables;
}

/**
 * Rebuilds the index's parts from its tables, paced so that restoring a large index on the main
 * thread leaves the event loop a turn every slice. Throws when the tables contradict themselves.
 */
export async function restoreTables(tables: Tables, pacer: Pacer): Promise<TableParts> {
  const { documents, strings } = tables;
  const string = (at: number) => {
    const value = strings[at];
    if (value === undefined) throw new Error(`snapshot string ${at} is missing`);
    return value;
  };
  const restorePassage = ([doc, section, bits, text, items, paragraph, previous, next, context, features, extra]: StoredPassage, id: number): Passage => {
    const document = documents[doc];
    if (!document) throw new Error(`snapshot passage ${id} names a missing document`);
    return {
      id, document, ...(section >= 0 ? { section: string(section) } : {}), kind: bits & 1 ? 'list' : 'sentence', text,
      ...(items ? { items } : {}), ...(bits & 6 ? { ordered: (bits & 2) !== 0 } : {}), paragraph,
      ...(previous >= 0 ? { previous } : {}), ...(next >= 0 ? { next } : {}), context: string(context),
      features: typeof features === 'number'
        ? Object.fromEntries(tables.featureNames.map((name, i) => [name, (features & (1 << i)) !== 0])) as unknown as Passage['features'] : features,
      ...extra,
    };
  };
  const passages: Passage[] = [];
  await inRuns(tables.passages.length, (start, end) => { for (let id = start; id < end; id++) passages.push(restorePassage(tables.passages[id]!, id)); }, pacer);
  const terms: PassageTerms[] = [];
  await inRuns(tables.terms.length, (start, end) => {
    for (let id = start; id < end; id++) {
      const [text, context, title] = tables.terms[id]!;
      terms.push({ text, context: string(context), title: string(title) });
    }
  }, pacer);
  const vocabulary = new SearchableMap<VocabularyEntry>();
  await inRuns(tables.vocabulary.length, (start, end) => {
    for (let i = start; i < end; i++) {
      const [surface, stem, count] = tables.vocabulary[i]!;
      vocabulary.set(surface, { stem, passages: count });
    }
  }, pacer);
  const passageFrequency = await mapInRuns(tables.passageFrequency, pacer);
  const postings = await mapInRuns(tables.postings, pacer);
  const frequentTermPassages = new Map<string, Int32Array>();
  await inRuns(tables.frequentTermPassages.length, (start, end) => {
    for (let i = start; i < end; i++) {
      const [term, ids] = tables.frequentTermPassages[i]!;
      frequentTermPassages.set(term, Int32Array.from(ids));
    }
  }, pacer);
  return {
    documents, passages, terms, aliases: new AliasTable(tables.aliases), passageFrequency, knownTerms: await setInRuns(tables.knownTerms, pacer),
    vocabulary, postings, frequentTermPassages, capitalised: { names: await setInRuns(tables.names, pacer), pairs: await setInRuns(tables.namePairs, pacer), lowerForms: await setInRuns(tables.lowerForms, pacer) },
  };
}

/** `new Map(pairs)`, paced. */
async function mapInRuns<K, V>(pairs: readonly [K, V][], pacer: Pacer): Promise<Map<K, V>> {
  const map = new Map<K, V>();
  await inRuns(pairs.length, (start, end) => { for (let i = start; i < end; i++) map.set(pairs[i]![0], pairs[i]![1]); }, pacer);
  return map;
}

/** `new Set(values)`, paced. */
async function setInRuns<T>(values: readonly T[], pacer: Pacer): Promise<Set<T>> {
  const set = new Set<T>();
  await inRuns(values.length, (start, end) => { for (let i = start; i < end; i++) set.add(values[i]!); }, pacer);
  return set;
}
