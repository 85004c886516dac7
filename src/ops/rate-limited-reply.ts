import type { Reply } from '../reply.js';

/**
 * The `rate-limited` reply: a polite request to slow down, with how long to wait, instead of the
 * silence a user would take for a broken bot.
 */
export function rateLimitedReply(question: string, retryAfterMs: number): Reply {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const answer = `You're asking faster than I can keep up with. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and ask again.`;
  return { kind: 'rate-limited', question: String(question ?? '').trim().slice(0, 200), answered: false, answer, sources: [], confidence: 0, suggestions: [] };
}
