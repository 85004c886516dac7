import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/log.js';

/**
 * Bolt's logger interface over icat-bot's JSON-lines logger, so Bolt, its Web API client and its
 * Socket Mode client log through the one sink that filters by `LOG_LEVEL` and scrubs secrets.
 * Bolt's level is kept at DEBUG: our logger decides what is written.
 */
export function boltLogger(logger: Logger, name = 'slack'): BoltLogger {
  let scope = name;
  const line = (parts: unknown[]) => parts.map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : safeJson(part))).join(' ');
  return {
    debug: (...parts) => logger.debug(line(parts), { source: scope }),
    info: (...parts) => logger.info(line(parts), { source: scope }),
    warn: (...parts) => logger.warn(line(parts), { source: scope }),
    error: (...parts) => logger.error(line(parts), { source: scope }),
    setLevel: () => {},
    getLevel: () => LogLevel.DEBUG,
    setName: (newName) => { scope = `${name}:${newName}`; },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
