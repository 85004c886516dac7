import type { types } from '@slack/bolt';
import { ERROR_TEXT } from '../../src/bot.js';
import type { Reply, Source } from '../../src/reply.js';
import { escapeMrkdwn, mrkdwnLink, userMention } from './mrkdwn.js';

type Block = types.Block;
type KnownBlock = types.KnownBlock;

/** A message as Slack takes it: Block Kit blocks plus the plain `text` shown in notifications. */
export interface SlackMessage {
  text: string;
  blocks: (KnownBlock | Block)[];
}

/** Options for {@link renderReply}. */
export interface RenderOptions {
  /**
   * How the question is echoed above the answer: `you` ("You asked: …", for a private answer whose
   * question nobody else saw), a Slack user id ("<@U…> asked: …", for a shared answer), or `none`
   * (a threaded reply right under the question). Default `none`.
   */
  echo?: 'none' | 'you' | { userId: string };
  /** When set, a "Share with channel" button carrying this value is added. Default: no button. */
  shareValue?: string;
  /** When set, thumbs up/down (`feedback_buttons` in a `context_actions` block) for the answer with this feedback id. Default: none. */
  feedbackId?: string;
}

/** The `action_id` of the feedback buttons under an answer. */
export const FEEDBACK_ACTION_ID = 'icat_feedback';

/** The `action_id` of the "Share with channel" button. */
export const SHARE_ACTION_ID = 'icat_share';

/** Block Kit limits this renderer keeps to (a section's text, blocks in a message, context elements). */
export const LIMITS = { sectionText: 3000, blocks: 50, contextElements: 10, fallbackText: 300 } as const;

/**
 * The one Slack renderer: turns any {@link Reply} into Block Kit, escaping everything that came
 * from a user or a document. An answer shows its sources; a decline shows its suggestions; help
 * shows example questions; about, rate-limited and error show their text. A follow-up says what it
 * was understood as ("(about Åsa Regner)") above the answer.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const blocks: (KnownBlock | Block)[] = [];
  const echo = renderEcho(reply.question, options.echo ?? 'none');
  if (echo) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: echo }] });
  if (reply.understood) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(`(${escapeMrkdwn(reply.understood)})`, LIMITS.sectionText) }] });
  for (const text of splitText(bodyText(reply), LIMITS.sectionText)) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
  }
  if (reply.sources.length > 0) {
    blocks.push({
      type: 'context',
      elements: reply.sources.slice(0, LIMITS.contextElements).map((source) => ({ type: 'mrkdwn' as const, text: clip(`Source: ${describeSource(source)}`, LIMITS.sectionText) })),
    });
  }
  const actions: KnownBlock | undefined = options.shareValue === undefined ? undefined : {
    type: 'actions',
    elements: [{ type: 'button', action_id: SHARE_ACTION_ID, text: { type: 'plain_text', text: 'Share with channel' }, value: options.shareValue }],
  };
  const feedback = options.feedbackId === undefined ? undefined : feedbackBlock(options.feedbackId);
  const room = LIMITS.blocks - (actions ? 1 : 0) - (feedback ? 1 : 0);
  const kept = blocks.slice(0, room);
  if (feedback) kept.push(feedback);
  if (actions) kept.push(actions);
  return { text: clip(escapeMrkdwn(reply.answer.replace(/\s+/g, ' ').trim()) || ' ', LIMITS.fallbackText), blocks: kept };
}

/**
 * Slack's native thumbs up/down: a `context_actions` block holding one `feedback_buttons`
 * element, whose values carry the vote and the answer's feedback id (`up:<id>`, `down:<id>`).
 */
export function feedbackBlock(feedbackId: string): KnownBlock {
  return {
    type: 'context_actions',
    elements: [{
      type: 'feedback_buttons', action_id: FEEDBACK_ACTION_ID,
      positive_button: { text: { type: 'plain_text', text: 'Good answer' }, accessibility_label: 'Mark this answer as helpful', value: `up:${feedbackId}` },
      negative_button: { text: { type: 'plain_text', text: 'Bad answer' }, accessibility_label: 'Mark this answer as not helpful', value: `down:${feedbackId}` },
    }],
  } as KnownBlock;
}

/** "Title › section" with a link when the document has an address. */
export function describeSource(source: Source): string {
  const title = mrkdwnLink(source.url, source.title);
  return source.section && source.section !== source.title ? `${title} › ${escapeMrkdwn(source.section)}` : title;
}

function bodyText(reply: Reply): string {
  const answer = escapeMrkdwn(reply.answer);
  if (reply.suggestions.length === 0) return answer;
  const list = reply.suggestions.map((s) => `• ${escapeMrkdwn(s)}`).join('\n');
  // Help already ends with "for example:"; other kinds get a heading of their own.
  if ((reply.kind === 'help' || reply.kind === 'feedback') && answer.trimEnd().endsWith(':')) return `${answer}\n${list}`;
  return `${answer}\n\n${reply.kind === 'declined' ? 'You could ask about:' : 'Try:'}\n${list}`;
}

function renderEcho(question: string, echo: NonNullable<RenderOptions['echo']>): string | undefined {
  const asked = question.trim();
  if (echo === 'none' || !asked) return undefined;
  const who = echo === 'you' ? 'You' : userMention(echo.userId) || 'Someone';
  return clip(`${who} asked: ${escapeMrkdwn(asked)}`, LIMITS.sectionText);
}

/** Splits text into pieces of at most `max` characters, at line breaks when it can, never inside an entity. */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut <= 0) cut = safeCut(rest, max);
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest.length > 0 || pieces.length === 0) pieces.push(rest || ' ');
  return pieces;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, safeCut(text, max - 1))}…`;
}

/** A cut position at or before `max` that does not split an `&amp;`-style entity. */
function safeCut(text: string, max: number): number {
  const amp = text.lastIndexOf('&', max);
  return amp > max - 5 && amp >= 0 && text.indexOf(';', amp) >= max ? amp : max;
}

/** The short private apology shown when answering fails; the detail goes to the log. */
export function renderApology(): SlackMessage {
  return { text: ERROR_TEXT, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: ERROR_TEXT } }] };
}
