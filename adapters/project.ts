import 'dotenv/config';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBot, type Bot } from '../src/bot.js';
import { readCoreConfig, type CoreConfig, type Env } from '../src/config.js';
import { KnowledgeBase } from '../src/knowledge-base.js';
import { createLogger, type Logger } from '../src/log.js';
import { readOpsConfig, type OpsConfig } from '../src/ops/config.js';
import { createRateLimiter } from '../src/ops/rate-limiter.js';
import { UnansweredLog } from '../src/ops/unanswered-log.js';

/** The project's root folder (where package.json and knowledge/ are). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The settings and logger, read before anything is loaded (so a health check can answer "starting"). */
export interface RuntimeSettings {
  env: Env;
  config: CoreConfig;
  ops: OpsConfig;
  logger: Logger;
  /** Values kept out of every log and of the unanswered-questions log. */
  secrets: readonly string[];
}

/** Everything a front end needs: settings, logger, knowledge and the bot over it. */
export interface Runtime extends RuntimeSettings {
  knowledge: KnowledgeBase;
  bot: Bot;
  /** The unanswered-questions log, when serving with `UNANSWERED_LOG` set; flush it before exiting. */
  unanswered?: UnansweredLog;
}

/** Options for {@link startRuntime}. */
export interface RuntimeOptions {
  /** The environment. Default `process.env` (with `.env` loaded by dotenv). */
  env?: Env;
  /** Extra values to keep out of logs (tokens, secrets). */
  secrets?: readonly string[];
  /**
   * True when serving chat users (`npm start`): per-user rate limits and the unanswered-questions
   * log are switched on as configured. False for the command-line tools. Default false.
   */
  serve?: boolean;
}

/**
 * Reads the configuration (the only place `process.env` is read) and creates the logger.
 *
 * @throws IcatError `CONFIG_INVALID` naming the variable to fix.
 */
export function readRuntimeSettings(options: RuntimeOptions = {}): RuntimeSettings {
  const env = options.env ?? process.env;
  const config = readCoreConfig(env, PROJECT_ROOT);
  const ops = readOpsConfig(env, PROJECT_ROOT);
  const secrets = options.secrets ?? [];
  const logger = createLogger({ level: config.logLevel, secrets });
  return { env, config, ops, logger, secrets };
}

/**
 * Loads the knowledge and builds the bot from settings read by {@link readRuntimeSettings}.
 * Rejects with an IcatError that says what to fix when the knowledge cannot be loaded.
 */
export async function loadRuntime(settings: RuntimeSettings, serve = false): Promise<Runtime> {
  const { config, ops, logger, secrets } = settings;
  const knowledge = await KnowledgeBase.load({ dir: config.knowledgeDir, displayRoot: PROJECT_ROOT, logger, answerer: { minConfidence: config.minConfidence } });
  const unanswered = serve && ops.unansweredLog ? new UnansweredLog({ path: ops.unansweredLog, logger, secrets }) : undefined;
  const bot = createBot({
    knowledge, logger,
    ...(serve && ops.rateLimit ? { rateLimiter: createRateLimiter(ops.rateLimit) } : {}),
    ...(unanswered ? { unanswered, unansweredBelow: ops.unansweredBelow } : {}),
  });
  return { ...settings, knowledge, bot, ...(unanswered ? { unanswered } : {}) };
}

/**
 * Reads the configuration, loads the knowledge and builds the bot: {@link readRuntimeSettings}
 * then {@link loadRuntime}. Rejects with an IcatError that says what to fix.
 */
export async function startRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  return loadRuntime(readRuntimeSettings(options), options.serve ?? false);
}

/** Prints a start-up failure as one clear line (no stack for the errors we raise on purpose) and sets a failing exit code. */
export function reportFatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const ours = error instanceof Error && 'code' in error;
  process.stderr.write(`icat-bot: ${ours ? message : (error as Error)?.stack ?? message}\n`);
  process.exitCode = 1;
}
