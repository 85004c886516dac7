import { createLogger, type Logger } from '../log.js';
import { loadIndexedKnowledge, type IndexedKnowledge, type IndexSnapshotOptions } from '../search/index-snapshot.js';
import { restoreSerialisedIndex } from '../search/serialised-index.js';
import { createPacer, PACER_DEFAULTS } from '../time-slices.js';
import { rebuildError } from './error-records.js';
import { decodedPieces, type BuildRequest, type BuiltMessage, type FailedMessage, type LogMessage, type WorkerMessage } from './messages.js';
import { startIndexWorker } from './start-worker.js';

/** Options for {@link loadIndexedKnowledgeOffThread}: those of `loadIndexedKnowledge`, and how the main thread shares its time. */
export interface OffThreadOptions extends IndexSnapshotOptions {
  /**
   * The longest stretch, in milliseconds, the main thread spends restoring the index the worker
   * sent before serving again. Default 20 ({@link PACER_DEFAULTS}).
   */
  sliceMs?: number;
  /** The worker script. Default: the index worker beside this module (see start-worker.ts); tests pass a broken one. */
  workerScript?: URL;
}

/**
 * Loads and indexes a knowledge folder like `loadIndexedKnowledge` (same result, same errors),
 * without blocking the main thread: a worker thread reads, parses and indexes the files (and
 * writes the snapshot of large knowledge), then the main thread restores the index it sends in
 * slices of at most `sliceMs`, so health checks, chat acknowledgements and questions are served
 * throughout. A broken knowledge file rejects with the same error as on the main thread (a
 * KnowledgeParseError naming the file and line, or an IcatError whose `cause` lists them).
 * Should the worker itself fail (it cannot start, it crashes), the folder is loaded on the main
 * thread instead, with a warning: slower to serve meanwhile, but the bot never goes deaf.
 *
 * Documents of the result have empty `blocks`, as when restored from a snapshot: passages hold the text.
 */
export async function loadIndexedKnowledgeOffThread(options: OffThreadOptions): Promise<IndexedKnowledge> {
  const { sliceMs = PACER_DEFAULTS.sliceMs, workerScript, logger = createLogger({ level: 'warn' }), ...snapshotOptions } = options;
  let outcome: BuiltMessage | FailedMessage;
  try {
    outcome = await runIndexWorker({ ...snapshotOptions, displayRoot: options.displayRoot ?? process.cwd() }, logger, workerScript);
  } catch (error) {
    logger.warn('cannot index the knowledge in a worker thread: indexing it on the main thread instead, which pauses answers meanwhile (check that dist/ is complete, or report this)', { error });
    return loadIndexedKnowledge({ ...snapshotOptions, logger });
  }
  if (outcome.type === 'failed') throw rebuildError(outcome.error);
  try {
    const pieces = { tables: decodedPieces(outcome.tables), search: decodedPieces(outcome.search) };
    const index = await restoreSerialisedIndex(pieces, createPacer({ sliceMs }));
    return { documents: index.documents, index, version: outcome.version, from: outcome.from };
  } catch (error) {
    logger.warn('cannot restore the index the worker thread sent: indexing the knowledge on the main thread instead, which pauses answers meanwhile (report this)', { error });
    return loadIndexedKnowledge({ ...snapshotOptions, logger });
  }
}

/**
 * Runs the index worker to its one answer, relaying its log lines. Rejects only when the worker
 * itself fails (cannot start, crashes, stops without answering); a knowledge error is an answer.
 */
function runIndexWorker(request: BuildRequest, logger: Logger, script?: URL): Promise<BuiltMessage | FailedMessage> {
  return new Promise((resolve, reject) => {
    const worker = script ? startIndexWorker(request, script) : startIndexWorker(request);
    let answered = false;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'log') { relayLog(logger, message); return; }
      answered = true;
      // The worker frees its heap (hundreds of megabytes for large knowledge) as it stops; measured,
      // restoring meanwhile stalls the main thread on memory it cannot map. Its answer waits until it is gone.
      void worker.terminate().finally(() => resolve(message));
    });
    worker.once('error', (error) => { if (!answered) { answered = true; reject(error); } });
    worker.once('messageerror', (error) => { if (!answered) { answered = true; reject(error); void worker.terminate(); } });
    worker.once('exit', (code) => {
      if (!answered) { answered = true; reject(new Error(`the index worker stopped (exit code ${code}) without sending the index`)); }
    });
  });
}

/** Writes a log line the worker sent to the main thread's logger, its errors made errors again. */
function relayLog(logger: Logger, { level, message, fields, errors }: LogMessage): void {
  const rebuilt = Object.fromEntries(Object.entries(errors ?? {}).map(([name, record]) => [name, rebuildError(record)]));
  logger[level](message, fields || errors ? { ...fields, ...rebuilt } : undefined);
}
