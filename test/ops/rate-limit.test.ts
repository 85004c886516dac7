import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBot, type Bot } from '../../src/bot.js';
import { createRateLimiter } from '../../src/ops/rate-limiter.js';
import { shippedKnowledge } from '../helpers/bot.js';
import { captureLog } from './helpers.js';

const QUESTION = 'When did the CBSS join ICAT?';

describe('a user asking faster than a person reads', () => {
  let bot: Bot;
  beforeEach(async () => {
    vi.useFakeTimers();
    // The defaults, as npm start uses them: a burst of 5, then one question every 3 seconds.
    bot = createBot({ knowledge: await shippedKnowledge(), rateLimiter: createRateLimiter() });
  });
  afterEach(() => { vi.useRealTimers(); });

  const ask = (userId: string, platform: 'slack' | 'discord' | 'console' = 'slack') => bot.ask({ text: QUESTION, platform, userId });
  const askTimes = async (times: number, userId = 'U1') => { for (let i = 0; i < times; i += 1) await ask(userId); };

  it('gets five answers at once, then a polite request to slow down instead of silence', async () => {
    for (let i = 0; i < 5; i += 1) expect((await ask('U1')).answer).toContain('April 2020');
    const slowed = await ask('U1');
    expect(slowed.kind).toBe('rate-limited');
    expect(slowed.answered).toBe(false);
    expect(slowed.answer).toMatch(/wait 3 seconds and ask again/);
    expect(slowed.question).toBe(QUESTION);
  });

  it('is answered again once the interval has passed, one question per 3 seconds', async () => {
    await askTimes(6);
    vi.advanceTimersByTime(2_000);
    expect((await ask('U1')).answer).toMatch(/wait 1 second and ask again/);
    vi.advanceTimersByTime(1_000);
    expect((await ask('U1')).kind).toBe('answer');
    expect((await ask('U1')).kind).toBe('rate-limited');
    vi.advanceTimersByTime(3_000);
    expect((await ask('U1')).kind).toBe('answer');
  });

  it('gets a full burst back after a pause', async () => {
    await askTimes(6);
    vi.advanceTimersByTime(60_000);
    for (let i = 0; i < 5; i += 1) expect((await ask('U1')).kind).toBe('answer');
    expect((await ask('U1')).kind).toBe('rate-limited');
  });

  it('does not slow down anyone else, nor the same id on another platform, nor the terminal', async () => {
    await askTimes(6);
    expect((await ask('U1')).kind).toBe('rate-limited');
    expect((await ask('U2')).kind).toBe('answer');
    expect((await ask('U1', 'discord')).kind).toBe('answer');
    for (let i = 0; i < 20; i += 1) expect((await ask('console', 'console')).kind).toBe('answer');
  });

  it('is never limited through the operator\'s own door, handle()', async () => {
    await askTimes(6);
    expect(bot.handle({ text: QUESTION, platform: 'slack', userId: 'U1' }).kind).toBe('answer');
  });

  it('logs the slow-down without saying who it was', async () => {
    const log = captureLog();
    const logged = createBot({ knowledge: await shippedKnowledge(), rateLimiter: createRateLimiter({ burst: 1 }), logger: log.logger });
    await logged.ask({ text: QUESTION, platform: 'discord', userId: '80351110224678912' });
    await logged.ask({ text: QUESTION, platform: 'discord', userId: '80351110224678912' });
    expect(log.lines().map((line) => line.kind)).toEqual(['answer', 'rate-limited']);
    expect(log.text()).not.toContain('80351110224678912');
  });
});

describe('the rate limiter', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  it('honours a configured burst and interval', async () => {
    const limiter = createRateLimiter({ burst: 2, intervalMs: 10_000 });
    expect(await limiter.take('a')).toEqual({ allowed: true });
    expect(await limiter.take('a')).toEqual({ allowed: true });
    expect(await limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 10_000 });
    vi.advanceTimersByTime(9_999);
    expect((await limiter.take('a')).allowed).toBe(false);
    vi.advanceTimersByTime(1);
    expect((await limiter.take('a')).allowed).toBe(true);
  });

  it('with a burst of 1, allows one question per interval', async () => {
    const limiter = createRateLimiter({ burst: 1, intervalMs: 1000 });
    expect((await limiter.take('a')).allowed).toBe(true);
    expect(await limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 1000 });
    vi.advanceTimersByTime(1000);
    expect((await limiter.take('a')).allowed).toBe(true);
  });

  it('refuses a burst below 1', () => {
    expect(() => createRateLimiter({ burst: 0 })).toThrow(RangeError);
  });
});
