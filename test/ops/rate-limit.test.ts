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

  const ask = (userId: string, platform: 'slack' | 'discord' | 'console' = 'slack') => bot.handle({ text: QUESTION, platform, userId });

  it('gets five answers at once, then a polite request to slow down instead of silence', () => {
    for (let i = 0; i < 5; i += 1) expect(ask('U1').answer).toContain('April 2020');
    const slowed = ask('U1');
    expect(slowed.kind).toBe('rate-limited');
    expect(slowed.answered).toBe(false);
    expect(slowed.answer).toMatch(/wait 3 seconds and ask again/);
    expect(slowed.question).toBe(QUESTION);
  });

  it('is answered again once the interval has passed, one question per 3 seconds', () => {
    for (let i = 0; i < 6; i += 1) ask('U1');
    vi.advanceTimersByTime(2_000);
    expect(ask('U1').answer).toMatch(/wait 1 second and ask again/);
    vi.advanceTimersByTime(1_000);
    expect(ask('U1').kind).toBe('answer');
    expect(ask('U1').kind).toBe('rate-limited');
    vi.advanceTimersByTime(3_000);
    expect(ask('U1').kind).toBe('answer');
  });

  it('gets a full burst back after a pause', () => {
    for (let i = 0; i < 6; i += 1) ask('U1');
    vi.advanceTimersByTime(60_000);
    for (let i = 0; i < 5; i += 1) expect(ask('U1').kind).toBe('answer');
    expect(ask('U1').kind).toBe('rate-limited');
  });

  it('does not slow down anyone else, nor the same id on another platform, nor the terminal', () => {
    for (let i = 0; i < 6; i += 1) ask('U1');
    expect(ask('U1').kind).toBe('rate-limited');
    expect(ask('U2').kind).toBe('answer');
    expect(ask('U1', 'discord').kind).toBe('answer');
    for (let i = 0; i < 20; i += 1) expect(ask('console', 'console').kind).toBe('answer');
  });

  it('logs the slow-down without saying who it was', async () => {
    const log = captureLog();
    const logged = createBot({ knowledge: await shippedKnowledge(), rateLimiter: createRateLimiter({ burst: 1 }), logger: log.logger });
    logged.handle({ text: QUESTION, platform: 'discord', userId: '80351110224678912' });
    logged.handle({ text: QUESTION, platform: 'discord', userId: '80351110224678912' });
    expect(log.lines().map((line) => line.kind)).toEqual(['answer', 'rate-limited']);
    expect(log.text()).not.toContain('80351110224678912');
  });
});

describe('the rate limiter', () => {
  it('honours a configured burst and interval', () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 2, intervalMs: 10_000, now: () => now });
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 10_000 });
    now = 9_999;
    expect(limiter.take('a').allowed).toBe(false);
    now = 10_000;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('remembers a bounded number of users, forgetting idle ones first', () => {
    let now = 0;
    const limiter = createRateLimiter({ burst: 1, intervalMs: 1000, maxUsers: 3, now: () => now });
    for (const user of ['a', 'b', 'c']) limiter.take(user);
    now = 500;
    limiter.take('d');
    // Memory stayed bounded, and the limit still holds for the one just seen.
    expect(limiter.take('d').allowed).toBe(false);
    now = 2000;
    for (let i = 0; i < 10_000; i += 1) limiter.take(`user-${i}`);
    expect(limiter.take('user-9999').allowed).toBe(false);
  });

  it('refuses a burst below 1', () => {
    expect(() => createRateLimiter({ burst: 0 })).toThrow(RangeError);
  });
});
