import type { Reply, Source } from '../../src/reply.js';

/** The CLI's stable JSON contract for one reply; other programs script against it. */
export interface JsonReply {
  question: string;
  answered: boolean;
  answer: string;
  sources: Source[];
  confidence: number;
}

/** Projects a reply onto the CLI's JSON contract (and nothing more, so the contract stays stable). */
export function toJsonReply(reply: Reply): JsonReply {
  return {
    question: reply.question,
    answered: reply.answered,
    answer: reply.answer,
    sources: reply.sources.map(({ title, file, section, url }) => ({ title, file, ...(section ? { section } : {}), ...(url ? { url } : {}) })),
    confidence: reply.confidence,
  };
}
