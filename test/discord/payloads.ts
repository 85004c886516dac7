/**
 * Gateway payloads as Discord sends them (API v10), trimmed to the fields discord.js reads, for
 * the local fake Discord and the tests that drive it.
 */

let nextId = 1_000_000_000_000_000n;
/** A fresh snowflake-looking id. */
export function snowflake(): string {
  nextId += 1n;
  return String(nextId);
}

/** A user object; `bot` marks bots and the icat bot itself. */
export function user(id: string, username: string, bot = false): Record<string, unknown> {
  return { id, username, discriminator: '0', global_name: username, avatar: null, bot, flags: 0 };
}

/** The ids that make up the fake world: the bot, its application, one server with one channel. */
export interface FakeWorld {
  botUserId: string;
  applicationId: string;
  guildId: string;
  channelId: string;
}

/** READY, listing the server as unavailable so discord.js waits for its GUILD_CREATE. */
export function readyPayload(world: FakeWorld, resumeUrl: string): Record<string, unknown> {
  return {
    v: 10, user_settings: {}, user: { ...user(world.botUserId, 'icat-bot', true), verified: true, mfa_enabled: false },
    guilds: [{ id: world.guildId, unavailable: true }], session_id: `session-${snowflake()}`, resume_gateway_url: resumeUrl,
    shard: [0, 1], application: { id: world.applicationId, flags: 0 }, private_channels: [], relationships: [], presences: [],
  };
}

