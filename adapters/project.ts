import 'dotenv/config';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBot, type Bot } from '../src/bot.js';
import { readCoreConfig, type CoreConfig, type Env } from '../src/config.js';
import { KnowledgeBase } from '../src/knowledge-base.js';
import { createLogger, type Logger } from '../src/log.js';

/** The project's root folder (where package.json and knowledge/ are). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Everything a front end needs: settings, logger, knowledge and the bot over it. */
export interface Runtime {
  env: Env;
  config: CoreConfig;
  logger: Logger;
  knowledge: KnowledgeBase;
  bot: Bot;
}

/** Options for {@link startRuntime}. */
export interface RuntimeOptions {
  /** The environment. Default `process.env` (with `.env` loaded by dotenv). */
  env?: Env;
  /** Extra values to keep out of logs (tokens, secrets). */
  secrets?: readonly string[];
}

/**
 * Reads the configuration (the only place `process.env` is read), loads the knowledge and builds
 * the bot. Rejects with an IcatError that says what to fix when the knowledge cannot be loaded.
 */
export async function startRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const env = options.env ?? process.env;
  const config = readCoreConfig(env, PROJECT_ROOT);
  const logger = createLogger({ level: config.logLevel, secrets: options.secrets ?? [] });
  const knowledge = await KnowledgeBase.load({ dir: config.knowledgeDir, displayRoot: PROJECT_ROOT, answerer: { minConfidence: config.minConfidence } });
  const bot = createBot({ knowledge, logger });
  return { env, config, logger, knowledge, bot };
}

/** Prints a start-up failure as one clear line (no stack for the errors we raise on purpose) and sets a failing exit code. */
export function reportFatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const ours = error instanceof Error && 'code' in error;
  process.stderr.write(`icat-bot: ${ours ? message : (error as Error)?.stack ?? message}\n`);
  process.exitCode = 1;
}
