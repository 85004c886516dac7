/** What the message handler needs to know about a message to decide whether it is a question for the bot. */
export interface MessageFacts {
  /** The message's text as received (without the Message Content intent, empty unless it mentions the bot or is a DM). */
  content: string;
  /** Sent by a bot or a webhook, including this bot itself. */
  fromBot: boolean;
  /** A system message (join, pin, boost…) rather than something a person wrote. */
  system: boolean;
  /** Sent in a direct message to the bot. */
  direct: boolean;
  /** The bot's user is among the message's user mentions (`@everyone`, `@here` and roles do not count). */
  mentionsBot: boolean;
  /** The message is a reply to one of the bot's own messages. */
  repliesToBot: boolean;
}

/** The bot's verdict on a message: ignore it, or answer this question. */
export type MessageDecision = { answer: false } | { answer: true; question: string };

/**
 * Decides whether a message is a question for the bot, and what the question is. Answered: a
 * message mentioning the bot's user, a reply to one of its answers (asking again), or any direct
 * message. Ignored: messages from bots (itself included), system messages, and messages that only
 * reach the bot through `@everyone`, `@here` or a role. The question is the text without the
 * bot's mention; an empty question is still answered (with help).
 */
export function decideMessage(facts: MessageFacts, botUserId: string): MessageDecision {
  if (facts.fromBot || facts.system) return { answer: false };
  const question = withoutMention(facts.content, botUserId);
  // A reply that does not ping the bot arrives with empty text unless Message Content is enabled: nothing to answer.
  const asked = facts.direct || facts.mentionsBot || (facts.repliesToBot && question.length > 0);
  return asked ? { answer: true, question } : { answer: false };
}

/** The text without the bot's own mention (`<@id>` or the older `<@!id>`), whitespace tidied. */
export function withoutMention(content: string, botUserId: string): string {
  return content.split(`<@${botUserId}>`).join(' ').split(`<@!${botUserId}>`).join(' ').replace(/\s+/g, ' ').trim();
}
