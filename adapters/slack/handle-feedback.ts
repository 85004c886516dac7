import type { App, RespondFn } from '@slack/bolt';
import { parseVoteValue } from '../../src/feedback/feedback.js';
import type { HandlerDeps } from './handler-deps.js';
import { FEEDBACK_ACTION_ID, renderApology, renderReply } from './render-blocks.js';

/** The parts of a `feedback_buttons` click we read; Bolt's action union does not name this element yet. */
interface FeedbackClick {
  user?: { id?: string };
  actions?: { action_id?: string; value?: string }[];
}

/**
 * Thumbs up/down under an answer: records the vote (the last one of a person on an answer
 * counts) and answers the voter alone, through the click's `response_url`, with a short thanks;
 * after a downvote, with "ask differently" suggestions. The answer itself is left as it is.
 */
export function registerFeedback(app: App, deps: HandlerDeps): void {
  app.action(FEEDBACK_ACTION_ID, async ({ ack, body, respond }) => {
    await ack();
    const click = body as unknown as FeedbackClick;
    const value = click.actions?.find((action) => action.action_id === FEEDBACK_ACTION_ID)?.value;
    await deps.inFlight.track(acknowledge(value, click.user?.id ?? '', respond, deps));
  });
}

async function acknowledge(value: string | undefined, userId: string, respond: RespondFn, deps: HandlerDeps): Promise<void> {
  try {
    const parsed = parseVoteValue(value);
    if (!parsed) return;
    const reply = await deps.feedback.vote(parsed.answerId, parsed.vote, `slack:${userId}`, 'slack');
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderReply(reply) });
  } catch (error) {
    deps.logger.error('slack feedback failed', { error });
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderApology() }).catch(() => {});
  }
}
