import type { Message } from 'discord.js';
import type { Bot } from '../../src/bot.js';
import type { Logger } from '../../src/log.js';
import { capMessage } from '../../src/text/input-cap.js';
import { decideMessage, type MessageFacts } from './mentions.js';
import { renderReply } from './render.js';

/** What {@link createMessageHandler} needs. */
export interface MessageHandlerOptions {
  bot: Bot;
  logger: Logger;
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
 * Makes the `messageCreate` listener: answers a message addressed to the bot (see
 * {@link decideMessage}) with a reply to it that pings nobody. Never rejects: a failure to send
 * (missing permission, deleted channel) is logged and dropped.
 */
export function createMessageHandler(options: MessageHandlerOptions): (message: Message) => Promise<void> {
  const { bot, logger } = options;
  return async (message) => {
    try {
      const botUserId = message.client.user.id;
      const decision = decideMessage(factsOf(message, botUserId), botUserId);
      if (!decision.answer) return;
      const reply = bot.handle({ text: decision.question, platform: 'discord', userId: message.author.id });
      await message.reply({ ...renderReply(reply, 'mention'), failIfNotExists: false });
    } catch (error) {
      logger.error('discord: could not answer a message', { error, channel: message.channelId });
    }
  };
}
