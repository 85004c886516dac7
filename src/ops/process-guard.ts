import type { Logger } from '../log.js';

/** What {@link guardProcess} installed, to remove it again (tests, or a library embedding the bot). */
export interface ProcessGuard {
  /** Removes the handlers. */
  remove(): void;
}

/**
 * Keeps one stray failure from taking the whole bot down. Node ends the process on an unhandled
 * promise rejection or an uncaught exception; a bot serving a workspace should instead log it and
 * go on answering everyone else. Each one is logged as an error through `logger`, which scrubs
 * tokens and secrets, with the error's name, message and stack but never a request body.
 *
 * Call it once, at start-up, in the process's entry point (never from library code).
 */
export function guardProcess(logger: Logger): ProcessGuard {
  const onRejection = (reason: unknown) => {
    logger.error('unhandled promise rejection: still serving', { error: asError(reason) });
  };
  const onException = (error: Error, origin: string) => {
    logger.error('uncaught exception: still serving', { error: asError(error), origin });
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return {
    remove: () => {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    },
  };
}

/** Only an Error's own fields are logged: an arbitrary rejected value may hold anything, so it is summarised. */
function asError(value: unknown): Error {
  if (value instanceof Error) return value;
  return new Error(`non-Error value of type ${value === null ? 'null' : typeof value}`);
}
