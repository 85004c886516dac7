import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot.js';
import { UnansweredLog, type UnansweredEntry } from '../../src/ops/unanswered-log.js';
import { shippedKnowledge } from '../helpers/bot.js';
import { captureLog, tempFolder, type TempFolder } from './helpers.js';

async function entriesIn(path: string): Promise<UnansweredEntry[]> {
  const text = await readFile(path, 'utf8');
  return text.trim().split('\n').map((line) => JSON.parse(line) as UnansweredEntry);
}

describe('the unanswered-questions log, when a maintainer opts in', () => {
  let folder: TempFolder;
  let path: string;
  let log: UnansweredLog;
  let bot: Bot;
  beforeEach(async () => {
    folder = await tempFolder();
    path = join(folder.dir, 'logs', 'unanswered.jsonl');
    log = new UnansweredLog({ path, secrets: ['xoxb-pasted-token-123'] });
    bot = createBot({ knowledge: await shippedKnowledge(), unanswered: log });
  });
  afterEach(async () => { await folder.remove(); });

  it('records declined questions, in order, without who asked or where', async () => {
    bot.handle({ text: 'Who is the CEO of Slack?', platform: 'slack', userId: 'U0SECRET' });
    bot.handle({ text: 'When did the CBSS join ICAT?', platform: 'slack', userId: 'U0SECRET' });
    bot.handle({ text: 'help', platform: 'discord', userId: '80351110224678912' });
    bot.handle({ text: 'about', platform: 'discord', userId: '80351110224678912' });
    bot.handle({ text: 'What is the boiling point of water?', platform: 'discord', userId: '80351110224678912' });
    await log.flush();
    const entries = await entriesIn(path);
    expect(entries.map((entry) => entry.question)).toEqual(['Who is the CEO of Slack?', 'What is the boiling point of water?']);
    expect(entries[0]).toEqual({
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), platform: 'slack', kind: 'declined', confidence: expect.any(Number),
      question: 'Who is the CEO of Slack?', knowledgeVersion: bot.status().version,
    });
    const raw = await readFile(path, 'utf8');
    expect(raw).not.toMatch(/U0SECRET|80351110224678912/);
  });

  it('records answers given with low confidence, and scrubs a token pasted into a question', async () => {
    const weak = createBot({ knowledge: await shippedKnowledge(), unanswered: log, unansweredBelow: 1.01 });
    const reply = weak.handle({ text: 'When did the CBSS join ICAT?', platform: 'console' });
    expect(reply.kind).toBe('answer');
    bot.handle({ text: 'why is xoxb-pasted-token-123 not working?', platform: 'slack', userId: 'U1' });
    await log.flush();
    const entries = await entriesIn(path);
    expect(entries[0]).toMatchObject({ kind: 'answer', question: 'When did the CBSS join ICAT?', confidence: reply.confidence });
    expect(await readFile(path, 'utf8')).not.toContain('xoxb-pasted-token-123');
  });

  it('keeps the question path free of I/O: handle returns before anything is written', async () => {
    bot.handle({ text: 'Who is the CEO of Slack?', platform: 'slack', userId: 'U1' });
    await expect(readFile(path, 'utf8')).rejects.toThrow(/ENOENT/);
    await log.flush();
    expect(await entriesIn(path)).toHaveLength(1);
  });

  it('reports a log it cannot write once, and the user still gets the answer', async () => {
    const captured = captureLog();
    const broken = new UnansweredLog({ path: join(folder.dir, 'missing-folder-is-a-file.jsonl', 'x.jsonl'), logger: captured.logger });
    await folder.write('missing-folder-is-a-file.jsonl', 'a file, not a folder');
    const brokenBot = createBot({ knowledge: await shippedKnowledge(), unanswered: broken });
    for (let i = 0; i < 3; i += 1) {
      expect(brokenBot.handle({ text: 'Who is the CEO of Slack?', platform: 'slack', userId: 'U1' }).kind).toBe('declined');
      await broken.flush();
    }
    const warnings = captured.lines().filter((line) => line.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toMatch(/UNANSWERED_LOG/);
  });
});
