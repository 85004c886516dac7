import type { Reply } from '../reply.js';

/**
 * The replies to the most recently asked questions, so the same question asked again (in a
 * meeting, by a whole channel, by a retrying client) costs a map look-up. A cache belongs to one
 * index: a reload builds a new answerer, so a cached reply never outlives its knowledge. Cached
 * replies are frozen, so no caller can change what the next asker gets.
 */
export class ReplyCache {
  private readonly replies = new Map<string, Reply>();

  /** @param capacity - how many questions are kept; 0 keeps none. */
  constructor(private readonly capacity: number) {}

  /** The reply cached for a question, made the most recent; undefined when not cached. */
  get(question: string): Reply | undefined {
    const reply = this.replies.get(question);
    if (reply) {
      this.replies.delete(question);
      this.replies.set(question, reply);
    }
    return reply;
  }

  /** Caches a reply (frozen) and returns it; the least recently asked question goes when full. */
  set(question: string, reply: Reply): Reply {
    if (this.capacity <= 0) return reply;
    const frozen = Object.freeze({
      ...reply, sources: Object.freeze(reply.sources.map((source) => Object.freeze({ ...source }))),
      suggestions: Object.freeze([...reply.suggestions]),
    }) as Reply;
    this.replies.delete(question);
    this.replies.set(question, frozen);
    if (this.replies.size > this.capacity) this.replies.delete(this.replies.keys().next().value!);
    return frozen;
  }
}
