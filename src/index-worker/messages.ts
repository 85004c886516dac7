import type { LogFields } from '../log.js';
import type { JsonPiece, PieceShape } from '../search/json-pieces.js';
import type { SerialisedIndex } from '../search/serialised-index.js';
import type { ErrorRecord } from './error-records.js';

/** What the index worker is asked to load (its `workerData`): the options of `loadIndexedKnowledge` that are data. */
export interface BuildRequest {
  dir: string;
  displayRoot: string;
  cacheDir?: string;
  minBytes?: number;
}

/** A warning or other log line written while loading, for the main thread's logger. */
export interface LogMessage {
  type: 'log';
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  fields?: LogFields;
  /** Fields holding errors, recorded so they arrive as errors (see error-records.ts). */
  errors?: Record<string, ErrorRecord>;
}

/**
 * The loaded index, sent once. Its pieces are UTF-8 bytes whose buffers are transferred rather
 * than copied, so receiving even a large index costs the main thread next to nothing: decoding
 * and parsing happen piece by piece afterwards.
 */
export interface BuiltMessage {
  type: 'built';
  version: string;
  from: 'snapshot' | 'built';
  tables: WirePiece[];
  search: WirePiece[];
}

/** The knowledge could not be loaded (missing folder, broken file): the error, recorded. */
export interface FailedMessage {
  type: 'failed';
  error: ErrorRecord;
}

/** Every message the index worker sends. */
export type WorkerMessage = LogMessage | BuiltMessage | FailedMessage;

/** A {@link JsonPiece} with its JSON as UTF-8 bytes. */
export interface WirePiece {
  field: string;
  shape: PieceShape;
  bytes: Uint8Array;
}

/** The pieces of a serialised index as a message, with the buffers to transfer beside it. */
export function builtMessage(serialised: SerialisedIndex, version: string, from: BuiltMessage['from']): { message: BuiltMessage; transfer: ArrayBuffer[] } {
  const encoder = new TextEncoder();
  const transfer: ArrayBuffer[] = [];
  const wire = (pieces: readonly JsonPiece[]) => pieces.map(({ field, shape, json }): WirePiece => {
    const bytes = encoder.encode(json);
    transfer.push(bytes.buffer as ArrayBuffer);
    return { field, shape, bytes };
  });
  return { message: { type: 'built', version, from, tables: wire(serialised.tables), search: wire(serialised.search) }, transfer };
}

/** The JSON pieces of received wire pieces, decoded one at a time as they are read. */
export function* decodedPieces(pieces: readonly WirePiece[]): Generator<JsonPiece> {
  const decoder = new TextDecoder();
  for (const { field, shape, bytes } of pieces) yield { field, shape, json: decoder.decode(bytes) };
}
