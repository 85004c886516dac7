import { answerInConversation } from './conversation/answer-in-conversation.js';
import type { ConversationTurn } from './conversation/turn.js';
import type { KnowledgeBase, KnowledgeStatus } from './knowledge-base.js';
import { silentLogger, type Logger } from './log.js';
import { aboutReply, botVersion, isAboutRequest } from './ops/about.js';
import { rateLimitedReply } from './ops/rate-limited-reply.js';
import type { RateLimiter } from './ops/rate-limiter.js';
import { DEFAULT_UNANSWERED_BELOW, isUnanswered, type UnansweredSink } from './ops/unanswered-log.js';
import type { Reply } from './reply.js';
import { detectReport } from './safeguarding/detect.js';
import { DEFAULT_REPORTING_CHANNEL, safeguardingReply } from './safeguarding/reply.js';
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
  /**
   * The earlier turns of the same thread or DM, oldest first, as the adapter keeps them (see
   * `ConversationStore`). With them, follow-ups ("what did she say?", "and in 2021?", "tell me
   * more") are resolved. Default: none, and every question stands alone.
   */
  conversation?: readonly ConversationTurn[];
}

/**
 * The one door into the core. Adapters turn a platform event into {@link Bot.handle} and render
 * the {@link Reply} it returns; nothing platform-specific crosses into `src/`.
 */
export interface Bot {
  /**
   * Answers one message from a chat user, after checking their rate limit (see
   * {@link BotOptions.rateLimiter}); adapters serving users call this. Never rejects: failures
   * become an `error` reply, and a limit that cannot be checked lets the question through.
   * The text is capped and tidied first (see {@link capMessage}), so any text is answered in
   * bounded time.
   */
  ask(message: IncomingMessage): Promise<Reply>;
  /**
   * Answers one message at once, with no rate limit: for the terminal, the command-line tools and
   * benchmarks, where the person asking is the operator. Synchronous and fast; never throws. The
   * text is capped as for {@link Bot.ask}.
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
  /** Per-user limit on questions asked through {@link Bot.ask} (see `createRateLimiter`). Default: no limit. */
  rateLimiter?: RateLimiter;
  /** Platforms never rate limited: the person at the terminal is the operator. Default console and cli. */
  unlimitedPlatforms?: readonly Platform[];
  /** Where declined and weak answers are recorded (see `UnansweredLog`). Default: nowhere. */
  unanswered?: UnansweredSink;
  /** Answers below this confidence count as unanswered. Default 0.7. */
  unansweredBelow?: number;
  /** The bot's version shown by `about`. Default the version in package.json. */
  version?: string;
  /**
   * The reporting channel the safeguarding reply names (see `readReportingChannel`). Default
   * {@link DEFAULT_REPORTING_CHANNEL}, which names no phone number.
   */
  reportingChannel?: string;
}

/** The apology a user sees when answering fails; the detail goes to the log. */
export const ERROR_TEXT = 'Sorry, something went wrong while answering. Please try again in a moment.';

/**
 * Creates the bot: the answering core behind the one door every adapter uses. Everything that is
 * the same on every platform happens here, so adapters stay thin: `about`, per-user rate limits,
 * the per-question log line and the unanswered-questions log, and first of all the safeguarding
 * guard: a message that looks like a report of a person at risk gets a fixed reply, and its text
 * goes nowhere (no log line, no unanswered log, no rate-limit echo).
 */
export function createBot(options: BotOptions): Bot {
  const {
    knowledge, logger = silentLogger, now = () => performance.now(), rateLimiter, unanswered,
    unlimitedPlatforms = ['console', 'cli'], unansweredBelow = DEFAULT_UNANSWERED_BELOW,
  } = options;
  const version = options.version ?? botVersion();
  const reportingChannel = options.reportingChannel ?? DEFAULT_REPORTING_CHANNEL;

  /** The one cap, before any pattern runs: no message can make the core work harder than this. */
  const capped = (incoming: IncomingMessage): IncomingMessage => ({ ...incoming, text: capMessage(incoming.text) });

  /** A message that reads like a report of a person at risk gets the careful reply, and its text goes nowhere. */
  const guard = (message: IncomingMessage): Reply | undefined => {
    if (!detectReport(String(message.text ?? '')).fired) return undefined;
    logger.info('safeguarding guard fired', { platform: message.platform });
    return safeguardingReply(reportingChannel);
  };

  const answerOf = (message: IncomingMessage): Reply => {
    if (isAboutRequest(message.text)) return aboutReply(String(message.text), knowledge.status, version);
    return answerInConversation(knowledge.answerer, message.text, message.conversation ?? []);
  };

  /** Runs `decide`, turning a failure into the apology, and logs and records the reply. */
  const respond = (message: IncomingMessage, decide: (message: IncomingMessage) => Reply): Reply => {
    const started = now();
    let answer: Reply;
    try {
      answer = decide(message);
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
  };

  return {
    async ask(incoming: IncomingMessage): Promise<Reply> {
      const message = capped(incoming);
      // Before anything else, so a report is never rate-limit-echoed, answered, cached or recorded.
      const report = guard(message);
      if (report) return report;
      if (rateLimiter && message.userId && !unlimitedPlatforms.includes(message.platform)) {
        const decision = await rateLimiter.take(`${message.platform}:${message.userId}`);
        if (!decision.allowed) return respond(message, () => rateLimitedReply(String(message.text ?? ''), decision.retryAfterMs));
      }
      return respond(message, answerOf);
    },
    handle: (incoming: IncomingMessage): Reply => {
      const message = capped(incoming);
      return guard(message) ?? respond(message, answerOf);
    },
    status: () => knowledge.status,
    topics: () => knowledge.answerer.topics(),
  };
}
