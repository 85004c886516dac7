import { cp, mkdtemp, readdir, readFile, rm, truncate, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../bench/corpus/generate.js';
import { createAnswerer } from '../../src/answerer.js';
import { createLogger } from '../../src/log.js';
import { loadIndexedKnowledge, type IndexSnapshotOptions } from '../../src/search/index-snapshot.js';
import { KNOWLEDGE_DIR } from '../helpers/bot.js';

const SHIPPED_QUESTIONS = [
  'When did the CBSS join ICAT?', 'What are the six priority areas recommended by ICAT?', 'Who coordinates ICAT?',
  'What is ICAT?', 'What does CBSS stand for?', 'wat is the thrid priority?', 'What is the boiling point of mercury?',
];

let root: string;
let knowledge: string;
let cacheDir: string;
let warnings: string[];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'icat-snapshot-'));
  knowledge = join(root, 'knowledge');
  cacheDir = join(root, 'cache');
  warnings = [];
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Loads the folder as start-up does, with the snapshot threshold at 0 so even small knowledge is persisted. */
function load(extra: Partial<IndexSnapshotOptions> = {}) {
  const logger = createLogger({ level: 'warn', stream: { write: (line: string) => warnings.push(line) } });
  return loadIndexedKnowledge({ dir: knowledge, displayRoot: root, cacheDir, minBytes: 0, logger, ...extra });
}

function answers(index: Awaited<ReturnType<typeof load>>['index'], questions: readonly string[]) {
  const answerer = createAnswerer(index);
  return questions.map((q) => answerer.ask(q));
}

describe('a persisted knowledge index', () => {
  it('answers every question exactly as the freshly built index does, on the shipped knowledge and a generated report series', async () => {
    await cp(KNOWLEDGE_DIR, knowledge, { recursive: true });
    const corpus = generateCorpus({ passages: 1500, questions: 60 });
    await writeCorpus(corpus, join(knowledge, 'reports'));
    const questions = [...SHIPPED_QUESTIONS, ...corpus.questions.map((q) => q.text)];

    const first = await load();
    const second = await load();

    expect(first.from).toBe('built');
    expect(second.from).toBe('snapshot');
    expect(second.index.passages.length).toBe(first.index.passages.length);
    // Everything but the blocks, whose text the restored passages already hold.
    expect(second.documents).toEqual(first.documents.map((doc) => ({ ...doc, blocks: [] })));
    expect(answers(second.index, questions)).toEqual(answers(first.index, questions));
    expect(answers(first.index, ['When did the CBSS join ICAT?'])[0]!.answer).toContain('April 2020');
    expect(warnings).toEqual([]);
  });

  it('is never used once a knowledge file changes: the new text is answered and the stale snapshot is removed', async () => {
    await cp(KNOWLEDGE_DIR, knowledge, { recursive: true });
    await load();
    const before = await readdir(cacheDir);
    await appendFile(join(knowledge, 'cbss-joins-icat.md'), '\n## Membership fee\n\nThe yearly membership fee of the zorbian league is 42 florins.\n');

    const after = await load();

    expect(after.from).toBe('built');
    expect(answers(after.index, ['What is the yearly membership fee of the zorbian league?'])[0]!.answer).toContain('42 florins');
    const now = await readdir(cacheDir);
    expect(now).toHaveLength(2);
    expect(now.some((name) => before.includes(name))).toBe(false);
  });

  it('is rebuilt with a logged warning when the snapshot on disk is corrupted, and answers stay right', async () => {
    await cp(KNOWLEDGE_DIR, knowledge, { recursive: true });
    const built = await load();
    const searchFile = (await readdir(cacheDir)).find((name) => name.endsWith('.search.json'))!;
    const original = await readFile(join(cacheDir, searchFile), 'utf8');
    await truncate(join(cacheDir, searchFile), Math.floor(original.length / 2));

    const recovered = await load();

    expect(recovered.from).toBe('built');
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0]!)).toMatchObject({ level: 'warn', msg: expect.stringContaining('index snapshot unreadable') });
    expect(answers(recovered.index, SHIPPED_QUESTIONS)).toEqual(answers(built.index, SHIPPED_QUESTIONS));
    expect((await load()).from).toBe('snapshot');
  });

  it('is rebuilt when the tables file is not a snapshot at all', async () => {
    await cp(KNOWLEDGE_DIR, knowledge, { recursive: true });
    await load();
    const tablesFile = (await readdir(cacheDir)).find((name) => name.endsWith('.tables.json'))!;
    await writeFile(join(cacheDir, tablesFile), JSON.stringify({ format: 999 }));

    const recovered = await load();

    expect(recovered.from).toBe('built');
    expect(warnings.join('\n')).toContain('index snapshot unreadable');
  });

  it('is neither written nor read for knowledge under the size threshold', async () => {
    await cp(KNOWLEDGE_DIR, knowledge, { recursive: true });

    const loaded = await load({ minBytes: 1_000_000 });

    expect(loaded.from).toBe('built');
    expect(await readdir(cacheDir).catch(() => [])).toEqual([]);
  });

  it('reports a missing knowledge folder exactly as the loader does', async () => {
    await expect(load()).rejects.toMatchObject({ code: 'KNOWLEDGE_MISSING' });
  });
});
