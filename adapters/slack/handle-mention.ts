import type { App } from '@slack/bolt';
import { capMessage } from '../../src/text/input-cap.js';
import type { HandlerDeps } from './handler-deps.js';
import { stripBotMention, unescapeSlackText } from './mrkdwn.js';
import { renderApology, renderReply, type SlackMessage } from './render-blocks.js';

/** A message the bot answers, whether it came as an `app_mention` or as a direct message. */
interface Asked {
  eventId: string | undefined;
  channel: string;
  ts: string;
  /** Where the reply goes: the thread's root, or undefined to reply in the conversation itself. */
  threadTs: string | undefined;
  text: string;
  userId: string | undefined;
  botUserId: string | undefined;
}

/** Fields of the message events we read; Bolt's union of message subtypes is wider than we need. */
interface MessageFields {
  channel?: string;
  channel_type?: string;
  ts?: string;
  thread_ts?: string;
  text?: string;
  user?: string;
  subtype?: string;
  bot_id?: string;
}

/**
 * Answers `@icat-bot <question>` in the thread of the message (or the thread it is in), and direct
 * messages to the bot in the conversation. Each thread (and each DM outside threads) is a
 * conversation: a later mention in the thread can follow up ("@icat-bot what did she say?"). One message never gets two replies: a mention inside a
 * direct message is left to the direct-message listener, other bots are ignored (no loops), and
 * every event is claimed once by its `event_id` and by its message, so Slack's retries are not
 * answered again.
 */
export function registerMentions(app: App, deps: HandlerDeps): void {
  app.event('app_mention', async ({ event, body, client, context }) => {
    // A mention without a channel cannot be answered (and a signed event may still be malformed).
    if (typeof event.channel !== 'string' || event.channel.startsWith('D') || event.bot_id) return;
    await deps.inFlight.track(answer({
      eventId: body.event_id, channel: event.channel, ts: event.ts, threadTs: event.thread_ts ?? event.ts,
      text: event.text ?? '', userId: event.user, botUserId: context.botUserId,
    }, client, deps));
  });
  app.event('message', async ({ event, body, client, context }) => {
    const message = event as MessageFields;
    if (message.channel_type !== 'im' || message.subtype || message.bot_id || !message.channel || !message.ts) return;
    await deps.inFlight.track(answer({
      eventId: body.event_id, channel: message.channel, ts: message.ts, threadTs: message.thread_ts,
      text: message.text ?? '', userId: message.user, botUserId: context.botUserId,
    }, client, deps));
  });
}

async function answer(asked: Asked, client: App['client'], deps: HandlerDeps): Promise<void> {
  if (!(await deps.seen.claim(asked.eventId, `${asked.channel}:${asked.ts}`))) {
    deps.logger.debug('slack event already answered', { eventId: asked.eventId });
    return;
  }
  let message: SlackMessage;
  // A thread is one conversation; so is a DM outside threads.
  const conversationKey = `slack:${asked.channel}:${asked.threadTs ?? ''}`;
  try {
    const text = unescapeSlackText(stripBotMention(capMessage(asked.text), asked.botUserId));
    const conversation = await deps.conversations.turns(conversationKey);
    const reply = await deps.bot.ask({ text, platform: 'slack', ...(asked.userId ? { userId: asked.userId } : {}), conversation });
    await deps.conversations.record(conversationKey, reply);
    const feedbackId = await deps.feedback.remember(reply, 'slack');
    message = renderReply(reply, feedbackId ? { feedbackId } : {});
  } catch (error) {
    deps.logger.error('slack mention failed', { error });
    message = renderApology();
  }
  try {
    await client.chat.postMessage({
      channel: asked.channel,
      ...(asked.threadTs ? { thread_ts: asked.threadTs } : {}),
      ...message,
      unfurl_links: false,
      unfurl_media: false,
    });
  } catch (error) {
    deps.logger.error('slack reply could not be posted', { error, channel: asked.channel });
  }
}
