import { EventEmitter, once } from 'node:events';
import type { Bot } from '../../../src/bot.js';
import type { Feedback } from '../../../src/feedback/feedback.js';
import { createLogger, type Logger } from '../../../src/log.js';
import type { HttpRoute } from '../../../adapters/platform.js';
import { readSlackConfig, startSlack, type RunningSlack } from '../../../adapters/slack/index.js';
import { shippedBot } from '../../helpers/bot.js';
import { startFakeSlackApi, type FakeSlackApi, type FakeSlackApiOptions } from './fake-slack-api.js';
import { SIGNING_SECRET } from './signed-request.js';

/** The bot token the tests' apps use (never a real one). */
export const BOT_TOKEN = 'xoxb-0000-test-bot-token';

/** Log lines, parsed, with a way to wait for one. */
export interface CapturedLog {
  logger: Logger;
  lines: Record<string, unknown>[];
  /** Resolves with the first line (already written or to come) whose `msg` is `message`. */
  next(message: string): Promise<Record<string, unknown>>;
}

/** A JSON-lines logger at debug level that keeps its lines; `secrets` default to the test token and signing secret. */
export function captureLog(secrets: string[] = [BOT_TOKEN, SIGNING_SECRET]): CapturedLog {
  const lines: Record<string, unknown>[] = [];
  const events = new EventEmitter();
  const logger = createLogger({
    level: 'debug',
    secrets,
    stream: { write: (line: string) => { const parsed = JSON.parse(line) as Record<string, unknown>; lines.push(parsed); events.emit('line', parsed); } },
  });
  return {
    logger,
    lines,
    next: async (message) => {
      const seen = lines.find((line) => line.msg === message);
      if (seen) return seen;
      for (;;) {
        const [line] = (await once(events, 'line')) as [Record<string, unknown>];
        if (line.msg === message) return line;
      }
    },
  };
}

/** A real Bolt app in HTTP mode on 127.0.0.1, talking to a fake Web API. */
export interface SlackHarness {
  slack: RunningSlack;
  api: FakeSlackApi;
  log: CapturedLog;
  /** Where Slack would POST: `http://127.0.0.1:<port>/slack/events`. */
  eventsUrl: string;
  baseUrl: string;
  stop(): Promise<void>;
}

/** Options for {@link startSlackHarness}. */
export interface SlackHarnessOptions {
  /** Default: the bot over the shipped knowledge. */
  bot?: Bot;
  extraRoutes?: HttpRoute[];
  api?: FakeSlackApiOptions;
  /** Default: a debug-level {@link captureLog}. */
  log?: CapturedLog;
  /** Default: the adapter's own, which records no vote. */
  feedback?: Feedback;
}

/** Starts a fake Web API and a real Slack app on an ephemeral port, configured through {@link readSlackConfig}. */
export async function startSlackHarness(options: SlackHarnessOptions = {}): Promise<SlackHarness> {
  const api = await startFakeSlackApi(options.api);
  const log = options.log ?? captureLog();
  const config = readSlackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: '0', SLACK_API_URL: api.apiUrl });
  const slack = await startSlack({ bot: options.bot ?? await shippedBot(), config, logger: log.logger, ...(options.extraRoutes ? { extraRoutes: options.extraRoutes } : {}), ...(options.feedback ? { feedback: options.feedback } : {}) });
  const baseUrl = `http://127.0.0.1:${slack.port}`;
  return {
    slack, api, log, baseUrl, eventsUrl: `${baseUrl}/slack/events`,
    stop: async () => { await slack.stop(); await api.close(); },
  };
}
