import type { Env } from '../../src/config.js';
import { ConversationStore } from '../../src/conversation/conversation-store.js';
import type { PlatformStarter } from '../platform.js';
import { readSlackConfig, slackSecrets } from './config.js';
import { startSlack } from './start-slack.js';

export { DEFAULT_PORT, readSlackConfig, slackSecrets, type SlackConfig, type SlackMode } from './config.js';
export { escapeMrkdwn } from './mrkdwn.js';
export { FEEDBACK_ACTION_ID, renderReply, SHARE_ACTION_ID, type RenderOptions, type SlackMessage } from './render-blocks.js';
export { EVENTS_PATH, startSlack, type RunningSlack, type StartSlackOptions } from './start-slack.js';

/**
 * Slack as `npm start` sees it: configured as soon as any Slack credential is set (so a
 * half-filled `.env` fails loudly, naming what is missing, instead of silently opening the
 * terminal chat), started over Socket Mode or HTTP by {@link startSlack}.
 */
export const slackPlatform: PlatformStarter = {
  name: 'slack',
  isConfigured: (env: Env) => ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'].some((name) => Boolean(env[name]?.trim())),
  secrets: slackSecrets,
  checkSettings: (env: Env) => { readSlackConfig(env); },
  start: async ({ bot, env, logger, extraRoutes, state, feedback }) => startSlack({
    bot, config: readSlackConfig(env), logger, ...(extraRoutes ? { extraRoutes } : {}),
    ...(state ? { state, conversations: new ConversationStore({ store: state }) } : {}),
    ...(feedback ? { feedback } : {}),
  }),
};
