import type { KnowledgeBase, KnowledgeStatus } from './knowledge-base.js';
import { silentLogger, type Logger } from './log.js';
import type { Reply } from './reply.js';

/** The platforms a message can come from. */
export type Platform = 'console' | 'cli' | 'slack' | 'discord';

/** A message as every adapter hands it to the core: the text alone, with who asked and where. */
export interface IncomingMessage {
  /** What the user typed, with any mention of the bot already removed. */
  text: string;
  platform: Platform;
  /** A stable id of the user on that platform, for per-user limits. Never logged. */
  userId?: string;
}

/**
 * The one door into the core. Adapters turn a platform event into {@link Bot.handle} and render
 * the {@link Reply} it returns; nothing platform-specific crosses into `src/`.
 */
export interface Bot {
  /** Answers one message. Synchronous and fast; never throws (failures become an `error` reply). */
  handle(message: IncomingMessage): Reply;
  /** Facts about the knowledge being served, for `about` and health checks. */
  status(): KnowledgeStatus;
}

/** Options for {@link createBot}. */
export interface BotOptions {
  /** The knowledge to answer from. Required. */
  knowledge: KnowledgeBase;
  /** Where diagnostics go. Default: nowhere. */
  logger?: Logger;
  /** The clock used for latency, for tests. Default `performance.now`. */
  now?: () => number;
}

/** The apology a user sees when answering fails; the detail goes to the log. */
export const ERROR_TEXT = 'Sorry, something went wrong while answering. Please try again in a moment.';

/** Creates the bot: the answering core behind the one door every adapter uses. */
export function createBot(options: BotOptions): Bot {
  const { knowledge, logger = silentLogger, now = () => performance.now() } = options;
  return {
    handle(message: IncomingMessage): Reply {
      const started = now();
      let reply: Reply;
      try {
        reply = knowledge.answerer.ask(message.text);
      } catch (error) {
        logger.error('answering failed', { platform: message.platform, error });
        return { kind: 'error', question: String(message.text ?? '').slice(0, 200), answered: false, answer: ERROR_TEXT, sources: [], confidence: 0, suggestions: [] };
      }
      logger.info('question', {
        platform: message.platform, kind: reply.kind, answered: reply.answered, confidence: reply.confidence,
        latencyMs: Math.round((now() - started) * 1000) / 1000,
      });
      return reply;
    },
    status: () => knowledge.status,
  };
}
