import type { Message } from 'discord.js';
import type { Bot } from '../../src/bot.js';
import { ConversationStore } from '../../src/conversation/conversation-store.js';
import type { Feedback } from '../../src/feedback/feedback.js';
import type { Logger } from '../../src/log.js';
import { capMessage } from '../../src/text/input-cap.js';
import { decideMessage, type MessageFacts } from './mentions.js';
import { renderReply } from './render.js';

/** What {@link createMessageHandler} needs. */
export interface MessageHandlerOptions {
  bot: Bot;
  logger: Logger;
  /** Where reply chains and DMs keep their turns, for follow-up questions. Default an in-memory {@link ConversationStore}. */
  conversations?: ConversationStore;
  /** Thumbs up/down under answers. Default: no buttons. */
  feedback?: Feedback;
}

/** The facts {@link decideMessage} reads, taken from a discord.js message. */
export function factsOf(message: Message, botUserId: string): MessageFacts {
  return {
    // Capped before the mention is looked for: no text reaches a pattern uncapped.
    content: capMessage(message.content),
    fromBot: message.author.bot || message.webhookId !== null,
    system: message.system,
    direct: !message.inGuild(),
    mentionsBot: message.mentions.users.has(botUserId),
    repliesToBot: message.mentions.repliedUser?.id === botUserId,
  };
}

/**
 * The conversation a message belongs to: its DM channel; the chain of the bot's answer it replies
 * to; or a new chain starting at this message.
 */
async function conversationKey(message: Message, conversations: ConversationStore): Promise<string> {
  if (!message.inGuild()) return `discord:dm:${message.channelId}`;
  const repliedTo = message.reference?.messageId;
  const chain = repliedTo ? await conversations.conversationOf(`discord:${repliedTo}`) : undefined;
  return chain ?? `discord:chain:${message.id}`;
}

/**
 * Makes the `messageCreate` listener: answers a message addressed to the bot (see
 * {@link decideMessage}) with a reply to it that pings nobody. A reply to one of the bot's answers
 * continues that answer's conversation, and a DM channel is one conversation, so follow-ups
 * ("what did she say?") work there. Never rejects: a failure to send (missing permission, deleted
 * channel) is logged and dropped.
 */
export function createMessageHandler(options: MessageHandlerOptions): (message: Message) => Promise<void> {
  const { bot, logger, conversations = new ConversationStore(), feedback } = options;
  return async (message) => {
    try {
      const botUserId = message.client.user.id;
      const decision = decideMessage(factsOf(message, botUserId), botUserId);
      if (!decision.answer) return;
      const key = await conversationKey(message, conversations);
      const conversation = await conversations.turns(key);
      const reply = await bot.ask({ text: decision.question, platform: 'discord', userId: message.author.id, conversation });
      await conversations.record(key, reply);
      const feedbackId = await feedback?.remember(reply, 'discord');
      const sent = await message.reply({ ...renderReply(reply, 'mention', feedbackId ? { feedbackId } : {}), failIfNotExists: false });
      await conversations.link(`discord:${sent.id}`, key);
    } catch (error) {
      logger.error('discord: could not answer a message', { error, channel: message.channelId });
    }
  };
}
