import type { Reply } from '../reply.js';
import { MemoryStore } from '../state/memory-store.js';
import type { StateStore } from '../state/state-store.js';
import type { ConversationTurn } from './turn.js';

/** Options for {@link ConversationStore}; defaults in {@link CONVERSATION_DEFAULTS}. */
export interface ConversationOptions {
  /** Where turns are kept; a shared store lets replicas continue each other's conversations. Default a new {@link MemoryStore}. */
  store: StateStore;
  /** The most turns remembered per conversation; older ones are forgotten first. Default 5. */
  maxTurns: number;
  /** How long a conversation is remembered after its last turn, in ms. Default 30 minutes. */
  ttlMs: number;
}

/** Defaults for {@link ConversationOptions} (without `store`, which defaults to a new memory store). */
export const CONVERSATION_DEFAULTS: Omit<ConversationOptions, 'store'> = { maxTurns: 5, ttlMs: 30 * 60_000 };

/** Reply kinds worth remembering: a follow-up can point back at an answer or at a question the bot declined. */
const REMEMBERED = new Set<Reply['kind']>(['answer', 'declined']);

/**
 * The recent turns of each conversation (a Slack thread, a Discord reply chain or DM, the
 * terminal chat), bounded in number and time, kept in a {@link StateStore}. Adapters load the
 * turns before asking the core and record the reply after; the core itself stays synchronous.
 *
 * Only answers and declines are kept. A safeguarding reply is never recorded, so the text of a
 * report is not stored anywhere, and help, about, error and rate-limit replies carry nothing to
 * point back at.
 */
export class ConversationStore {
  private readonly options: ConversationOptions;

  constructor(options: Partial<ConversationOptions> = {}) {
    this.options = { ...CONVERSATION_DEFAULTS, store: options.store ?? new MemoryStore(), ...options };
  }

  /** The remembered turns of conversation `key`, oldest first; empty when none (or expired). */
  async turns(key: string): Promise<ConversationTurn[]> {
    const raw = await this.options.store.get(storeKey(key));
    if (!raw) return [];
    try {
      const turns = JSON.parse(raw) as unknown;
      return Array.isArray(turns) ? (turns as ConversationTurn[]) : [];
    } catch {
      return [];
    }
  }

  /** Adds the reply to `key`'s turns (when it is worth remembering) and restarts its time to live. */
  async record(key: string, reply: Reply): Promise<void> {
    if (!REMEMBERED.has(reply.kind)) return;
    const turn: ConversationTurn = { question: reply.standalone ?? reply.question, kind: reply.kind, answer: reply.answer, sources: reply.sources };
    const turns = [...(await this.turns(key)), turn].slice(-this.options.maxTurns);
    await this.options.store.set(storeKey(key), JSON.stringify(turns), this.options.ttlMs);
  }

  /**
   * Remembers that the platform message `messageId` (such as the bot's answer) belongs to
   * conversation `key`, for as long as the conversation lives. A reply to that message then
   * continues the conversation, as in a Discord reply chain.
   */
  async link(messageId: string, key: string): Promise<void> {
    await this.options.store.set(`conversation-of:${messageId}`, key, this.options.ttlMs);
  }

  /** The conversation the message `messageId` belongs to (see {@link link}), or undefined. */
  async conversationOf(messageId: string): Promise<string | undefined> {
    return this.options.store.get(`conversation-of:${messageId}`);
  }

  /** Forgets conversation `key`. */
  async forget(key: string): Promise<void> {
    await this.options.store.delete(storeKey(key));
  }
}

function storeKey(key: string): string {
  return `conversation:${key}`;
}
