import { Assistant, type App } from '@slack/bolt';
import type { HandlerDeps } from './handler-deps.js';
import { unescapeSlackText } from './mrkdwn.js';
import { renderApology, renderReply, type SlackMessage } from './render-blocks.js';

/** The status Slack shows under the thread while the bot answers ("icat-bot is looking it up…"). */
export const ANSWERING_STATUS = 'is looking it up…';
/** The title above the suggested prompts of a new assistant thread. */
export const PROMPTS_TITLE = 'Ask me about ICAT, for example:';
/** Slack shows at most four suggested prompts. */
const MAX_PROMPTS = 4;
/** A prompt's title is a button label: short. */
const PROMPT_TITLE_LENGTH = 40;

/** Fields of an assistant thread's message event that we read. */
interface AssistantMessage {
  channel?: string;
  thread_ts?: string;
  ts?: string;
  text?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
}

/**
 * Slack's surface for AI apps (the agent view; Bolt's `Assistant` class): a new thread gets
 * suggested prompts drawn from the knowledge's example questions; each message in the thread is
 * answered in the thread, with a "looking it up…" status meanwhile, the same Block Kit as
 * everywhere (sources, feedback buttons), and follow-ups resolved against the thread's earlier
 * turns.
 *
 * In a workspace without the feature nothing changes: Slack sends no assistant events, and a
 * threaded DM that reaches this handler is answered as usual, since a refused status or prompt
 * call is logged at debug level and ignored.
 */
export function registerAssistant(app: App, deps: HandlerDeps): void {
  app.assistant(new Assistant({
    // The thread's context (which channel the user is looking at) is not used: skip Bolt's store and its API calls.
    threadContextStore: { get: async () => ({}), save: async () => {} },
    threadStarted: async ({ setSuggestedPrompts }) => {
      const prompts = deps.bot.topics().slice(0, MAX_PROMPTS).map((question) => ({ title: shorten(question), message: question }));
      if (prompts.length === 0) return;
      await optional(() => setSuggestedPrompts({ prompts, title: PROMPTS_TITLE }), 'suggested prompts', deps);
    },
    threadContextChanged: async () => {},
    userMessage: async ({ message, body, client, setStatus, context }) => {
      const asked = message as AssistantMessage;
      if (asked.subtype || asked.bot_id || !asked.channel || !asked.thread_ts || asked.user === context.botUserId) return;
      const eventId = (body as { event_id?: string }).event_id;
      if (!deps.seen.claim(eventId, `${asked.channel}:${asked.ts}`)) return;
      await deps.inFlight.track(answer(asked as Required<Pick<AssistantMessage, 'channel' | 'thread_ts'>> & AssistantMessage, client, () => setStatus(ANSWERING_STATUS), deps));
    },
  }));
}

async function answer(
  asked: AssistantMessage & { channel: string; thread_ts: string }, client: App['client'], showStatus: () => Promise<unknown>, deps: HandlerDeps,
): Promise<void> {
  await optional(showStatus, 'status', deps);
  const key = `slack:${asked.channel}:${asked.thread_ts}`;
  let rendered: SlackMessage;
  try {
    const conversation = await deps.conversations.turns(key);
    const reply = await deps.bot.ask({ text: unescapeSlackText(asked.text ?? ''), platform: 'slack', ...(asked.user ? { userId: asked.user } : {}), conversation });
    await deps.conversations.record(key, reply);
    const feedbackId = await deps.feedback.remember(reply, 'slack');
    rendered = renderReply(reply, feedbackId ? { feedbackId } : {});
  } catch (error) {
    deps.logger.error('slack assistant message failed', { error });
    rendered = renderApology();
  }
  try {
    // Posting the reply clears the status.
    await client.chat.postMessage({ channel: asked.channel, thread_ts: asked.thread_ts, ...rendered, unfurl_links: false, unfurl_media: false });
  } catch (error) {
    deps.logger.error('slack reply could not be posted', { error, channel: asked.channel });
  }
}

/** Runs a call only the agent surface supports; without the feature (or the scope) Slack refuses it, and the answer goes out anyway. */
async function optional(call: () => Promise<unknown>, what: string, deps: HandlerDeps): Promise<void> {
  try {
    await call();
  } catch (error) {
    deps.logger.debug(`slack assistant ${what} not shown`, { error: (error as { data?: { error?: string } }).data?.error ?? String(error) });
  }
}

function shorten(question: string): string {
  const text = question.replace(/\s+/g, ' ').trim();
  if (text.length <= PROMPT_TITLE_LENGTH) return text;
  const head = text.slice(0, PROMPT_TITLE_LENGTH - 1);
  const space = head.lastIndexOf(' ');
  return `${space > 0 ? head.slice(0, space) : head}…`;
}
