import type { Bot } from '../../src/bot.js';
import type { ConversationStore } from '../../src/conversation/conversation-store.js';
import type { Feedback } from '../../src/feedback/feedback.js';
import type { Logger } from '../../src/log.js';
import type { InFlight } from './in-flight.js';
import type { SeenEvents } from './seen-events.js';

/** What the Slack listeners need: the one door into the core, the log, the store of answered events, the replies in flight, the conversations of threads and DMs, and the feedback on answers. */
export interface HandlerDeps {
  bot: Bot;
  conversations: ConversationStore;
  feedback: Feedback;
  logger: Logger;
  seen: SeenEvents;
  inFlight: InFlight;
}
