import 'dotenv/config';
import { createBot, type Bot } from '../src/bot.js';
import { readCoreConfig, type CoreConfig, type Env } from '../src/config.js';
import { Feedback } from '../src/feedback/feedback.js';
import { FeedbackLog } from '../src/feedback/feedback-log.js';
import { KnowledgeBase } from '../src/knowledge-base.js';
import { createLogger, type Logger } from '../src/log.js';
import { readOpsConfig, type OpsConfig } from '../src/ops/config.js';
import { UnansweredLog } from '../src/ops/unanswered-log.js';
import { PROJECT_ROOT } from '../src/project-root.js';
import { readReportingChannel } from '../src/safeguarding/config.js';
import { openState, type SharedState } from '../src/state/open-state.js';

/** The project's root folder (where package.json and knowledge/ are), the same from `src` and `dist`. */
export { PROJECT_ROOT };

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
  /** When serving: the state shared with other replicas (Redis with `REDIS_URL`, else memory); close it before exiting. */
  state?: SharedState;
  /** Votes on answers; recorded in `feedbackLog` when serving with `FEEDBACK_LOG` set. */
  feedback: Feedback;
  /** The feedback log, when serving with `FEEDBACK_LOG` set; flush it before exiting. */
  feedbackLog?: FeedbackLog;
}

/** Options for {@link startRuntime}. */
export interface RuntimeOptions {
  /** The environment. Default `process.env` (with `.env` loaded by dotenv). */
  env?: Env;
  /** Extra values to keep out of logs (tokens, secrets). */
  secrets?: readonly string[];
  /**
   * True when serving chat users (`npm start`): the shared state (`REDIS_URL`), per-user rate
   * limits and the unanswered-questions log are switched on as configured. False for the
   * command-line tools. Default false.
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
  knownSecrets = secrets;
  const logger = createLogger({ level: config.logLevel, secrets });
  return { env, config, ops, logger, secrets };
}

/**
 * Loads the knowledge and builds the bot from settings read by {@link readRuntimeSettings}; when
 * serving, first opens the shared state, so an unreachable Redis fails start-up at once.
 * Rejects with an IcatError that says what to fix when the state or the knowledge cannot be loaded.
 */
export async function loadRuntime(settings: RuntimeSettings, serve = false): Promise<Runtime> {
  const { config, ops, logger, secrets } = settings;
  const state = serve ? await openState({ ...(ops.redisUrl ? { redisUrl: ops.redisUrl } : {}), logger }) : undefined;
  if (state) logger.info('state store opened', { store: state.kind });
  let knowledge: KnowledgeBase;
  try {
    knowledge = await KnowledgeBase.load({ dir: config.knowledgeDir, displayRoot: PROJECT_ROOT, logger, answerer: { minConfidence: config.minConfidence } });
  } catch (error) {
    await state?.close();
    throw error;
  }
  const unanswered = serve && ops.unansweredLog ? new UnansweredLog({ path: ops.unansweredLog, logger, secrets }) : undefined;
  const bot = createBot({
    knowledge, logger, reportingChannel: readReportingChannel(settings.env, config.knowledgeDir),
    ...(state && ops.rateLimit ? { rateLimiter: state.rateLimiter(ops.rateLimit) } : {}),
    ...(unanswered ? { unanswered, unansweredBelow: ops.unansweredBelow } : {}),
  });
  const feedbackLog = serve && ops.feedbackLog ? new FeedbackLog({ path: ops.feedbackLog, logger }) : undefined;
  const feedback = new Feedback({ ...(feedbackLog ? { sink: feedbackLog } : {}), knowledgeVersion: () => knowledge.status.version, topics: () => bot.topics() });
  return {
    ...settings, knowledge, bot, feedback,
    ...(unanswered ? { unanswered } : {}), ...(feedbackLog ? { feedbackLog } : {}), ...(state ? { state } : {}),
  };
}

/**
 * Reads the configuration, loads the knowledge and builds the bot: {@link readRuntimeSettings}
 * then {@link loadRuntime}. Rejects with an IcatError that says what to fix.
 */
export async function startRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  return loadRuntime(readRuntimeSettings(options), options.serve ?? false);
}

/** The secrets of the last settings read, so a fatal error's log line is scrubbed of them too. */
let knownSecrets: readonly string[] = [];

/**
 * Reports a start-up failure twice on stderr: as a JSON log line like every other (`"level":"error"`,
 * `"msg":"start-up failed"`, the error's code, message and stack), for log collectors, then as one
 * human line, `icat-bot: <what to fix>`. Sets a failing exit code.
 */
export function reportFatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  createLogger({ level: 'error', secrets: knownSecrets }).error('start-up failed', { error });
  const line = message.split('\n')[0] ?? message;
  process.stderr.write(`icat-bot: ${scrub(line)}\n`);
  process.exitCode = 1;
}

function scrub(text: string): string {
  return knownSecrets.filter((secret) => secret.length >= 6).reduce((out, secret) => out.split(secret).join('[redacted]'), text);
}
