import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../src/knowledge-base.js';
import { judge, parseEvalFile } from '../src/eval/score.js';
import { shippedKnowledge, PROJECT_ROOT } from './helpers/bot.js';

const golden = parseEvalFile(readFileSync(resolve(import.meta.dirname, 'golden/questions.jsonl'), 'utf8'), 'test/golden/questions.jsonl');
const newDocumentQuestions = parseEvalFile(readFileSync(resolve(import.meta.dirname, 'fixtures/new-documents.jsonl'), 'utf8'), 'test/fixtures/new-documents.jsonl');

describe('golden questions on the shipped knowledge (a knowledge edit that breaks an answer fails here)', () => {
  it.each(golden.map((q) => [q.q, q] as const))('%s', async (_, question) => {
    const { answerer } = await shippedKnowledge();
    const reply = answerer.ask(question.q);
    const verdict = judge(question, reply);
    expect(verdict.problem, `answer was: ${reply.answer}`).toBe('');
  });
});

describe('documents the bot has never seen, dropped into the knowledge folder', () => {
  it.each(newDocumentQuestions.map((q) => [q.q, q] as const))('%s', async (_, question) => {
    const knowledge = await newDocumentsKnowledge();
    const reply = knowledge.answerer.ask(question.q);
    expect(judge(question, reply).problem, `answer was: ${reply.answer}`).toBe('');
  });
});

let newDocuments: Promise<KnowledgeBase> | undefined;
function newDocumentsKnowledge(): Promise<KnowledgeBase> {
  newDocuments ??= KnowledgeBase.load({ dir: resolve(import.meta.dirname, 'fixtures/new-documents'), displayRoot: PROJECT_ROOT });
  return newDocuments;
}
