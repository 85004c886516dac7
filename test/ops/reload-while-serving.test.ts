import { once } from 'node:events';
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate.js';
import { createBot, type Bot } from '../../src/bot.js';
import { IcatError, KnowledgeParseError } from '../../src/errors.js';
import { loadIndexedKnowledgeOffThread } from '../../src/index-worker/load-off-thread.js';
import { KnowledgeBase } from '../../src/knowledge-base.js';
import { problemLocations, watchKnowledge } from '../../src/ops/knowledge-watcher.js';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../helpers/bot.js';
import { watchEventLoopStalls } from '../helpers/event-loop-stalls.js';
import { captureLog } from './helpers.js';

const PLENARY = '---\ntitle: Plenary meetings\n---\n\n# Plenary meetings\n\n## Next plenary\n\nThe next ICAT plenary meeting takes place in Vienna in October.\n';
const MANDATE = '# The ICAT mandate\n\nThe General Assembly established ICAT in 2006 to improve coordination among UN agencies.\n';
const BROKEN = '---\ntitle: Plenary meetings\nas_of: next spring\n---\n\nThe next ICAT plenary meeting takes place in Geneva in October.\n';
const FEE = '\n## Zorbian league\n\nThe yearly membership fee of the Zorbian league is 42 florins.\n';

const ask = (bot: Bot, text: string) => bot.handle({ text, platform: 'slack', userId: 'U1' }).answer;

/** A report series of about 36,000 passages in one Markdown file of over 5 MB, ending with one fact to ask about. */
function fiveMegabyteReport(): string {
  const report = generateCorpus({ passages: 36_000, passagesPerDocument: 36_000, questions: 1 }).files.map((file) => file.content).join('\n') + FEE;
  expect(Buffer.byteLength(report)).toBeGreaterThan(5_000_000);
  return report;
}

/** The error a reload rejects with; fails the test when the reload succeeds. */
async function reloadFailure(knowledge: KnowledgeBase): Promise<Error> {
  try {
    await knowledge.reload();
  } catch (error) {
    return error as Error;
  }
  throw new Error('the reload succeeded, but it should have failed');
}

let root: string;
let dir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'icat-reload-'));
  dir = join(root, 'knowledge');
  await mkdir(dir);
  await writeFile(join(dir, 'plenary.md'), PLENARY);
  await writeFile(join(dir, 'mandate.md'), MANDATE);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('a maintainer adding a large report while the bot is serving', () => {
  it('adding a 5 MB knowledge file while serving never stalls the event loop beyond 100 ms, and the report is answered once reloaded', async () => {
    const report = fiveMegabyteReport();
    const log = captureLog();
    const knowledge = await KnowledgeBase.load({ dir, displayRoot: root, logger: log.logger });
    const bot = createBot({ knowledge });
    const watcher = watchKnowledge({ knowledge, dir, logger: log.logger, debounceMs: 20 });
    let watch: ReturnType<typeof watchEventLoopStalls> | undefined;
    try {
      expect(ask(bot, 'Where does the next plenary meeting take place?')).toContain('Vienna');
      watch = watchEventLoopStalls();
      const reloaded = once(watcher, 'reloaded');
      await writeFile(join(dir, 'annual-report.md'), report);
      const [status] = await reloaded as [{ passages: number }];
      const stalls = watch.stop();

      expect(stalls.longestMs, `longest stall ${stalls.longestMs.toFixed(0)} ms (${stalls.longestRawMs.toFixed(0)} ms by the clock)`).toBeLessThan(100);
      expect(status.passages).toBeGreaterThan(30_000);
      expect(ask(bot, 'What is the yearly membership fee of the Zorbian league?')).toContain('42 florins');
      expect(ask(bot, 'Where does the next plenary meeting take place?')).toContain('Vienna');
      expect(log.lines().filter((line) => line.level === 'warn' || line.level === 'error')).toEqual([]);
    } finally {
      watch?.stop();
      await watcher.close();
    }
  }, 180_000);
});

