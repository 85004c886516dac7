import { isAbsolute, resolve } from 'node:path';
import { ANSWERER_DEFAULTS } from './answerer.js';
import { IcatError } from './errors.js';
import { parseLogLevel, type LogLevel } from './log.js';

/** The environment as a plain record, so configuration can be read from a test's object as well as `process.env`. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Settings of the core, whatever the platform. */
export interface CoreConfig {
  /** Absolute path of the knowledge folder: `KNOWLEDGE_DIR`, default `knowledge/` in the project. */
  knowledgeDir: string;
  /** `LOG_LEVEL`: debug, info, warn, error or silent. Default info. */
  logLevel: LogLevel;
  /** `MIN_CONFIDENCE`: below it the bot declines. Default {@link ANSWERER_DEFAULTS}.minConfidence (0.55). */
  minConfidence: number;
}

/**
 * Reads the core's settings from the environment. Relative paths are resolved against
 * `projectRoot`, so the bot finds its knowledge whatever folder it is started from.
 */
export function readCoreConfig(env: Env, projectRoot: string): CoreConfig {
  const dir = env.KNOWLEDGE_DIR?.trim() || 'knowledge';
  const minConfidence = env.MIN_CONFIDENCE?.trim() ? Number(env.MIN_CONFIDENCE) : ANSWERER_DEFAULTS.minConfidence;
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
    throw new IcatError('CONFIG_INVALID', `MIN_CONFIDENCE must be a number from 0 to 1 (got "${env.MIN_CONFIDENCE}").`);
  }
  return {
    knowledgeDir: isAbsolute(dir) ? dir : resolve(projectRoot, dir),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    minConfidence,
  };
}

/**
 * Reads a required variable, failing with a message that names it and says what to set.
 *
 * @param hint - what the value is and where to find it, e.g. "the Bot User OAuth Token (xoxb-…)"
 */
export function requireVariable(env: Env, name: string, hint: string): string {
  const value = env[name]?.trim();
  if (!value) throw new IcatError('CONFIG_MISSING', `${name} is not set: set it to ${hint} (see .env.example).`);
  return value;
}

/**
 * Parses an http(s) address given in a variable, failing with a message that names the variable
 * and shows a valid example.
 */
export function parseHttpUrl(name: string, value: string, example: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new IcatError('CONFIG_INVALID', `${name} must be an http(s) address such as ${example} (got "${value}"); leave it empty for the default.`);
  }
  return url;
}
