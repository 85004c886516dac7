import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blindSuites, knowledgeWith } from '../src/eval/blind-suites.js';
import { judge, parseEvalFile } from '../src/eval/score.js';
import { KnowledgeBase } from '../src/knowledge-base.js';
import { MAX_ANSWER_LENGTH } from '../src/reply.js';
import { PROJECT_ROOT } from './helpers/bot.js';

/**
 * The blind development questions (test/blind/README.md), asked of the shipped knowledge and of the
 * unseen documents. Their score is printed, never required: a threshold would invite tuning to
 * them. What is required is what any question deserves: a well-formed reply.
 */
describe('blind development questions (score printed, not required)', async () => {
  const suites = await blindSuites(resolve(PROJECT_ROOT, 'test/blind'), 'dev');
  const figures: string[] = [];
  afterAll(() => {
    console.log(`blind development part:\n${figures.join('\n')}`);
  });

  it.each(suites.map((suite) => [suite.name, suite] as const))('%s: every question gets a well-formed reply', async (_, suite) => {
    const questions = parseEvalFile(await readFile(suite.questionsFile, 'utf8'), suite.questionsFile);
    const folder = await knowledgeWith(resolve(PROJECT_ROOT, 'knowledge'), suite.extraDocuments);
    try {
      const knowledge = await KnowledgeBase.load({ dir: folder.dir, displayRoot: PROJECT_ROOT, answerer: { cacheSize: 0 } });
      let right = 0;
      for (const question of questions) {
        const reply = knowledge.answerer.ask(question.q);
        expect(reply.answer.length).toBeLessThanOrEqual(MAX_ANSWER_LENGTH);
        expect(reply.confidence).toBeGreaterThanOrEqual(0);
        expect(reply.confidence).toBeLessThanOrEqual(1);
        if (reply.answered) expect(reply.sources.length).toBeGreaterThan(0);
        if (judge(question, reply).passed) right++;
      }
      figures.push(`  ${suite.name}: ${right}/${questions.length} right`);
    } finally {
      await folder.remove();
    }
  });
});
