import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot.js';
import { createRateLimiter } from '../../src/ops/rate-limiter.js';
import { shippedKnowledge } from '../helpers/bot.js';
import { captureLog } from './helpers.js';

const SLACK_TOKEN = 'xoxb-1111-2222-secret-bot-token';
const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const DISCORD_TOKEN = 'MTA5ODc2NTQzMjEw.GhIjKl.secret-discord-token';

describe('the log an operator reads', () => {
  it('has one JSON line per question with platform, latency, the outcome and confidence, and no user id', async () => {
    const log = captureLog();
    let clock = 100;
    const bot = createBot({ knowledge: await shippedKnowledge(), logger: log.logger, now: () => (clock += 2.5) });
    bot.handle({ text: 'When did the CBSS join ICAT?', platform: 'slack', userId: 'U0SECRETUSER' });
    bot.handle({ text: 'Who is the CEO of Slack?', platform: 'discord', userId: '80351110224678912' });
    const lines = log.lines();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 'info', msg: 'question', platform: 'slack', kind: 'answer', answered: true, latencyMs: 2.5 });
    expect(lines[0]!.confidence).toBeGreaterThan(0.55);
    expect(lines[1]).toMatchObject({ msg: 'question', platform: 'discord', kind: 'declined', answered: false });
    expect(typeof lines[1]!.confidence).toBe('number');
    expect(typeof lines[1]!.time).toBe('string');
    expect(log.text()).not.toMatch(/U0SECRETUSER|80351110224678912/);
    // Questions may hold sensitive details: the log says how it went, not what was asked.
    expect(log.text()).not.toContain('CEO of Slack');
  });

  it('never shows a token or signing secret, even one pasted into a question or echoed by an error', async () => {
    const secrets = [SLACK_TOKEN, SIGNING_SECRET, DISCORD_TOKEN];
    const log = captureLog(secrets, 'debug');
    const knowledge = await shippedKnowledge();
    const failing = { ...knowledge, get answerer() { return { index: knowledge.answerer.index, ask: () => { throw new Error(`invalid_auth for ${SLACK_TOKEN} (${DISCORD_TOKEN})`); } }; }, get status() { return knowledge.status; } };
    const bot = createBot({ knowledge: failing as never, logger: log.logger, rateLimiter: createRateLimiter({ burst: 1 }) });
    const reply = await bot.ask({ text: `is ${SIGNING_SECRET} my secret?`, platform: 'slack', userId: 'U1' });
    expect(reply.kind).toBe('error');
    await bot.ask({ text: SLACK_TOKEN, platform: 'slack', userId: 'U1' });
    log.logger.info('sdk said', { request: { headers: { authorization: `Bearer ${SLACK_TOKEN}` } }, detail: `signature ${SIGNING_SECRET}` });
    const text = log.text();
    expect(text).toContain('answering failed');
    expect(text).toContain('[redacted]');
    for (const secret of secrets) expect(text).not.toContain(secret);
  });
});
