import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Pacer } from '../time-slices.js';
import { parseJsonPieces, toJsonPieces, type JsonPiece, type JsonPiecesOptions } from './json-pieces.js';
import { KnowledgeIndex, searchIndexOptions } from './knowledge-index.js';
import { asTables, restoreTables, tablesOf, type TableParts } from './snapshot-tables.js';

/**
 * A {@link KnowledgeIndex} as JSON cut into pieces: what a snapshot on disk holds (each half
 * joined into one file) and what a worker thread sends to the main thread, which restores it
 * piece by piece without blocking ({@link restoreSerialisedIndex}).
 */
export interface SerialisedIndex {
  /** The per-passage tables (`Tables` in snapshot-tables.ts). */
  tables: JsonPiece[];
  /** The MiniSearch index, as its `toJSON` gives it. */
  search: JsonPiece[];
}

/** Serialises an index, its tables stored under `key` (the snapshot key). */
export function serialiseIndex(index: KnowledgeIndex, key: string, options: JsonPiecesOptions = {}): SerialisedIndex {
  return {
    tables: toJsonPieces(tablesOf(index, key) as unknown as Record<string, unknown>, options),
    search: toJsonPieces(index.search.toJSON() as unknown as Record<string, unknown>, options),
  };
}

/**
 * Restores an index from its pieces, paced: every step (parsing a piece, rebuilding a run of
 * passages, loading a run of search terms) is short, so the main thread keeps answering while a
 * large index is restored. Slower in total than a blocking restore; meant for reloads, where
 * nobody waits for the new index but everybody waits for their answer. Rejects when the pieces
 * are not an index of this format or contradict each other.
 */
export async function restoreSerialisedIndex(pieces: { tables: Iterable<JsonPiece>; search: Iterable<JsonPiece> }, pacer: Pacer): Promise<KnowledgeIndex> {
  const where = 'the serialised index';
  const parts = await restoreTables(asTables(await parseJsonPieces(pieces.tables, pacer), where), pacer);
  const plain = await parseJsonPieces(pieces.search, pacer) as unknown as AsPlainObject;
  // MiniSearch's asynchronous loader gives the event loop a turn every 1,000 terms.
  const search = await MiniSearch.loadJSAsync<{ id: number }>(plain, searchIndexOptions(parts.terms));
  return assembleIndex(parts, search, where);
}

/** Joins restored tables and search index into an index, once sure they describe the same passages. */
export function assembleIndex(parts: TableParts, search: MiniSearch<{ id: number }>, where: string): KnowledgeIndex {
  if (search.documentCount !== parts.passages.length) {
    throw new Error(`${where} holds ${search.documentCount} passages in its search index and ${parts.passages.length} in its tables`);
  }
  return KnowledgeIndex.fromParts({ ...parts, search });
}
