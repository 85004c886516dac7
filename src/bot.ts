import type { KnowledgeBase, KnowledgeStatus } from './knowledge-base.js';
import { silentLogger, type Logger } from './log.js';
import { aboutReply, botVersion, isAboutRequest } from './ops/about.js';
import { rateLimitedReply } from './ops/rate-limited-reply.js';
import type { RateLimiter } from './ops/rate-limiter.js';
import { DEFAULT_UNANSWERED_BELOW, isUnanswered, type UnansweredSink } from './ops/unanswered-log.js';
import type { Reply } from './reply.js';
import { capMessage } from './text/input-cap.js';

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
  /**
   * Answers one message. Synchronous and fast; never throws (failures become an `error` reply).
   * The text is capped and tidied first (see {@link capMessage}), so any text is answered in
   * bounded time.
   */
  handle(message: IncomingMessage): Reply;
  /** Facts about the knowledge being served, for `about` and health checks. */
  status(): KnowledgeStatus;
  /**
   * Questions the knowledge covers (its example questions, then one per section), for
   * autocomplete. Reading them is not asking: nothing is logged or rate limited.
   */
  topics(): readonly string[];
}

/** Options for {@link createBot}. */
export interface BotOptions {
  /** The knowledge to answer from. Required. */
  knowledge: KnowledgeBase;
  /** Where diagnostics go: one `question` line per message. Default: nowhere. */
  logger?: Logger;
  /** The clock used for latency, for tests. Default `performance.now`. */
  now?: () => number;
  /** Per-user limit on questions (see `createRateLimiter`). Default: no limit. */
  rateLimiter?: RateLimiter;
  /** Platforms never rate limited: the person at the terminal is the operator. Default console and cli. */
  unlimitedPlatforms?: readonly Platform[];
  /** Where declined and weak answers are recorded (see `UnansweredLog`). Default: nowhere. */
  unanswered?: UnansweredSink;
  /** Answers below this confidence count as unanswered. Default 0.7. */
  unansweredBelow?: number;
  /** The bot's version shown by `about`. Default the version in package.json. */
  version?: string;
}

/** The apology a user sees when answering fails; the detail goes to the log. */
export const ERROR_TEXT = 'Sorry, something went wrong while answering. Please try again in a moment.';

/**
 * Creates the bot: the answering core behind the one door every adapter uses. Everything that is
 * the same on every platform happens here, so adapters stay thin: `about`, per-user rate limits,
 * the per-question log line and the unanswered-questions log.
 */
export function createBot(options: BotOptions): Bot {
  const {
    knowledge, logger = silentLogger, now = () => performance.now(), rateLimiter, unanswered,
    unlimitedPlatforms = ['console', 'cli'], unansweredBelow = DEFAULT_UNANSWERED_BELOW,
  } = options;
  const version = options.version ?? botVersion();

  const reply = (message: IncomingMessage): Reply => {
    if (rateLimiter && message.userId && !unlimitedPlatforms.includes(message.platform)) {
      const decision = rateLimiter.take(`${message.platform}:${message.userId}`);
      if (!decision.allowed) return rateLimitedReply(String(message.text ?? ''), decision.retryAfterMs);
    }
    if (isAboutRequest(message.text)) return aboutReply(String(message.text), knowledge.status, version);
    return knowledge.answerer.ask(message.text);
  };

  return {
    handle(incoming: IncomingMessage): Reply {
      const started = now();
      // The one cap, before any pattern runs: no message can make the core work harder than this.
      const message = { ...incoming, text: capMessage(incoming.text) };
      let answer: Reply;
      try {
        answer = reply(message);
      } catch (error) {
        logger.error('answering failed', { platform: message.platform, error });
        return { kind: 'error', question: String(message.text ?? '').slice(0, 200), answered: false, answer: ERROR_TEXT, sources: [], confidence: 0, suggestions: [] };
      }
      logger.info('question', {
        platform: message.platform, kind: answer.kind, answered: answer.answered, confidence: answer.confidence,
        latencyMs: Math.round((now() - started) * 1000) / 1000,
      });
      if (unanswered && isUnanswered(answer, unansweredBelow)) {
        try {
          unanswered.record({
            time: new Date().toISOString(), platform: message.platform, kind: answer.kind as 'declined' | 'answer',
            confidence: answer.confidence, question: answer.question, knowledgeVersion: knowledge.status.version,
          });
        } catch (error) {
          logger.warn('unanswered question not recorded', { error });
        }
      }
      return answer;
    },
    status: () => knowledge.status,
    topics: () => knowledge.answerer.topics(),
  };
}
