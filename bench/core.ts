import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBot } from '../src/bot.js';
import { KnowledgeBase } from '../src/knowledge-base.js';
import { latencyOf, timeEach, type Latency } from './stats.js';

/** Part 1: the core on the shipped knowledge, beside MiniSearch alone on the same index. */
export interface CoreResult {
  passages: number;
  questions: number;
  /** `Bot.handle`: question analysis, typo correction, search, rerank, composing the reply. */
  answer: Latency;
  /** `MiniSearch.search` on the same index with the same questions' terms (analysed beforehand, untimed). */
  rawSearch: Latency;
  /** answer p50 / raw p50, and the same at p99. */
  ratioP50: number;
  ratioP99: number;
}

/**
 * Measures the answer path users get (`KnowledgeBase.load` + `Bot.handle`) on the shipped
 * knowledge with the golden questions and the documents' example questions, and the search
 * engine alone on the same index: the core's overhead over raw MiniSearch.
 */
export async function benchCore(root: string, rounds: number): Promise<CoreResult> {
  // Every question is answered in full: the reply cache would otherwise answer the repeats.
  const knowledge = await KnowledgeBase.load({ dir: join(root, 'knowledge'), displayRoot: root, answerer: { cacheSize: 0 } });
  const bot = createBot({ knowledge });
  const index = knowledge.answerer.index;
  const golden = (await readFile(join(root, 'test/golden/questions.jsonl'), 'utf8').catch(() => ''))
    .split('\n').filter((line) => line.trim()).map((line) => (JSON.parse(line) as { q: string }).q);
  const questions = [...golden, ...index.documents.flatMap((doc) => doc.examples)];
  const answer = timeEach(questions, (text) => bot.handle({ text, platform: 'cli' }), rounds);
  const analysed = questions.map((q) => index.analyseForMatching(q)).filter(Boolean);
  const raw = timeEach(analysed, (terms) => index.search.search(terms), Math.ceil((rounds * questions.length) / Math.max(1, analysed.length)));
  const a = latencyOf(answer);
  const r = latencyOf(raw);
  return { passages: index.passages.length, questions: questions.length, answer: a, rawSearch: r, ratioP50: a.p50 / r.p50, ratioP99: a.p99 / r.p99 };
}
