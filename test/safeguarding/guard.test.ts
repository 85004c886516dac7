import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot.js';
import { KnowledgeBase } from '../../src/knowledge-base.js';
import { Feedback } from '../../src/feedback/index.js';
import { createRateLimiter } from '../../src/ops/rate-limiter.js';
import { UnansweredLog } from '../../src/ops/unanswered-log.js';
import { DEFAULT_REPORTING_CHANNEL, detectReport, readReportingChannel, REPORTING_CHANNEL_FILE } from '../../src/safeguarding/index.js';
import { shippedKnowledge } from '../helpers/bot.js';
import { captureLog, tempFolder, type TempFolder } from '../ops/helpers.js';
import { KNOWLEDGE_QUESTIONS, REPORTS } from './examples.js';

/** The share of `items` for which `test` holds. */
const rate = (items: readonly string[], test: (text: string) => boolean) => items.filter(test).length / items.length;

describe('the safeguarding guard tells a report of a person at risk from a question about the knowledge', () => {
  it('catches at least 95% of report-like messages, first and third person', () => {
    const missed = REPORTS.filter((text) => !detectReport(text).fired);
    expect(missed).toEqual([]);
    expect(rate(REPORTS, (text) => detectReport(text).fired)).toBeGreaterThanOrEqual(0.95);
  });

  it('lets at least 95% of knowledge questions on the same topics through', () => {
    const stopped = KNOWLEDGE_QUESTIONS.filter((text) => detectReport(text).fired);
    expect(stopped).toEqual([]);
    expect(rate(KNOWLEDGE_QUESTIONS, (text) => !detectReport(text).fired)).toBeGreaterThanOrEqual(0.95);
  });

  it('reads signs of control with a person, not a keyword: "forced labour" alone is a topic', () => {
    expect(detectReport('what does forced labour mean?').fired).toBe(false);
    expect(detectReport('my cousin is in forced labour on a farm').fired).toBe(true);
    expect(detectReport('Why do traffickers take passports?').fired).toBe(false);
    expect(detectReport('the man she works for took her passport').fired).toBe(true);
  });

  it('never throws and stays fast on anything a user can type', () => {
    fc.assert(fc.property(fc.string({ maxLength: 3000 }), (text) => { detectReport(text); }));
    const long = 'she cannot leave '.repeat(10_000);
    const started = performance.now();
    expect(detectReport(long).fired).toBe(true);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('someone types what looks like a live case', () => {
  const REPORT = "I think my neighbour's housekeeper is being held against her will, she can't leave";
  let folder: TempFolder;
  let bot: Bot;
  let unanswered: UnansweredLog;
  let log: ReturnType<typeof captureLog>;
  beforeEach(async () => {
    folder = await tempFolder();
    log = captureLog([], 'debug');
    unanswered = new UnansweredLog({ path: join(folder.dir, 'unanswered.jsonl') });
    bot = createBot({
      knowledge: await shippedKnowledge(), logger: log.logger, unanswered,
      rateLimiter: createRateLimiter({ burst: 1, intervalMs: 60_000 }),
    });
  });
  afterEach(async () => { await folder.remove(); });

  it('gets the fixed careful reply, not a knowledge snippet: no acting on reports, emergency services, the reporting channel', () => {
    const reply = bot.handle({ text: REPORT, platform: 'slack', userId: 'U1' });
    expect(reply).toMatchObject({ kind: 'safeguarding', answered: false, question: '', sources: [], suggestions: [] });
    expect(reply.answer).toMatch(/cannot act on reports/);
    expect(reply.answer).toMatch(/immediate danger, contact your local emergency services/);
    expect(reply.answer).toContain(DEFAULT_REPORTING_CHANNEL);
    expect(reply.answer).not.toMatch(/\d{3}/);
  });

  it('leaves no trace of the text in the log, the unanswered log, or a rate-limit reply', async () => {
    await bot.ask({ text: 'Who is the CEO of Slack?', platform: 'slack', userId: 'U2' });
    expect((await bot.ask({ text: 'when did the cbss join?', platform: 'slack', userId: 'U1' })).kind).toBe('answer');
    // U1 has used their burst: a report still gets the careful reply, never a rate-limit echo of it.
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await bot.ask({ text: REPORT, platform: 'slack', userId: 'U1' }));
    expect((await bot.ask({ text: 'who coordinates icat?', platform: 'slack', userId: 'U1' })).kind).toBe('rate-limited');
    await unanswered.flush();
    expect(replies.map((reply) => reply.kind)).toEqual(['safeguarding', 'safeguarding', 'safeguarding']);
    expect(replies.every((reply) => !reply.answer.includes('housekeeper'))).toBe(true);
    const files = [log.text(), await readFile(join(folder.dir, 'unanswered.jsonl'), 'utf8')];
    for (const written of files) {
      expect(written).not.toMatch(/housekeeper|neighbour|against her will|leave/i);
    }
    expect(log.lines().filter((line) => line.msg === 'safeguarding guard fired')).toEqual(
      [1, 2, 3].map(() => expect.objectContaining({ platform: 'slack' })),
    );
    expect(JSON.stringify(log.lines().find((line) => line.msg === 'safeguarding guard fired'))).not.toMatch(/text|question/);
  });

  it('gets no feedback buttons, so it can never reach the feedback log either', async () => {
    const reply = bot.handle({ text: REPORT, platform: 'discord', userId: 'U3' });
    expect(await new Feedback().remember(reply, 'discord')).toBeUndefined();
  });

  it('does not get in the way of a knowledge question with the same words', () => {
    expect(bot.handle({ text: 'What fraction of detected victims are children?', platform: 'console' }).answer).toMatch(/one third are children/);
  });
});

describe('the reporting channel a maintainer configures', () => {
  let folder: TempFolder;
  afterEach(async () => { await folder?.remove(); });

  it('comes from SAFEGUARDING_REPORTING_CHANNEL first, then a dot file in the knowledge folder, then a default with no phone number', async () => {
    folder = await tempFolder({ 'icat.md': '---\ntitle: ICAT\n---\n\n# ICAT\n\nICAT is coordinated by UNODC.\n' });
    expect(readReportingChannel({}, folder.dir)).toBe(DEFAULT_REPORTING_CHANNEL);
    expect(DEFAULT_REPORTING_CHANNEL).not.toMatch(/\d/);
    await folder.write(REPORTING_CHANNEL_FILE, 'the Safeguarding Desk, safeguarding@example.org.\n');
    expect(readReportingChannel({}, folder.dir)).toBe('the Safeguarding Desk, safeguarding@example.org.');
    expect(readReportingChannel({ SAFEGUARDING_REPORTING_CHANNEL: 'the duty officer.' }, folder.dir)).toBe('the duty officer.');
  });

  it('is never loaded as knowledge, and is what the reply names', async () => {
    folder = await tempFolder({
      'icat.md': '---\ntitle: ICAT\n---\n\n# ICAT\n\nICAT is coordinated by UNODC.\n',
      [REPORTING_CHANNEL_FILE]: 'the Safeguarding Desk, safeguarding@example.org.',
    });
    const knowledge = await KnowledgeBase.load({ dir: folder.dir, displayRoot: folder.dir });
    expect(knowledge.status.documents).toBe(1);
    const bot = createBot({ knowledge, reportingChannel: readReportingChannel({}, folder.dir) });
    expect(bot.handle({ text: 'where is the safeguarding desk?', platform: 'console' }).answered).toBe(false);
    expect(bot.handle({ text: 'a girl at the station says she cannot leave', platform: 'console' }).answer).toContain('safeguarding@example.org');
  });
});
