import type { App } from '@slack/bolt';
import type { Reply } from '../../src/reply.js';
import { capMessage } from '../../src/text/input-cap.js';
import type { HandlerDeps } from './handler-deps.js';
import { unescapeSlackText } from './mrkdwn.js';
import { renderApology, renderReply, type SlackMessage } from './render-blocks.js';
import { encodeShareValue } from './share-value.js';

/**
 * Answers `/icat <question>` in the acknowledgement itself: the core answers in microseconds, so
 * the reply needs no second request and arrives well within Slack's 3 seconds. The answer is
 * private (ephemeral), echoes the question (nobody else saw it) and offers "Share with channel".
 *
 * Every slash command routed to this app is answered the same way, so the command can be renamed
 * in the manifest (e.g. `/icat-dev`) without touching the code.
 */
export function registerCommand(app: App, deps: HandlerDeps): void {
  app.command(/^\/.+/, async ({ command, ack }) => {
    let message: SlackMessage;
    try {
      const reply = await deps.bot.ask({ text: unescapeSlackText(capMessage(command.text)), platform: 'slack', userId: command.user_id });
      const feedbackId = await deps.feedback.remember(reply, 'slack');
      message = renderReply(reply, {
        echo: echoFor(reply), ...(reply.kind === 'answer' ? { shareValue: encodeShareValue(reply) } : {}), ...(feedbackId ? { feedbackId } : {}),
      });
    } catch (error) {
      deps.logger.error('slack command failed', { error });
      message = renderApology();
    }
    await ack({ response_type: 'ephemeral', ...message });
  });
}

function echoFor(reply: Reply): 'you' | 'none' {
  return reply.kind === 'help' || reply.kind === 'about' || reply.kind === 'safeguarding' ? 'none' : 'you';
}
