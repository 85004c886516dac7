/**
 * The Discord adapter: answers @mentions, DMs and `/icat` with discord.js 14. `npm start` uses
 * {@link discordPlatform}; `npm run discord:register` registers the command.
 */
export { readDiscordConfig, DISCORD_DEFAULT_API_URL, type DiscordConfig } from './config.js';
export { startDiscord, type StartDiscordOptions } from './start.js';
export { discordPlatform } from './platform.js';
export { registerCommands, type RegisterOptions, type RegisterResult } from './register.js';
export { renderReply, NO_PINGS, DISCORD_CONTENT_LIMIT, type DiscordMessage, type ReplyVia } from './render.js';
export { icatCommand, allCommands, ICAT_COMMAND } from './commands.js';
