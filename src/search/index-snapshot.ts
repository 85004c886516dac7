import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { AliasEntry, KnowledgeDocument } from '../knowledge/document.js';
import { loadKnowledgeFolder } from '../knowledge/load-folder.js';
import { createLogger, type Logger } from '../log.js';
import { AliasTable } from './aliases.js';
import type { PassageTerms } from './fields.js';
import { KnowledgeIndex, searchIndexOptions, type VocabularyEntry } from './knowledge-index.js';
import type { Passage } from './passage.js';
import { knowledgeKey, SNAPSHOT_FORMAT } from './snapshot-key.js';

/** Options for {@link loadIndexedKnowledge}, with defaults in {@link SNAPSHOT_DEFAULTS}. */
export interface IndexSnapshotOptions {
  /** The knowledge folder. Required. */
  dir: string;
  /** Paths in sources are shown relative to this folder. Default `process.cwd()`. */
  displayRoot?: string;
  /** Where snapshots are kept. Default `.cache/knowledge-index` under `displayRoot` (ignored by git). */
  cacheDir?: string;
  /**
   * Knowledge smaller than this many bytes is simply built (it takes well under a second) and no
   * snapshot is read or written. Default 1,000,000 (about 6,000 passages).
   */
  minBytes?: number;
  /** Where a broken or unwritable snapshot is reported (as a warning). Default: JSON lines on stderr. */
  logger?: Logger;
}

/** Defaults for {@link IndexSnapshotOptions}. */
export const SNAPSHOT_DEFAULTS = { minBytes: 1_000_000 };

/** Knowledge loaded and indexed, and how the index was obtained. */
export interface IndexedKnowledge {
  documents: readonly KnowledgeDocument[];
  /** A short hash of the knowledge files (paths and content): changes whenever the knowledge does. */
  version: string;
  index: KnowledgeIndex;
  /** `snapshot`: restored from disk; `built`: analysed from the files (and saved when large). */
  from: 'snapshot' | 'built';
}

/**
 * Loads and indexes a knowledge folder, through a snapshot when the knowledge is large: the
 * snapshot whose key matches the files, settings and code is restored (no parsing, no analysis);
 * otherwise the folder is loaded and indexed as usual and a new snapshot written for next time.
 * A snapshot that cannot be read is logged as a warning and the index built instead, so a
 * broken cache can slow a start but never stop one. Loading errors (missing folder, broken
 * file) are the loader's, unchanged.
 */
export async function loadIndexedKnowledge(options: IndexSnapshotOptions): Promise<IndexedKnowledge> {
  const displayRoot = options.displayRoot ?? process.cwd();
  const cacheDir = options.cacheDir ?? join(displayRoot, '.cache', 'knowledge-index');
  const logger = options.logger ?? createLogger({ level: 'warn' });
  const identity = await knowledgeKey(options.dir, displayRoot);
  if (identity && identity.bytes >= (options.minBytes ?? SNAPSHOT_DEFAULTS.minBytes)) {
    try {
      const index = await readIndexSnapshot(cacheDir, identity.key);
      if (index) return { documents: index.documents, index, version: identity.version, from: 'snapshot' };
    } catch (error) {
      logger.warn('index snapshot unreadable: building the index from the knowledge files instead', { cacheDir, key: identity.key, error });
    }
  }
  const documents = await loadKnowledgeFolder({ dir: options.dir, displayRoot, logger });
  const index = KnowledgeIndex.build(documents);
  if (identity && identity.bytes >= (options.minBytes ?? SNAPSHOT_DEFAULTS.minBytes)) {
    await writeIndexSnapshot(index, cacheDir, identity.key).catch((error: unknown) => {
      logger.warn('cannot write the index snapshot: the next start will build the index again', { cacheDir, error });
    });
  }
  return { documents, index, version: identity?.version ?? '', from: 'built' };
}

/** The two files of the snapshot stored under a key. */
export function snapshotFiles(cacheDir: string, key: string): { search: string; tables: string } {
  return { search: join(cacheDir, `${key}.search.json`), tables: join(cacheDir, `${key}.tables.json`) };
}

/**
 * Writes an index as a snapshot under a key: the MiniSearch index with `toJSON`, and the
 * per-passage tables in a compact JSON form. Files are written aside and renamed into place,
 * so a crash mid-write leaves no half snapshot; snapshots under other keys are removed.
 */
