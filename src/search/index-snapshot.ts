import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { KnowledgeDocument } from '../knowledge/document.js';
import { loadKnowledgeFolder } from '../knowledge/load-folder.js';
import { createLogger, type Logger } from '../log.js';
import { createPacer } from '../time-slices.js';
import { jsonTextOf } from './json-pieces.js';
import { KnowledgeIndex, searchIndexOptions } from './knowledge-index.js';
import { assembleIndex, serialiseIndex, type SerialisedIndex } from './serialised-index.js';
import { knowledgeKey } from './snapshot-key.js';
import { asTables, restoreTables } from './snapshot-tables.js';

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
  /** The index as written to the snapshot, when one was just written: reuse it rather than serialising the index again. */
  serialised?: SerialisedIndex;
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
    const serialised = serialiseIndex(index, identity.key);
    await writeSerialisedSnapshot(serialised, cacheDir, identity.key).catch((error: unknown) => {
      logger.warn('cannot write the index snapshot: the next start will build the index again', { cacheDir, error });
    });
    return { documents, index, version: identity.version, from: 'built', serialised };
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
export function writeIndexSnapshot(index: KnowledgeIndex, cacheDir: string, key: string): Promise<{ bytes: number }> {
  return writeSerialisedSnapshot(serialiseIndex(index, key), cacheDir, key);
}

/** {@link writeIndexSnapshot} for an index already serialised (its tables under the same key). */
async function writeSerialisedSnapshot(serialised: SerialisedIndex, cacheDir: string, key: string): Promise<{ bytes: number }> {
  await mkdir(cacheDir, { recursive: true });
  const files = snapshotFiles(cacheDir, key);
  let bytes = 0;
  for (const [path, pieces] of [[files.tables, serialised.tables], [files.search, serialised.search]] as const) {
    const partial = `${path}.${process.pid}.partial`;
    const fragments = [...jsonTextOf(pieces)];
    bytes += fragments.reduce((sum, fragment) => sum + fragment.length, 0);
    await writeFile(partial, fragments);
    await rename(partial, path);
  }
  for (const name of await readdir(cacheDir)) {
    if (!name.startsWith(key) && /^[0-9a-f]{32}\.(search|tables)\.json$/.test(name)) await rm(join(cacheDir, name), { force: true });
  }
  return { bytes };
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
  const restored = await restoreTables(asTables(JSON.parse(tablesText), `snapshot ${files.tables}`, key), createPacer());
  const search = MiniSearch.loadJSON<{ id: number }>(await readFile(files.search, 'utf8'), searchIndexOptions(restored.terms));
  return assembleIndex(restored, search, `snapshot ${files.search}`);
}
