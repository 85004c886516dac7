import { Client, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { DiscordConfig } from './config.js';
import { keepDirectMessagesWithoutChannelType } from './direct-messages.js';
import { NO_PINGS } from './render.js';

/**
 * Creates the discord.js client with only what the bot needs: servers and their channels (so a
 * message's channel is known), server and direct messages. No privileged intent: Discord sends
 * the text of messages that mention the bot, and of DMs, without Message Content.
 * `Partials.Channel` lets a DM in a channel the client has never seen through; messages are not
 * cached, and nothing the client sends can ping anyone unless a reply says otherwise.
 * See {@link keepDirectMessagesWithoutChannelType} for DMs from gateways that omit `channel_type`.
 */
export function createDiscordClient(config: DiscordConfig): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: NO_PINGS,
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
    ...shardOptions(config.shards),
  });
  keepDirectMessagesWithoutChannelType(client);
  return client;
}

/**
 * discord.js's own sharding, in this process: every shard of `count` (each identifies with its
 * `[id, count]`), or `auto` for Discord's recommended count. Unset: one unsharded connection.
 */
function shardOptions(shards: DiscordConfig['shards']): { shards?: number[] | 'auto'; shardCount?: number } {
  if (shards === 'auto') return { shards: 'auto' };
  if (shards === undefined) return {};
  return { shards: Array.from({ length: shards }, (_, id) => id), shardCount: shards };
}
