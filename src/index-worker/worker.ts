// The index worker: loads and indexes the knowledge folder off the main thread (parsing, analysis,
// snapshot file), then sends the index back serialised, or the error recorded. Started by
// start-worker.ts with a BuildRequest as its workerData; it sends one `built` or `failed` message
// (after any `log` messages) and ends.
import { parentPort, workerData } from 'node:worker_threads';
import type { Logger, LogFields } from '../log.js';
import { loadIndexedKnowledge } from '../search/index-snapshot.js';
import { serialiseIndex } from '../search/serialised-index.js';
import { recordError, type ErrorRecord } from './error-records.js';
import { builtMessage, type BuildRequest, type LogMessage, type WorkerMessage } from './messages.js';

const port = parentPort;
if (!port) throw new Error('src/index-worker/worker.ts runs as a worker thread: start it with startIndexWorker (start-worker.ts)');

const send = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/** A logger whose lines go to the main thread's logger, errors recorded so they arrive whole. */
const forward = (level: LogMessage['level']) => (message: string, fields?: LogFields) => {
  const errors: Record<string, ErrorRecord> = {};
  const plain: LogFields = {};
  for (const [name, value] of Object.entries(fields ?? {})) {
    if (value instanceof Error) errors[name] = recordError(value);
    else plain[name] = value;
  }
  const line: LogMessage = { type: 'log', level, message, ...(fields ? { fields: plain } : {}), ...(Object.keys(errors).length > 0 ? { errors } : {}) };
  try {
    send(line);
  } catch {
    // A field that cannot be cloned (a function, a socket) must not fail the load: the line goes without its fields.
    send({ type: 'log', level, message, fields: { note: 'fields dropped: they could not be sent from the index worker' } });
  }
};
const logger: Logger = { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };

const request = workerData as BuildRequest;
try {
  const loaded = await loadIndexedKnowledge({ ...request, logger });
  const { message, transfer } = builtMessage(loaded.serialised ?? serialiseIndex(loaded.index, ''), loaded.version, loaded.from);
  send(message, transfer);
} catch (error) {
  send({ type: 'failed', error: recordError(error) });
}
