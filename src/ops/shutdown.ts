import { silentLogger, type Logger } from '../log.js';

/** One thing to stop at shutdown, named for the log. */
export interface ShutdownStep {
  name: string;
  stop(): Promise<void> | void;
}

/** Options for {@link shutDown}. */
export interface ShutdownOptions {
  /** The longest the whole shutdown may take before giving up on what is left, in ms. Default 5000. */
  timeoutMs?: number;
  /** Where progress and failures go. Default: nowhere. */
  logger?: Logger;
}

/** How a shutdown went. */
export interface ShutdownResult {
  /** True when every step finished in time (failures are logged and still count as finished). */
  completed: boolean;
  /** The steps still running when time ran out. */
  unfinished: string[];
}

/**
 * Stops a service in phases, each phase's steps side by side, the next phase only when the
 * previous one is done: e.g. first the platforms (stop intake, finish replies in flight), then the
 * watcher, the logs and the health server. The whole is bounded by `timeoutMs`, so a hung
 * connection can delay exit by a few seconds but never keep the process alive.
 */
export async function shutDown(phases: readonly (readonly ShutdownStep[])[], options: ShutdownOptions = {}): Promise<ShutdownResult> {
  const { timeoutMs = 5000, logger = silentLogger } = options;
  const running = new Set<string>();
  const work = (async () => {
    for (const phase of phases) {
      await Promise.all(phase.map(async (step) => {
        running.add(step.name);
        try {
          await step.stop();
        } catch (error) {
          logger.warn('shutdown step failed', { step: step.name, error });
        } finally {
          running.delete(step.name);
        }
      }));
    }
  })();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
  const outcome = await Promise.race([work.then(() => 'done' as const), deadline]);
  clearTimeout(timer);
  if (outcome === 'done') return { completed: true, unfinished: [] };
  const unfinished = [...running];
  logger.warn('shutdown timed out: exiting without waiting further', { timeoutMs, unfinished });
  return { completed: false, unfinished };
}