describe('a reload indexed in the worker thread', () => {
  it('answers every golden question exactly as a fresh start on the same knowledge does', async () => {
    await rm(dir, { recursive: true });
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    const questions = (await readFile(join(PROJECT_ROOT, 'test/golden/questions.jsonl'), 'utf8'))
      .split('\n').filter((line) => line.trim()).map((line) => (JSON.parse(line) as { q: string }).q);
    const started = await KnowledgeBase.load({ dir, displayRoot: root, answerer: { cacheSize: 0 } });
    const log = captureLog();
    const reloaded = await KnowledgeBase.load({ dir, displayRoot: root, answerer: { cacheSize: 0 }, logger: log.logger });

    await reloaded.reload();

    expect(questions.map((q) => reloaded.answerer.ask(q))).toEqual(questions.map((q) => started.answerer.ask(q)));
    expect(log.lines()).toEqual([]);
  });
});

describe('a reload that meets broken files', () => {
  it('keeps the previous answers and names the broken file and line, as the same KnowledgeParseError', async () => {
    const knowledge = await KnowledgeBase.load({ dir, displayRoot: root });
    const bot = createBot({ knowledge });
    const versionBefore = knowledge.status.version;
    await writeFile(join(dir, 'plenary.md'), BROKEN);

    const error = await reloadFailure(knowledge);

    expect(error).toBeInstanceOf(KnowledgeParseError);
    expect(error).toMatchObject({ code: 'KNOWLEDGE_PARSE', file: 'knowledge/plenary.md', line: 3, message: expect.stringMatching(/^knowledge\/plenary\.md:3: /) });
    expect(problemLocations(error)).toEqual([{ file: 'knowledge/plenary.md', line: 3 }]);
    expect(ask(bot, 'Where does the next plenary meeting take place?')).toContain('Vienna');
    expect(knowledge.status.version).toBe(versionBefore);
  });

  it('lists every broken file with its line when several break at once', async () => {
    const knowledge = await KnowledgeBase.load({ dir, displayRoot: root });
    const bot = createBot({ knowledge });
    await writeFile(join(dir, 'plenary.md'), BROKEN);
    await writeFile(join(dir, 'mandate.md'), `---\ntitle: Mandate\n${MANDATE}`);

    const error = await reloadFailure(knowledge);

    expect(error).toBeInstanceOf(IcatError);
    expect(error.message).toMatch(/^2 knowledge files have problems/);
    expect(problemLocations(error)).toEqual([{ file: 'knowledge/mandate.md', line: 1 }, { file: 'knowledge/plenary.md', line: 3 }]);
    expect((error.cause as unknown[]).every((cause) => cause instanceof KnowledgeParseError)).toBe(true);
    expect(ask(bot, 'When was ICAT established?')).toContain('2006');
  });

  it('answers the new text once the file is fixed', async () => {
    const knowledge = await KnowledgeBase.load({ dir, displayRoot: root });
    const bot = createBot({ knowledge });
    await writeFile(join(dir, 'plenary.md'), BROKEN);
    await expect(knowledge.reload()).rejects.toBeInstanceOf(KnowledgeParseError);

    await writeFile(join(dir, 'plenary.md'), PLENARY.replace('Vienna', 'Bangkok'));
    await knowledge.reload();

    expect(ask(bot, 'Where does the next plenary meeting take place?')).toContain('Bangkok');
  });
});

describe('indexing off the main thread', () => {
  it('passes the warnings met while loading to the bot\'s log, with the file they name', async () => {
    await writeFile(join(dir, 'scan.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]));
    const log = captureLog();

    const loaded = await loadIndexedKnowledgeOffThread({ dir, displayRoot: root, logger: log.logger });

    expect(loaded.index.passages.length).toBeGreaterThan(0);
    expect(log.lines()).toEqual([expect.objectContaining({ level: 'warn', msg: expect.stringContaining('knowledge file refused'), file: 'knowledge/scan.md' })]);
  });

  it('falls back to the main thread with a warning when the worker cannot start, so the bot never goes deaf', async () => {
    const log = captureLog();

    const loaded = await loadIndexedKnowledgeOffThread({ dir, displayRoot: root, logger: log.logger, workerScript: new URL('./no-such-worker.js', import.meta.url) });

    expect(loaded.documents).toHaveLength(2);
    expect(log.lines()).toEqual([expect.objectContaining({ level: 'warn', msg: expect.stringContaining('cannot index the knowledge in a worker thread') })]);
  });
});
