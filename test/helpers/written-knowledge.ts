import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { KnowledgeBase, type KnowledgeBaseOptions } from '../../src/knowledge-base.js';

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
