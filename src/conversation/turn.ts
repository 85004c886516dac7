import type { ReplyKind, Source } from '../reply.js';

/**
 * One earlier exchange of a conversation, as the core needs it to resolve a follow-up: the
 * question as the bot understood it (standalone, pronouns resolved) and what it replied. Kept
 * small and JSON-safe, so a shared store can hold it for other replicas.
 */
export interface ConversationTurn {
  /** The question as understood, standalone ("what did Åsa Regner say?", not "what did she say?"). */
  question: string;
  /** What kind of reply it got; only `answer` and `declined` turns are kept. */
  kind: ReplyKind;
  /** The reply's text. */
  answer: string;
  /** The reply's sources; the first one is the section a "tell me more" continues. */
  sources: Source[];
}
