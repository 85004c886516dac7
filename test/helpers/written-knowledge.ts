import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { KnowledgeBase, type KnowledgeBaseOptions } from '../../src/knowledge-base.js';
import type { Reply } from '../../src/reply.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const folders: string[] = [];

afterAll(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * Loads a knowledge base from documents written for a test (file name → text), in a temporary
 * folder removed when the test file ends, the way a user drops files into `knowledge/`. Logs are
 * silenced; `options` may tune the answerer (for example `{ answerer: { rank: { subject } } }`).
 */
export async function knowledgeOf(files: Record<string, string>, options: Partial<Omit<KnowledgeBaseOptions, 'dir'>> = {}): Promise<KnowledgeBase> {
  const dir = await mkdtemp(join(tmpdir(), 'icat-written-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return KnowledgeBase.load({ displayRoot: dir, logger: quiet, ...options, dir });
}

/**
 * For a `describe` block whose questions are all asked of the same written documents: loads them
 * before the block's tests (see {@link knowledgeOf}) and returns the way to ask, so each story
 * reads as the question a user types.
 *
 * @example const ask = askerOf({ 'notes.md': NOTES }); it('…', () => expect(ask('when?').answer).toContain('2020'));
 */
export function askerOf(files: Record<string, string>): (question: string) => Reply {
  let knowledge: KnowledgeBase | undefined;
  beforeAll(async () => {
    knowledge = await knowledgeOf(files);
  });
  return (question) => {
    if (!knowledge) throw new Error('askerOf: ask inside a test, after the documents have loaded (beforeAll).');
    return knowledge.answerer.ask(question);
  };
}
