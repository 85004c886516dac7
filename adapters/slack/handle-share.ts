import type { App, BlockButtonAction, RespondFn } from '@slack/bolt';
import type { Reply } from '../../src/reply.js';
import type { HandlerDeps } from './handler-deps.js';
import { renderApology, renderReply, SHARE_ACTION_ID } from './render-blocks.js';
import { decodeShareValue } from './share-value.js';

/** Shown privately when a Share button no longer carries an answer we can post. */
export const SHARE_EXPIRED_TEXT = 'Sorry, this answer can no longer be shared. Please ask again with /icat.';

/**
 * "Share with channel": posts the answer the user saw, visibly, in the conversation where they
 * asked (through the command's `response_url`, which works in any channel, private ones and DMs
 * included, with no extra scope), naming who shared it, then deletes the private copy. Posting
 * comes first, so a failure leaves the private answer in place.
 */
export function registerShare(app: App, deps: HandlerDeps): void {
  app.action<BlockButtonAction>(SHARE_ACTION_ID, async ({ ack, body, action, respond }) => {
    await ack();
    await deps.inFlight.track(share(action.value, body.user.id, respond, deps));
  });
}

async function share(value: string | undefined, userId: string, respond: RespondFn, deps: HandlerDeps): Promise<void> {
  try {
    const reply = await replyToShare(value, userId, deps);
    if (!reply) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: SHARE_EXPIRED_TEXT });
      return;
    }
    if (reply.kind !== 'answer') {
      // Asking again gave no answer (a rate limit, say): tell the user privately, share nothing.
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderReply(reply) });
      return;
    }
    await respond({ response_type: 'in_channel', replace_original: false, ...renderReply(reply, { echo: { userId } }) });
    await respond({ delete_original: true });
  } catch (error) {
    deps.logger.error('slack share failed', { error });
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderApology() }).catch(() => {});
  }
}

async function replyToShare(value: string | undefined, userId: string, deps: HandlerDeps): Promise<Reply | undefined> {
  const shared = decodeShareValue(value);
  if (!shared) return undefined;
  if ('reply' in shared) return shared.reply;
  return deps.bot.ask({ text: shared.question, platform: 'slack', userId });
}
