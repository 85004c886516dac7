import type { Bot } from '../../src/bot.js';
import type { Logger } from '../../src/log.js';
import type { InFlight } from './in-flight.js';
import type { SeenEvents } from './seen-events.js';

/** What the Slack listeners need: the one door into the core, the log, the store of answered events and the replies in flight. */
export interface HandlerDeps {
  bot: Bot;
  logger: Logger;
  seen: SeenEvents;
  inFlight: InFlight;
}