/** GUILD_CREATE for the test server, with its one text channel and the bot as a member. */
export function guildCreatePayload(world: FakeWorld): Record<string, unknown> {
  const joinedAt = new Date(0).toISOString();
  return {
    id: world.guildId, name: 'ICAT test server', icon: null, splash: null, discovery_splash: null, banner: null, description: null,
    owner_id: '1', afk_channel_id: null, afk_timeout: 300, verification_level: 0, default_message_notifications: 0,
    explicit_content_filter: 0, mfa_level: 0, nsfw_level: 0, premium_tier: 0, premium_progress_bar_enabled: false,
    system_channel_id: null, system_channel_flags: 0, rules_channel_id: null, public_updates_channel_id: null,
    safety_alerts_channel_id: null, vanity_url_code: null, preferred_locale: 'en-US', features: [], application_id: null,
    roles: [{ id: world.guildId, name: '@everyone', permissions: '68608', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    emojis: [], stickers: [], joined_at: joinedAt, large: false, unavailable: false, member_count: 2, voice_states: [],
    members: [{ user: user(world.botUserId, 'icat-bot', true), roles: [], joined_at: joinedAt, deaf: false, mute: false, flags: 0 }],
    channels: [{ id: world.channelId, type: 0, guild_id: world.guildId, name: 'general', position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0 }],
    threads: [], presences: [], stage_instances: [], guild_scheduled_events: [],
  };
}

/** What a test says about a message someone sends. */
export interface MessageSpec {
  content: string;
  /** Who sends it. Default: a person, "ana". */
  author?: Record<string, unknown>;
  /** Users the message mentions (Discord lists them beside the text). Default none. */
  mentions?: Record<string, unknown>[];
  /** True for `@everyone`/`@here`. Default false. */
  mentionEveryone?: boolean;
  /** Role ids the message mentions. Default none. */
  mentionRoles?: string[];
  /** A DM channel id: sends it as a direct message instead of in the server's channel. */
  dmChannelId?: string;
  /** Leaves out `channel_type`, as older gateways did. Default false. */
  withoutChannelType?: boolean;
  /** The message this one replies to, as Discord embeds it. */
  replyTo?: Record<string, unknown>;
}

/** The person who asks, unless a test says otherwise. */
export const ASKER = user('200000000000000001', 'ana');

/** MESSAGE_CREATE for a message in the server's channel, or in a DM. */
export function messagePayload(world: FakeWorld, spec: MessageSpec): Record<string, unknown> {
  const author = spec.author ?? ASKER;
  const inGuild = !spec.dmChannelId;
  const channelId = spec.dmChannelId ?? world.channelId;
  return {
    id: snowflake(), type: spec.replyTo ? 19 : 0, channel_id: channelId, author, content: spec.content,
    ...(spec.withoutChannelType ? {} : { channel_type: inGuild ? 0 : 1 }),
    timestamp: new Date().toISOString(), edited_timestamp: null, tts: false,
    mention_everyone: spec.mentionEveryone ?? false, mentions: spec.mentions ?? [], mention_roles: spec.mentionRoles ?? [],
    attachments: [], embeds: [], pinned: false, flags: 0,
    ...(inGuild ? { guild_id: world.guildId, member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 } } : {}),
    ...(spec.replyTo ? {
      message_reference: { type: 0, message_id: spec.replyTo.id, channel_id: channelId, ...(inGuild ? { guild_id: world.guildId } : {}) },
      referenced_message: spec.replyTo,
    } : {}),
  };
}

/** What a test says about a `/icat` use or an autocomplete request. */
export interface InteractionSpec {
  /** 2 = the command itself, 4 = autocomplete. */
  type: 2 | 4;
  /** Option values; for autocomplete, the focused one is `question`. */
  question?: string;
  share?: boolean;
}

/** INTERACTION_CREATE for `/icat` used in the server's channel. */
export function interactionPayload(world: FakeWorld, spec: InteractionSpec): Record<string, unknown> {
  const options: Record<string, unknown>[] = [];
  if (spec.question !== undefined) options.push({ name: 'question', type: 3, value: spec.question, ...(spec.type === 4 ? { focused: true } : {}) });
  if (spec.share !== undefined) options.push({ name: 'share', type: 5, value: spec.share });
  return {
    id: snowflake(), application_id: world.applicationId, type: spec.type, token: `interaction-token-${snowflake()}`, version: 1,
    data: { id: '300000000000000001', name: 'icat', type: 1, options },
    guild_id: world.guildId, channel_id: world.channelId,
    channel: { id: world.channelId, type: 0, guild_id: world.guildId, name: 'general', permissions: '0' },
    member: { user: ASKER, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, permissions: '68608' },
    app_permissions: '68608', locale: 'en-US', guild_locale: 'en-US', entitlements: [], authorizing_integration_owners: { 0: world.guildId }, context: 0,
  };
}

/** What a test says about a click on a button under one of the bot's messages. */
export interface ComponentSpec {
  /** The button's `custom_id`. */
  customId: string;
  /** The bot's message the button is on, as the fake created it. */
  message: Record<string, unknown>;
  /** Who clicks. Default {@link ASKER}. */
  clicker?: Record<string, unknown>;
}

/** INTERACTION_CREATE for a button click (type 3, component type 2) in the server's channel. */
export function componentPayload(world: FakeWorld, spec: ComponentSpec): Record<string, unknown> {
  return {
    id: snowflake(), application_id: world.applicationId, type: 3, token: `interaction-token-${snowflake()}`, version: 1,
    data: { custom_id: spec.customId, component_type: 2 },
    message: { ...spec.message, channel_id: spec.message.channel_id ?? world.channelId },
    guild_id: world.guildId, channel_id: world.channelId,
    channel: { id: world.channelId, type: 0, guild_id: world.guildId, name: 'general', permissions: '0' },
    member: { user: spec.clicker ?? ASKER, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, permissions: '68608' },
    app_permissions: '68608', locale: 'en-US', guild_locale: 'en-US', entitlements: [], authorizing_integration_owners: { 0: world.guildId }, context: 0,
  };
}

/** What a test says about "Apps → Ask ICAT" used on a message. */
export interface MessageCommandSpec {
  /** The text of the message the command is used on. */
  content: string;
  /** Where: 0 a server (default), 1 the DM with the bot, 2 another DM or group DM (user install). */
  context?: 0 | 1 | 2;
}

/** INTERACTION_CREATE for the "Ask ICAT" message command (type 2, command type 3), with the target message resolved. */
export function messageCommandPayload(world: FakeWorld, spec: MessageCommandSpec): Record<string, unknown> {
  const context = spec.context ?? 0;
  const channelId = context === 0 ? world.channelId : snowflake();
  const target = {
    id: snowflake(), type: 0, channel_id: channelId, author: user(snowflake(), 'someone'), content: spec.content,
    timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [],
    attachments: [], embeds: [], pinned: false, flags: 0,
  };
  const where = context === 0
    ? { guild_id: world.guildId, channel: { id: channelId, type: 0, guild_id: world.guildId, name: 'general', permissions: '0' },
      member: { user: ASKER, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, permissions: '68608' } }
    : { channel: { id: channelId, type: context === 1 ? 1 : 3, recipients: [ASKER] }, user: ASKER };
  return {
    id: snowflake(), application_id: world.applicationId, type: 2, token: `interaction-token-${snowflake()}`, version: 1,
    data: { id: '300000000000000002', name: 'Ask ICAT', type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } },
    channel_id: channelId, ...where,
    app_permissions: '68608', locale: 'en-US', entitlements: [],
    authorizing_integration_owners: context === 0 ? { 0: world.guildId } : { 1: ASKER.id }, context,
  };
}
