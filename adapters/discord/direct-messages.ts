import { ChannelType, Events, type Client } from 'discord.js';

/**
 * Makes sure a direct message in a DM channel the client has never seen still arrives as a
 * `messageCreate`. discord.js 14 builds the (partial) DM channel from the `channel_type` Discord
 * puts in MESSAGE_CREATE; a message without it and without `guild_id` (older gateways, proxies)
 * would otherwise be dropped silently. Such a message can only be a DM, so the type is filled in
 * on the raw packet, which discord.js handles right after `raw` listeners run.
 */
export function keepDirectMessagesWithoutChannelType(client: Client): void {
  client.on(Events.Raw, (packet: { t?: unknown; d?: Record<string, unknown> }) => {
    const data = packet?.d;
    if (packet?.t !== 'MESSAGE_CREATE' || !data || 'guild_id' in data || 'channel_type' in data) return;
    data.channel_type = ChannelType.DM;
  });
}
