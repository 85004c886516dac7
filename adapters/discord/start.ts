import { once } from 'node:events';
import { Events } from 'discord.js';
import type { Bot } from '../../src/bot.js';
import { ConversationStore } from '../../src/conversation/conversation-store.js';
import { Feedback } from '../../src/feedback/feedback.js';
import { IcatError } from '../../src/errors.js';
import type { Logger } from '../../src/log.js';
import type { RunningPlatform } from '../platform.js';
import { createDiscordClient } from './client.js';
import { DISCORD_DEFAULT_API_URL, type DiscordConfig } from './config.js';
import { createInteractionHandler } from './interaction-handler.js';
import { createMessageHandler } from './message-handler.js';

/** Options for {@link startDiscord}. */
export interface StartDiscordOptions {
  bot: Bot;
  config: DiscordConfig;
  logger: Logger;
  /** How long logging in may take before start-up fails. Default 30 000 ms. */
  loginTimeoutMs?: number;
  /** Where reply chains and DMs keep their turns, for follow-up questions. Default an in-memory {@link ConversationStore}. */
  conversations?: ConversationStore;
  /** Thumbs up/down under answers. Default a {@link Feedback} that acknowledges votes and records none. */
  feedback?: Feedback;
}

/**
 * Logs the bot in to Discord and answers mentions, DMs and `/icat` until stopped. Resolves once
 * the client is ready; rejects with an IcatError naming what to fix: PLATFORM_AUTH naming
 * `DISCORD_TOKEN` when Discord refuses the token, PLATFORM_UNREACHABLE when Discord (or
 * `DISCORD_API_URL`) cannot be reached in time. Handlers never reject and client errors are
 * logged, so nothing a user does can crash the process. `stop()` stops taking messages, lets
 * replies in progress finish, then destroys the client.
 */
export async function startDiscord(options: StartDiscordOptions): Promise<RunningPlatform> {
  const { bot, config, logger, loginTimeoutMs = 30_000 } = options;
  const client = createDiscordClient(config);
  const conversations = options.conversations ?? new ConversationStore();
  const feedback = options.feedback ?? new Feedback({ topics: () => bot.topics() });
  const onMessage = createMessageHandler({ bot, logger, conversations, feedback });
  const onInteraction = createInteractionHandler({ bot, logger, feedback });
  const inFlight = new Set<Promise<void>>();
  let accepting = true;
  const track = (work: () => Promise<void>) => {
    if (!accepting) return;
    const running: Promise<void> = work().catch((error) => logger.error('discord: handler failed', { error })).finally(() => inFlight.delete(running));
    inFlight.add(running);
  };

  client.on(Events.MessageCreate, (message) => track(() => onMessage(message)));
  client.on(Events.InteractionCreate, (interaction) => track(() => onInteraction(interaction)));
  client.on(Events.Error, (error) => logger.error('discord: client error', { error }));
  client.on(Events.Warn, (message) => logger.warn('discord: client warning', { message }));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn('discord: disconnected and not reconnecting', { shard, code: event.code }));

  try {
    await loginAndWait(client, config.token, loginTimeoutMs);
  } catch (error) {
    await client.destroy().catch(() => {});
    throw startError(error, config, loginTimeoutMs);
  }
  logger.info('discord: logged in', { user: client.user?.tag, application: client.application?.id, guilds: client.guilds.cache.size, shards: client.ws.shards.size });

  return {
    name: 'discord',
    async stop() {
      accepting = false;
      await Promise.allSettled([...inFlight]);
      await client.destroy();
    },
  };
}

/** Logs in and waits for `clientReady` (listened for before logging in, so it cannot be missed). */
async function loginAndWait(client: ReturnType<typeof createDiscordClient>, token: string, timeoutMs: number): Promise<void> {
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const ready = once(client, Events.ClientReady, { signal: abort.signal });
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LoginTimeout()), timeoutMs);
  });
  try {
    await Promise.race([Promise.all([ready, client.login(token)]), timeout]);
  } finally {
    clearTimeout(timer);
    abort.abort();
    ready.catch(() => {});
  }
}

class LoginTimeout extends Error {}

/** Turns a login failure into an IcatError that says which variable to look at. */
function startError(error: unknown, config: DiscordConfig, timeoutMs: number): IcatError {
  const api = config.apiUrl ?? DISCORD_DEFAULT_API_URL;
  const code = (error as { code?: unknown })?.code;
  const status = (error as { status?: unknown })?.status;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'TokenInvalid' || status === 401 || /authentication failed/i.test(message)) {
    return new IcatError('PLATFORM_AUTH', 'Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal (your application → Bot → Reset Token) into DISCORD_TOKEN.', { cause: error });
  }
  if (error instanceof LoginTimeout) {
    return new IcatError('PLATFORM_UNREACHABLE', `Discord did not finish logging in within ${timeoutMs / 1000} s (API ${api}): check the network${config.apiUrl ? ' and DISCORD_API_URL' : ''}, then try again.`, { cause: error });
  }
  return new IcatError('PLATFORM_UNREACHABLE', `Could not log in to Discord at ${api}: ${message}. Check the network${config.apiUrl ? ' and DISCORD_API_URL' : ''}, and that DISCORD_TOKEN is a bot token.`, { cause: error });
}
