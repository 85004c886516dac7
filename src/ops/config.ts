import { isAbsolute, resolve } from 'node:path';
import type { Env } from '../config.js';
import { IcatError } from '../errors.js';
import { RATE_LIMIT_DEFAULTS } from './rate-limiter.js';
import { DEFAULT_UNANSWERED_BELOW } from './unanswered-log.js';

/** Settings for running as a service, read once from the environment by {@link readOpsConfig}. */
export interface OpsConfig {
  /** `RATE_LIMIT_BURST` (default 5, `0` turns limits off) and `RATE_LIMIT_INTERVAL_SECONDS` (default 3). Undefined when off. */
  rateLimit?: { burst: number; intervalMs: number };
  /** `HEALTH_PORT`: serve `GET /healthz` on this port of its own. Default: not served separately. */
  healthPort?: number;
  /** `UNANSWERED_LOG`: absolute path of the unanswered-questions log. Default: off (questions may be sensitive). */
  unansweredLog?: string;
  /** `FEEDBACK_LOG`: absolute path of the feedback log (votes on answers, no user ids). Default: off. */
  feedbackLog?: string;
  /** `UNANSWERED_BELOW`: answers under this confidence are logged as unanswered too. Default 0.7. */
  unansweredBelow: number;
  /** `KNOWLEDGE_WATCH`: reload the knowledge when its files change. Default on; `off` turns it off. */
  watchKnowledge: boolean;
  /** `KNOWLEDGE_CHECK_SECONDS`: how often the knowledge's content hash is checked, as a backstop to file events, in ms. Default 10 000; 0 turns it off. */
  knowledgeCheckMs: number;
  /** `SHUTDOWN_TIMEOUT_SECONDS`: the longest shutdown waits for replies in flight, in ms. Default 5000. */
  shutdownTimeoutMs: number;
  /**
   * `REDIS_URL` (`redis://` or `rediss://`): share event de-duplication and rate limits with other
   * replicas through this Redis. Default unset: state lives in this process's memory.
   */
  redisUrl?: string;
  /**
   * `SHUTDOWN_DRAIN_SECONDS`: after SIGTERM, how long `/healthz` answers 503 while requests are
   * still accepted, so a load balancer takes the replica out before it stops listening, in ms.
   * Default 2000; 0 stops listening at once.
   */
  shutdownDrainMs: number;
}

/**
 * Reads the service settings (rate limits, health port, unanswered and feedback logs, hot reload, shutdown).
 * Relative paths are resolved against `projectRoot`.
 *
 * @throws IcatError `CONFIG_INVALID` naming the variable and what it accepts.
 */
export function readOpsConfig(env: Env, projectRoot: string): OpsConfig {
  const burst = readNumber(env, 'RATE_LIMIT_BURST', RATE_LIMIT_DEFAULTS.burst, { min: 0, integer: true }, 'a whole number of questions (0 turns rate limits off)');
  const interval = readNumber(env, 'RATE_LIMIT_INTERVAL_SECONDS', RATE_LIMIT_DEFAULTS.intervalMs / 1000, { min: 0.001 }, 'a number of seconds greater than 0');
  const healthPort = env.HEALTH_PORT?.trim() ? readNumber(env, 'HEALTH_PORT', 0, { min: 0, max: 65535, integer: true }, 'a port from 0 to 65535') : undefined;
  const log = env.UNANSWERED_LOG?.trim();
  const feedbackLog = env.FEEDBACK_LOG?.trim();
  const watch = env.KNOWLEDGE_WATCH?.trim().toLowerCase();
  if (watch && !['on', 'off', 'true', 'false', '1', '0', 'yes', 'no'].includes(watch)) {
    throw new IcatError('CONFIG_INVALID', `KNOWLEDGE_WATCH must be "on" or "off" (got "${env.KNOWLEDGE_WATCH}").`);
  }
  const redisUrl = env.REDIS_URL?.trim();
  if (redisUrl && !/^rediss?:\/\/[^/\s]/.test(redisUrl)) {
    throw new IcatError('CONFIG_INVALID', `REDIS_URL must be a Redis address such as redis://127.0.0.1:6379 or rediss://user:password@host:6380 (got "${redisUrl.replace(/:[^:@/]*@/, ':***@')}"); leave it empty to keep state in memory.`);
  }
  return {
    ...(redisUrl ? { redisUrl } : {}),
    ...(burst > 0 ? { rateLimit: { burst, intervalMs: Math.round(interval * 1000) } } : {}),
    ...(healthPort !== undefined ? { healthPort } : {}),
    ...(log ? { unansweredLog: isAbsolute(log) ? log : resolve(projectRoot, log) } : {}),
    ...(feedbackLog ? { feedbackLog: isAbsolute(feedbackLog) ? feedbackLog : resolve(projectRoot, feedbackLog) } : {}),
    unansweredBelow: readNumber(env, 'UNANSWERED_BELOW', DEFAULT_UNANSWERED_BELOW, { min: 0, max: 1 }, 'a confidence from 0 to 1'),
    watchKnowledge: !watch || ['on', 'true', '1', 'yes'].includes(watch),
    knowledgeCheckMs: Math.round(readNumber(env, 'KNOWLEDGE_CHECK_SECONDS', 10, { min: 0, max: 86_400 }, 'a number of seconds (0 turns the periodic check off)') * 1000),
    shutdownTimeoutMs: Math.round(readNumber(env, 'SHUTDOWN_TIMEOUT_SECONDS', 5, { min: 0.1, max: 600 }, 'a number of seconds from 0.1 to 600') * 1000),
    shutdownDrainMs: Math.round(readNumber(env, 'SHUTDOWN_DRAIN_SECONDS', 2, { min: 0, max: 600 }, 'a number of seconds from 0 to 600') * 1000),
  };
}

function readNumber(env: Env, name: string, fallback: number, range: { min: number; max?: number; integer?: boolean }, what: string): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  const valid = Number.isFinite(value) && value >= range.min && (range.max === undefined || value <= range.max) && (!range.integer || Number.isInteger(value));
  if (!valid) throw new IcatError('CONFIG_INVALID', `${name} must be ${what} (got "${text}"); leave it empty for the default, ${fallback}.`);
  return value;
}
