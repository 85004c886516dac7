import type { Reply, Source } from '../../src/reply.js';

/** Slack's limit on a button's `value`. */
export const MAX_BUTTON_VALUE = 2000;

/** What a "Share with channel" click brings back: the reply itself, or only its question when the reply is too big to carry. */
export type SharedAnswer = { reply: Reply } | { question: string };

/**
 * Packs a reply into the Share button's value, so sharing posts exactly the answer the user saw
 * (even if the knowledge changed since) without asking the core again. Slack signs the click
 * that brings the value back, so it cannot be forged. Falls back to the question alone when the
 * reply does not fit in {@link MAX_BUTTON_VALUE} characters.
 */
export function encodeShareValue(reply: Reply): string {
  const full = JSON.stringify({
    v: 1, k: reply.kind, q: reply.question, a: reply.answer, c: reply.confidence,
    s: reply.sources.map((source) => [source.title, source.file, source.section ?? '', source.url ?? '']),
    g: reply.suggestions,
  });
  if (full.length <= MAX_BUTTON_VALUE) return full;
  return JSON.stringify({ v: 1, q: reply.question.slice(0, MAX_BUTTON_VALUE - 20) });
}

/** Unpacks a Share button's value; `undefined` when it is not one this adapter wrote. */
export function decodeShareValue(value: string | undefined): SharedAnswer | undefined {
  if (!value) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!isRecord(data) || data.v !== 1 || typeof data.q !== 'string') return undefined;
  if (typeof data.a !== 'string' || typeof data.k !== 'string') return { question: data.q };
  const sources: Source[] = (Array.isArray(data.s) ? data.s : []).filter(isStringList).map(([title = '', file = '', section = '', url = '']) => ({
    title, file, ...(section ? { section } : {}), ...(url ? { url } : {}),
  }));
  return {
    reply: {
      kind: data.k as Reply['kind'],
      question: data.q,
      answered: data.k === 'answer',
      answer: data.a,
      sources,
      confidence: typeof data.c === 'number' ? data.c : 0,
      suggestions: isStringList(data.g) ? data.g : [],
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
