import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponentWithCustomId } from 'discord.js';
import type { Reply, Source } from '../../src/reply.js';
import { escapeDiscord, fitText } from './markdown.js';

/** Discord's limit on a message's `content`. */
export const DISCORD_CONTENT_LIMIT = 2000;

/**
 * Mentions nothing and pings nobody, not even the person replied to: whatever a user typed or a
 * document says (`@everyone`, `<@id>`, `<@&role>`), the message cannot notify anyone.
 */
export const NO_PINGS = Object.freeze({ parse: [] as never[], repliedUser: false });

/** How the question reached the bot, which changes a few words of the reply. */
export type ReplyVia = 'mention' | 'command';

/** A rendered reply: ready for `message.reply()` or `interaction.reply()` (add the ephemeral flag there). */
export interface DiscordMessage {
  content: string;
  allowedMentions: typeof NO_PINGS;
  /** Link previews off, so a source link does not push the answer off screen. */
  flags: MessageFlags.SuppressEmbeds;
  /** The feedback buttons under an answer, when asked for. */
  components?: APIActionRowComponent<APIButtonComponentWithCustomId>[];
}

/** Options for {@link renderReply}. */
export interface DiscordRenderOptions {
  /** When set, two buttons (helpful / not helpful) for the answer with this feedback id. Default: none. */
  feedbackId?: string;
}

/** The prefix of the feedback buttons' `custom_id`s: `icat_fb:up:<id>`, `icat_fb:down:<id>`. */
export const FEEDBACK_PREFIX = 'icat_fb:';

/** Two buttons under an answer: 👍 and 👎, each carrying the vote and the answer's feedback id. */
export function feedbackRow(feedbackId: string): APIActionRowComponent<APIButtonComponentWithCustomId> {
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: `${FEEDBACK_PREFIX}up:${feedbackId}`, label: 'Helpful', emoji: { name: '👍' } },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: `${FEEDBACK_PREFIX}down:${feedbackId}`, label: 'Not helpful', emoji: { name: '👎' } },
    ],
  };
}

/** How long a few pieces may be, so the answer always keeps most of the room. */
const QUESTION_ROOM = 200;
const SOURCES_ROOM = 700;
const SUGGESTION_ROOM = 150;

/**
 * Renders any {@link Reply} as one Discord message: the answer then its sources (title, section,
 * file and link when known); a decline with the topics it could answer; help with example
 * questions and how to ask on Discord; about, rate-limited and error replies as their text.
 * A follow-up says what it was understood as ("(about Åsa Regner)") in small text on top.
 * Everything from users and documents is escaped, and the message fits in
 * {@link DISCORD_CONTENT_LIMIT} without a word or list item cut in half.
 *
 * @param via - `command` echoes the question on top, since a shared `/icat` answer is read by
 *   people who did not see it asked; a mention's answer is a reply to the question already.
 */
export function renderReply(reply: Reply, via: ReplyVia, options: DiscordRenderOptions = {}): DiscordMessage {
  const echo = via === 'command' && (reply.kind === 'answer' || reply.kind === 'declined') && reply.question.trim()
    ? `> ${fitText(escapeDiscord(reply.question.replace(/\s+/g, ' ').trim()), QUESTION_ROOM)}`
    : '';
  const understood = reply.understood ? `-# (${fitText(escapeDiscord(reply.understood), QUESTION_ROOM)})` : '';
  const head = [echo, understood].filter(Boolean).join('\n');
  const tail = [sourcesBlock(reply.sources), suggestionsBlock(reply), usageBlock(reply, via)].filter(Boolean).join('\n\n');
  const fittedTail = fitText(tail, SOURCES_ROOM + 3 * SUGGESTION_ROOM);
  const room = DISCORD_CONTENT_LIMIT - [head, fittedTail].filter(Boolean).reduce((sum, block) => sum + block.length + 2, 0);
  const body = fitText(escapeDiscord(reply.answer.trim()) || '…', room);
  return {
    content: [head, body, fittedTail].filter(Boolean).join('\n\n'), allowedMentions: NO_PINGS, flags: MessageFlags.SuppressEmbeds,
    ...(options.feedbackId ? { components: [feedbackRow(options.feedbackId)] } : {}),
  };
}

function sourcesBlock(sources: readonly Source[]): string {
  if (sources.length === 0) return '';
  const lines = sources.map((source) => fitText(`${sources.length === 1 ? 'Source' : '•'}: ${describeSource(source)}`, 400));
  const block = sources.length === 1 ? lines[0]! : ['Sources:', ...lines.map((line) => line.replace(/^•:/, '•'))].join('\n');
  return fitText(block, SOURCES_ROOM);
}

/** "Title — section (`file`)", with the title as a link when the document gives an address. */
function describeSource(source: Source): string {
  const name = escapeDiscord(`${source.title}${source.section ? ` — ${source.section}` : ''}`.replace(/\s+/g, ' '));
  const url = safeUrl(source.url);
  const file = source.file.replace(/`/g, "'");
  return url ? `[${name}](<${url}>) (\`${file}\`)` : `${name} (\`${file}\`)`;
}

/** Only http(s) addresses become links, with the characters that would end the link encoded. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return undefined;
  }
}

function suggestionsBlock(reply: Reply): string {
  if (reply.suggestions.length === 0 || reply.kind === 'answer') return '';
  const items = reply.suggestions.map((suggestion) => `- ${fitText(escapeDiscord(suggestion.replace(/\s+/g, ' ').trim()), SUGGESTION_ROOM)}`);
  // Help text already ends with "for example:"; a decline needs saying what the list is.
  return (reply.kind === 'declined' ? ['You could ask about:', ...items] : items).join('\n');
}

function usageBlock(reply: Reply, via: ReplyVia): string {
  if (reply.kind !== 'help') return '';
  return via === 'command'
    ? 'Use `/icat question:` with your question; add `share:True` to post the answer for everyone.'
    : 'Mention me with your question (in a DM, just ask), or use `/icat question:` for an answer only you can see.';
}
