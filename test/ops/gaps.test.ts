import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { KnowledgeParseError } from '../../src/errors.js';
import { KnowledgeBase } from '../../src/knowledge-base.js';
import { parseDocument } from '../../src/knowledge/parse-document.js';
import { groupGaps, parseGapsLog } from '../../src/ops/gaps.js';
import { knowledgeStub, renderGapsReport, stubFileName } from '../../src/ops/gaps-report.js';
import { PROJECT_ROOT } from '../helpers/bot.js';
import { tempFolder } from './helpers.js';

const FIXTURE = resolve(import.meta.dirname, 'fixtures/unanswered.jsonl');
const fixture = async () => parseGapsLog(await readFile(FIXTURE, 'utf8'));

describe('the unanswered-questions report for a maintainer', () => {
  it('groups the same question asked in different words, most asked first, skipping a half-written line', async () => {
    const { entries, skipped } = await fixture();
    expect(skipped).toBe(1);
    const groups = groupGaps(entries);
    expect(groups.map((group) => [group.question, group.count])).toEqual([
      ['Who funds ICAT?', 5],
      ['Where is the next ICAT plenary meeting?', 2],
      ['Does ICAT publish ``` code fences?', 1],
    ]);
    expect(groups[0]).toMatchObject({
      wordings: [{ question: 'Who funds ICAT?', count: 4 }, { question: 'How is ICAT funded?', count: 1 }],
      bestConfidence: 0.58, firstAsked: '2024-05-01T09:12:00.000Z', lastAsked: '2024-05-04T09:00:00.000Z',
    });
  });

  it('prints the top topics with their wordings and a stub for knowledge/ each', async () => {
    const { entries, skipped } = await fixture();
    const report = renderGapsReport(groupGaps(entries), { top: 2, skipped, source: 'logs/unanswered.jsonl' });
    expect(report).toMatch(/^# Unanswered questions in logs\/unanswered\.jsonl\n/);
    expect(report).toContain('8 questions in 3 topics; the 2 most asked below');
    expect(report).toContain('1 unreadable line was skipped.');
    expect(report).toContain('## 1. "Who funds ICAT?": asked 5 times');
    expect(report).toContain('Also asked as: "How is ICAT funded?".');
    expect(report).toContain('Asked from 2024-05-01 to 2024-05-04; best confidence 0.58.');
    expect(report).toContain('Stub for `knowledge/who-funds-icat.md`:');
    expect(report).toContain('## 2. "Where is the next ICAT plenary meeting?": asked 2 times');
    expect(report).not.toContain('code fences');
  });

  it('fences each stub so a question cannot break out of it', async () => {
    const groups = groupGaps((await fixture()).entries);
    const report = renderGapsReport(groups);
    expect(report).toContain('````markdown\n');
    expect(stubFileName(groups[2]!)).toBe('does-icat-publish-code-fences.md');
  });

  it('gives stubs that fail loudly until the answer is written, then answer the question', async () => {
    const [funding] = groupGaps((await fixture()).entries);
    const stub = knowledgeStub(funding!);
    expect(() => parseDocument('who-funds-icat.md', stub)).toThrow(KnowledgeParseError);
    const folder = await tempFolder({ 'who-funds-icat.md': `${stub}ICAT is funded by voluntary contributions from its member agencies.\n` });
    try {
      const knowledge = await KnowledgeBase.load({ dir: folder.dir, displayRoot: folder.dir });
      for (const question of ['Who funds ICAT?', 'How is ICAT funded?']) {
        const reply = knowledge.answerer.ask(question);
        expect(reply.answer).toContain('voluntary contributions');
        expect(reply.sources[0]).toMatchObject({ title: 'Who funds ICAT', file: 'who-funds-icat.md' });
      }
    } finally {
      await folder.remove();
    }
  });

  it('says so when nothing has been recorded', () => {
    expect(renderGapsReport([])).toContain('No unanswered questions recorded yet.');
  });

  it('runs as `npm run gaps -- <log> --top 1`', async () => {
    const { stdout } = await promisify(execFile)(resolve(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['adapters/cli/gaps.ts', FIXTURE, '--top', '1'], { cwd: PROJECT_ROOT });
    expect(stdout).toContain('## 1. "Who funds ICAT?": asked 5 times');
    expect(stdout).not.toContain('## 2.');
  });

  it('tells what to set when there is no log to read', async () => {
    const run = promisify(execFile)(resolve(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['adapters/cli/gaps.ts', resolve(PROJECT_ROOT, 'no-such-log.jsonl')], { cwd: PROJECT_ROOT });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/no unanswered-questions log at .*no-such-log\.jsonl yet/) });
  });
});
