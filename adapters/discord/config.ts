import { parseHttpUrl, requireVariable, type Env } from '../../src/config.js';
import { IcatError } from '../../src/errors.js';

/** Discord's own REST base, as discord.js uses it when `DISCORD_API_URL` is not set. */
export const DISCORD_DEFAULT_API_URL = 'https://discord.com/api';

/** Everything the Discord adapter is configured with, read once by {@link readDiscordConfig}. */
export interface DiscordConfig {
  /** `DISCORD_TOKEN`: the bot token from the Developer Portal (Bot → Reset Token). Required. */
  token: string;
  /**
   * `DISCORD_GUILD_ID`: the server `npm run discord:register` registers `/icat` in (instant, for
   * trying it). Default: none, so the command is registered globally.
   */
  guildId?: string;
  /**
   * `DISCORD_API_URL`: a REST base to use instead of Discord's (a proxy, or a local fake in
   * tests), given as discord.js's `rest.api` (without `/v10`). The gateway address then comes
   * from that API's `GET /gateway/bot`. Default: none, meaning {@link DISCORD_DEFAULT_API_URL}.
   */
  apiUrl?: string;
  /**
   * `DISCORD_SHARDS`: how many gateway shards this process runs, all of them (discord.js's
   * `shards` client option), or `auto` for the count Discord recommends. Discord requires sharding
   * from 2,500 servers and recommends about one shard per 1,000. Default: none (one connection).
   */
  shards?: number | 'auto';
}

/**
 * Reads the Discord settings from `env`. Fails with an IcatError naming the variable to fix:
 * CONFIG_MISSING when `DISCORD_TOKEN` is not set, CONFIG_INVALID for a malformed
 * `DISCORD_GUILD_ID` or `DISCORD_API_URL`.
 *
 * @example
 * readDiscordConfig({ DISCORD_TOKEN: 'MTE…', DISCORD_GUILD_ID: '123456789012345678' })
 */
export function readDiscordConfig(env: Env): DiscordConfig {
  const token = requireVariable(env, 'DISCORD_TOKEN', 'your bot token (Developer Portal → your application → Bot → Reset Token)')
    .replace(/^Bot\s+/i, '');
  const config: DiscordConfig = { token };
  const guildId = env.DISCORD_GUILD_ID?.trim();
  if (guildId) {
    if (!/^\d{15,25}$/.test(guildId)) {
      throw new IcatError('CONFIG_INVALID', `DISCORD_GUILD_ID must be a server id (digits only; right-click the server with Developer Mode on → Copy Server ID), got "${guildId}".`);
    }
    config.guildId = guildId;
  }
  const apiUrl = env.DISCORD_API_URL?.trim();
  if (apiUrl) config.apiUrl = parseApiUrl(apiUrl);
  const shards = readShards(env.DISCORD_SHARDS);
  if (shards !== undefined) config.shards = shards;
  return config;
}

/** `DISCORD_SHARDS`: empty for none, `auto`, or a whole number of shards from 1 to 1 000. */
function readShards(value: string | undefined): number | 'auto' | undefined {
  const text = value?.trim().toLowerCase();
  if (!text) return undefined;
  if (text === 'auto') return 'auto';
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1 || count > 1000) {
    throw new IcatError('CONFIG_INVALID', `DISCORD_SHARDS must be a whole number of shards (1 to 1000) or "auto" (got "${value}"); leave it empty below 2,500 servers.`);
  }
  return count;
}

/** The REST base as discord.js wants it: no trailing slash and no version, which it appends itself. */
function parseApiUrl(value: string): string {
  const url = parseHttpUrl('DISCORD_API_URL', value, DISCORD_DEFAULT_API_URL);
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}
