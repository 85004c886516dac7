import { Worker } from 'node:worker_threads';
import type { BuildRequest } from './messages.js';

/**
 * Starts the index worker (worker.ts) with a request. Compiled (`npm start` runs dist/), the
 * worker is the `worker.js` beside this module. From the TypeScript sources (tsx, vitest) there is
 * no `worker.js`, and on Node 20 the loader hooks tsx installs on the main thread do not reach
 * worker threads, so the worker first registers tsx itself, then imports `worker.ts`.
 *
 * @param script - The worker script. Default: `worker.js` (or `worker.ts` from the sources) beside this module; tests pass another to see a worker fail.
 */
export function startIndexWorker(request: BuildRequest, script: URL = defaultScript()): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData: request });
  // Resolved here, not at import time: tsx is a development dependency, absent from production installs.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`;
  // The parent's own flags (tsx's, vitest's) are for the main thread; the bootstrap sets up what the worker needs.
  return new Worker(bootstrap, { eval: true, workerData: request, execArgv: [] });
}

function defaultScript(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
}
