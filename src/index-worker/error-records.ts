import { IcatError, KnowledgeParseError, type IcatErrorCode } from '../errors.js';

/**
 * An error as plain data, to cross from a worker thread to the main thread. Structured cloning
 * keeps an error's message but not its class nor fields such as `file` and `line`, which the
 * knowledge watcher logs (see `problemLocations`); a record keeps them so {@link rebuildError}
 * can make the same error again.
 */
export interface ErrorRecord {
  name: string;
  message: string;
  stack?: string;
  /** The `code` of an IcatError (or of a system error: `ENOENT`…). */
  code?: string;
  /** The `file` and `line` of a KnowledgeParseError. */
  file?: string;
  line?: number;
  /** The cause, recorded the same way; a list of causes stays a list (several broken files). */
  cause?: ErrorRecord | ErrorRecord[];
}

/** Causes are followed this deep; deeper ones are dropped rather than risk a cycle. */
const MAX_DEPTH = 4;

/** Records an error (or anything thrown) for {@link rebuildError} on the other side. */
export function recordError(error: unknown, depth = 0): ErrorRecord {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const fields = error as Error & { code?: unknown; file?: unknown; line?: unknown; cause?: unknown };
  const cause = depth >= MAX_DEPTH || fields.cause === undefined ? undefined
    : Array.isArray(fields.cause) ? fields.cause.map((one) => recordError(one, depth + 1)) : recordError(fields.cause, depth + 1);
  return {
    name: error.name,
    message: error.message,
    ...(error.stack ? { stack: error.stack } : {}),
    ...(typeof fields.code === 'string' ? { code: fields.code } : {}),
    ...(typeof fields.file === 'string' ? { file: fields.file } : {}),
    ...(typeof fields.line === 'number' ? { line: fields.line } : {}),
    ...(cause ? { cause } : {}),
  };
}

/**
 * Makes the recorded error again, of its class when it is icat-bot's own (KnowledgeParseError
 * with its file and line, IcatError with its code), with the same message, stack and causes.
 */
export function rebuildError(record: ErrorRecord): Error {
  const cause = Array.isArray(record.cause) ? record.cause.map(rebuildError) : record.cause ? rebuildError(record.cause) : undefined;
  const options = cause === undefined ? undefined : { cause };
  let error: Error;
  if (record.name === 'KnowledgeParseError' && record.file !== undefined && record.line !== undefined) {
    const prefix = `${record.file}:${record.line}: `;
    error = new KnowledgeParseError(record.file, record.line, record.message.startsWith(prefix) ? record.message.slice(prefix.length) : record.message, options);
  } else if (record.name === 'IcatError' && record.code !== undefined) {
    error = new IcatError(record.code as IcatErrorCode, record.message, options);
  } else {
    error = new Error(record.message, options);
    error.name = record.name;
    if (record.code !== undefined) Object.assign(error, { code: record.code });
  }
  error.message = record.message;
  if (record.stack !== undefined) error.stack = record.stack;
  return error;
}