export async function writeIndexSnapshot(index: KnowledgeIndex, cacheDir: string, key: string): Promise<{ bytes: number }> {
  await mkdir(cacheDir, { recursive: true });
  const files = snapshotFiles(cacheDir, key);
  const search = JSON.stringify(index.search);
  const tables = JSON.stringify(tablesOf(index, key));
  for (const [path, content] of [[files.tables, tables], [files.search, search]] as const) {
    const partial = `${path}.${process.pid}.partial`;
    await writeFile(partial, content);
    await rename(partial, path);
  }
  for (const name of await readdir(cacheDir)) {
    if (!name.startsWith(key) && /^[0-9a-f]{32}\.(search|tables)\.json$/.test(name)) await rm(join(cacheDir, name), { force: true });
  }
  return { bytes: search.length + tables.length };
}

/**
 * Restores the index stored under a key. Resolves undefined when there is no snapshot for that
 * key; rejects when one exists but is broken (truncated, edited, from another format).
 */
export async function readIndexSnapshot(cacheDir: string, key: string): Promise<KnowledgeIndex | undefined> {
  const files = snapshotFiles(cacheDir, key);
  const tablesText = await readFile(files.tables, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (tablesText === undefined) return undefined;
  const tables = JSON.parse(tablesText) as Tables;
  if (tables.format !== SNAPSHOT_FORMAT || tables.key !== key) throw new Error(`snapshot ${files.tables} is not format ${SNAPSHOT_FORMAT} for key ${key}`);
  const restored = restoreTables(tables);
  const search = MiniSearch.loadJSON<{ id: number }>(await readFile(files.search, 'utf8'), searchIndexOptions(restored.terms));
  if (search.documentCount !== restored.passages.length) {
    throw new Error(`snapshot ${files.search} holds ${search.documentCount} passages, its tables ${restored.passages.length}`);
  }
  return KnowledgeIndex.fromParts({ ...restored, search });
}

/**
 * A passage as stored, by position (keys cost as much to parse as values): document position,
 * section and context as string-table positions (-1: none), kind and numbering as bits, text,
 * items (0: none), paragraph, previous and next (-1: none), features as bits over
 * `featureNames` (or as written when not all true/false), and any other field as written.
 */
type StoredPassage = [number, number, number, string, string[] | 0, number, number, number, number, number | Passage['features'], Record<string, unknown>?];

/** The fields a {@link StoredPassage} stores by position. */
const POSITIONAL = new Set(['id', 'document', 'section', 'kind', 'ordered', 'text', 'items', 'paragraph', 'previous', 'next', 'context', 'features']);

/** The snapshot's second file: everything in a {@link KnowledgeIndex} besides the MiniSearch index. */
interface Tables {
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
}

function tablesOf(index: KnowledgeIndex, key: string): Tables {
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
    const extra = Object.fromEntries(Object.entries(p).filter(([name]) => !POSITIONAL.has(name)));
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
  };
}

function restoreTables(tables: Tables): Omit<Parameters<typeof KnowledgeIndex.fromParts>[0], 'search'> {
  const { documents, strings } = tables;
  const string = (at: number) => {
    const value = strings[at];
    if (value === undefined) throw new Error(`snapshot string ${at} is missing`);
    return value;
  };
  const passages: Passage[] = tables.passages.map(([doc, section, bits, text, items, paragraph, previous, next, context, features, extra], id) => {
    const document = documents[doc];
    if (!document) throw new Error(`snapshot passage ${id} names a missing document`);
    const passage: Passage = {
      id, document, ...(section >= 0 ? { section: string(section) } : {}), kind: bits & 1 ? 'list' : 'sentence', text,
      ...(items ? { items } : {}), ...(bits & 6 ? { ordered: (bits & 2) !== 0 } : {}), paragraph,
      ...(previous >= 0 ? { previous } : {}), ...(next >= 0 ? { next } : {}), context: string(context),
      features: typeof features === 'number'
        ? Object.fromEntries(tables.featureNames.map((name, i) => [name, (features & (1 << i)) !== 0])) as unknown as Passage['features'] : features,
      ...extra,
    };
    return passage;
  });
  const terms: PassageTerms[] = tables.terms.map(([text, context, title]) => ({ text, context: string(context), title: string(title) }));
  const vocabulary = new SearchableMap<VocabularyEntry>();
  for (const [surface, stem, count] of tables.vocabulary) vocabulary.set(surface, { stem, passages: count });
  return {
    documents,
    passages,
    terms,
    aliases: new AliasTable(tables.aliases),
    passageFrequency: new Map(tables.passageFrequency),
    knownTerms: new Set(tables.knownTerms),
    vocabulary,
    postings: new Map(tables.postings),
    frequentTermPassages: new Map(tables.frequentTermPassages.map(([term, ids]) => [term, Int32Array.from(ids)])),
    capitalised: { names: new Set(tables.names), pairs: new Set(tables.namePairs) },
  };
}
