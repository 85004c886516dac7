import type { Env } from '../../src/config.js';
import { ConversationStore } from '../../src/conversation/conversation-store.js';
import type { PlatformStarter } from '../platform.js';
import { readDiscordConfig } from './config.js';
import { startDiscord } from './start.js';

/** Discord for `npm start`: configured when `DISCORD_TOKEN` is set; its one secret is that token. */
export const discordPlatform: PlatformStarter = {
  name: 'discord',
  isConfigured: (env: Env) => Boolean(env.DISCORD_TOKEN?.trim()),
  secrets: (env: Env) => {
    const token = env.DISCORD_TOKEN?.trim();
    // A token pasted with its "Bot " prefix is logged (if ever) without it.
    return token ? [...new Set([token, token.replace(/^Bot\s+/i, '')])] : [];
  },
  checkSettings: (env: Env) => { readDiscordConfig(env); },
  start: async ({ bot, env, logger, state, feedback }) => startDiscord({
    bot, config: readDiscordConfig(env), logger, ...(state ? { conversations: new ConversationStore({ store: state }) } : {}),
    ...(feedback ? { feedback } : {}),
  }),
};
