import { createHash, randomUUID } from 'node:crypto';
import type { Platform } from '../bot.js';
import type { Reply } from '../reply.js';
import { MemoryStore } from '../state/memory-store.js';
import type { StateStore } from '../state/state-store.js';
import type { FeedbackSink, Vote } from './feedback-log.js';

/** Options for {@link Feedback}; defaults in {@link FEEDBACK_DEFAULTS}. */
export interface FeedbackOptions {
  /** Where answers are remembered until voted on; shared between replicas when it is. Default a new {@link MemoryStore}. */
  store: StateStore;
  /** Where votes are recorded. Default: nowhere (votes are acknowledged but not kept). */
  sink?: FeedbackSink;
  /** The knowledge version an answer came from, read when it is remembered. Default "unknown". */
  knowledgeVersion: () => string;
  /** Questions the knowledge covers (the bot's `topics()`), for "ask differently" suggestions. Default none. */
  topics: () => readonly string[];
  /** How long an answer can be voted on, in ms. Default 7 days. */
  ttlMs: number;
}

/** Defaults for {@link FeedbackOptions} (without `store`). */
export const FEEDBACK_DEFAULTS: Omit<FeedbackOptions, 'store'> = {
  knowledgeVersion: () => 'unknown', topics: () => [], ttlMs: 7 * 24 * 60 * 60_000,
};

/** What a vote is about, kept in the state store under the answer's id. */
interface Remembered {
  question: string;
  source?: { title: string; file: string; section?: string };
  knowledgeVersion: string;
  platform: Platform;
}

/** The private acknowledgement of an upvote. */
export const THANKS_UP = 'Thanks for the feedback: glad it helped.';
/** The private acknowledgement of a downvote; "ask differently" suggestions follow it. */
export const THANKS_DOWN = "Thanks for the feedback: I've noted that this answer did not help. You could ask differently:";
/** The acknowledgement of a vote on an answer no longer remembered (older than the time to live, or before a restart). */
export const VOTE_EXPIRED = 'Thanks for the feedback. This answer is too old to vote on now; please ask again.';

/**
 * Thumbs up and down on answers. An adapter calls {@link remember} for an answer it is about to
 * show and puts the id it gets in the buttons; a click calls {@link vote}, which records the vote
 * (question, source, vote, knowledge version; no user id) and returns the short private
 * acknowledgement to show. One person's later vote on the same answer replaces the earlier one.
 */
export class Feedback {
  private readonly options: FeedbackOptions;

  constructor(options: Partial<FeedbackOptions> = {}) {
    this.options = { ...FEEDBACK_DEFAULTS, store: options.store ?? new MemoryStore(), ...options };
  }

  /** Remembers an answer so it can be voted on; the id to put in its buttons, or undefined for replies that are not answers. */
  async remember(reply: Reply, platform: Platform): Promise<string | undefined> {
    if (reply.kind !== 'answer' || !reply.answered) return undefined;
    const id = randomUUID().replace(/-/g, '').slice(0, 20);
    const source = reply.sources[0];
    const remembered: Remembered = {
      question: reply.standalone ?? reply.question, platform, knowledgeVersion: this.options.knowledgeVersion(),
      ...(source ? { source: { title: source.title, file: source.file, ...(source.section ? { section: source.section } : {}) } } : {}),
    };
    await this.options.store.set(answerKey(id), JSON.stringify(remembered), this.options.ttlMs);
    return id;
  }

  /**
   * Records `voter`'s vote on answer `answerId` and returns the acknowledgement to show them
   * privately: thanks, and for a downvote some "ask differently" suggestions.
   *
   * @param voter - who voted, on that platform; only ever hashed with the answer id, never stored
   */
  async vote(answerId: string, vote: Vote, voter: string, platform: Platform): Promise<Reply> {
    const raw = await this.options.store.get(answerKey(answerId));
    if (!raw) return acknowledgement(VOTE_EXPIRED, []);
    const remembered = JSON.parse(raw) as Remembered;
    this.options.sink?.record({
      time: new Date().toISOString(), platform, vote, voteId: voteId(answerId, voter), question: remembered.question,
      ...(remembered.source ? { source: remembered.source } : {}), knowledgeVersion: remembered.knowledgeVersion,
    });
    if (vote === 'up') return acknowledgement(THANKS_UP, []);
    return acknowledgement(THANKS_DOWN, askDifferently(remembered.question, this.options.topics()));
  }
}

/** Parses a button value such as `down:abc123` into its vote and answer id. */
export function parseVoteValue(value: string | undefined): { vote: Vote; answerId: string } | undefined {
  const [vote, answerId] = String(value ?? '').split(':');
  if ((vote !== 'up' && vote !== 'down') || !answerId || !/^[a-z0-9]{1,40}$/.test(answerId)) return undefined;
  return { vote, answerId };
}

function answerKey(id: string): string {
  return `feedback-answer:${id}`;
}

/** The same for one person and one answer, and says nothing about who they are. */
function voteId(answerId: string, voter: string): string {
  return createHash('sha256').update(`${answerId}\u0000${voter}`).digest('hex').slice(0, 16);
}

function acknowledgement(text: string, suggestions: string[]): Reply {
  return { kind: 'feedback', question: '', answered: false, answer: text, sources: [], confidence: 0, suggestions };
}

/** Up to three questions the knowledge covers, closest in words to the one that got a poor answer, and not the same. */
function askDifferently(question: string, topics: readonly string[]): string[] {
  const words = new Set(question.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 3));
  const same = question.trim().toLowerCase();
  return topics
    .filter((topic) => topic.trim().toLowerCase() !== same)
    .map((topic, order) => ({ topic, order, shared: topic.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => words.has(word)).length }))
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .slice(0, 3)
    .map((entry) => entry.topic);
}
