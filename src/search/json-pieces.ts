import { type Pacer } from '../time-slices.js';

/** How a field was cut: kept whole, or as runs of its array items, or of its plain-object entries. */
export type PieceShape = 'value' | 'array' | 'object';

/** One piece of an object cut by {@link toJsonPieces}: a whole field, or a run of its items or entries. */
export interface JsonPiece {
  /** The field of the object the piece belongs to. */
  field: string;
  shape: PieceShape;
  /**
   * JSON text: the field's value for `value`; for `array` and `object`, a run of items or
   * `"key":value` entries, comma-separated, without the brackets (empty for an empty array or object).
   */
  json: string;
}

/** Options for {@link toJsonPieces}, with defaults in {@link JSON_PIECES_DEFAULTS}. */
export interface JsonPiecesOptions {
  /**
   * About how many characters of JSON each piece holds. Default 131,072: parsing a piece takes
   * a few milliseconds, so a large index can be parsed on the main thread between questions.
   */
  pieceChars?: number;
}

/** Defaults for {@link JsonPiecesOptions}. */
export const JSON_PIECES_DEFAULTS = { pieceChars: 131_072 };

/**
 * Serialises an object as JSON cut into pieces of about `pieceChars` characters: each array or
 * plain-object field is cut between its items or entries, any other field is one piece. Why: one
 * `JSON.parse` of a large index blocks the event loop for hundreds of milliseconds, while its
 * pieces can be parsed one at a time with the event loop served in between
 * ({@link parseJsonPieces}). The pieces join back into exactly `JSON.stringify(object)`
 * ({@link jsonTextOf}), so the same serialisation serves snapshot files and worker threads.
 */
export function toJsonPieces(object: Readonly<Record<string, unknown>>, options: JsonPiecesOptions = {}): JsonPiece[] {
  const { pieceChars } = { ...JSON_PIECES_DEFAULTS, ...options };
  const pieces: JsonPiece[] = [];
  for (const [field, value] of Object.entries(object)) {
    const shape = shapeOf(value);
    if (shape === 'value') {
      const json = JSON.stringify(value);
      if (json !== undefined) pieces.push({ field, shape, json });
      continue;
    }
    const runs = shape === 'array' ? runsOf(value as unknown[], (run) => run, pieceChars) : entryRunsOf(value as Record<string, unknown>, pieceChars);
    let cut = false;
    for (const json of runs) {
      if (json === '') continue;
      pieces.push({ field, shape, json });
      cut = true;
    }
    if (!cut) pieces.push({ field, shape, json: '' });
  }
  return pieces;
}

/** The JSON text the pieces were cut from (`JSON.stringify` of the object), fragment by fragment, for writing to a file. */
export function* jsonTextOf(pieces: Iterable<JsonPiece>): Generator<string> {
  let open: JsonPiece | undefined;
  let itemsWritten = false;
  const close = (piece: JsonPiece) => (piece.shape === 'array' ? ']' : piece.shape === 'object' ? '}' : '');
  for (const piece of pieces) {
    if (open?.field !== piece.field) {
      yield `${open ? `${close(open)},` : '{'}${JSON.stringify(piece.field)}:${piece.shape === 'array' ? '[' : piece.shape === 'object' ? '{' : ''}`;
      open = piece;
      itemsWritten = false;
    }
    if (piece.json === '') continue;
    yield itemsWritten ? `,${piece.json}` : piece.json;
    itemsWritten = piece.shape !== 'value';
  }
  yield open ? `${close(open)}}` : '{}';
}

/**
 * Parses pieces made by {@link toJsonPieces} back into the object, one piece at a time, letting
 * the pacer give the event loop a turn between pieces. Rejects with a `SyntaxError` on a broken piece.
 */
export async function parseJsonPieces(pieces: Iterable<JsonPiece>, pacer: Pacer): Promise<Record<string, unknown>> {
  const object: Record<string, unknown> = {};
  for (const piece of pieces) {
    if (piece.shape === 'value') {
      setOwn(object, piece.field, JSON.parse(piece.json));
    } else if (piece.shape === 'array') {
      if (!Object.hasOwn(object, piece.field)) setOwn(object, piece.field, []);
      const items = object[piece.field] as unknown[];
      if (piece.json !== '') for (const item of JSON.parse(`[${piece.json}]`) as unknown[]) items.push(item);
    } else {
      if (!Object.hasOwn(object, piece.field)) setOwn(object, piece.field, {});
      const entries = object[piece.field] as Record<string, unknown>;
      if (piece.json !== '') {
        const parsed = JSON.parse(`{${piece.json}}`) as Record<string, unknown>;
        for (const key of Object.keys(parsed)) setOwn(entries, key, parsed[key]);
      }
    }
    await pacer.breathe();
  }
  return object;
}

/** Sets an own property, as `JSON.parse` does: a "__proto__" key stays a key rather than replacing the prototype. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * The JSON of consecutive runs of `items` (each without its brackets), each of about `pieceChars`:
 * whole runs are stringified at once (much faster than item by item), their length adapting to
 * the size of the items seen so far.
 */
function* runsOf<T>(items: readonly T[], toJson: (run: T[]) => unknown, pieceChars: number): Generator<string> {
  let count = 16;
  for (let start = 0; start < items.length;) {
    const end = Math.min(items.length, start + count);
    const json = JSON.stringify(toJson(items.slice(start, end)));
    yield json.slice(1, -1);
    count = Math.max(1, Math.min(count * 2, Math.round(((end - start) * pieceChars) / Math.max(json.length, 1))));
    start = end;
  }
}

/** {@link runsOf} for the entries of a plain object, each run stringified as an object of those entries. */
function entryRunsOf(object: Readonly<Record<string, unknown>>, pieceChars: number): Generator<string> {
  return runsOf(Object.keys(object), (keys) => {
    const run: Record<string, unknown> = {};
    for (const key of keys) setOwn(run, key, object[key]);
    return run;
  }, pieceChars);
}

function shapeOf(value: unknown): PieceShape {
  if (Array.isArray(value)) return 'array';
  if (value === null || typeof value !== 'object' || 'toJSON' in value) return 'value';
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null ? 'object' : 'value';
}
