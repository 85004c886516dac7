import { describe, expect, it } from 'vitest';
import { readOpsConfig } from '../../src/ops/config.js';
import { loadRuntime, readRuntimeSettings } from '../../adapters/project.js';

const ROOT = '/srv/icat-bot';

describe('service settings from the environment', () => {
  it('defaults to a burst of 5 then one question per 3 s, hot reload on, no health port, no unanswered log', () => {
    expect(readOpsConfig({}, ROOT)).toEqual({
      rateLimit: { burst: 5, intervalMs: 3000 }, unansweredBelow: 0.7, watchKnowledge: true, knowledgeCheckMs: 10_000, shutdownTimeoutMs: 5000,
      shutdownDrainMs: 2000,
    });
  });

  it('reads every variable, resolving the log path against the project', () => {
    expect(readOpsConfig({
      RATE_LIMIT_BURST: '10', RATE_LIMIT_INTERVAL_SECONDS: '1.5', HEALTH_PORT: '8081', UNANSWERED_LOG: 'logs/unanswered.jsonl',
      UNANSWERED_BELOW: '0.6', KNOWLEDGE_WATCH: 'off', KNOWLEDGE_CHECK_SECONDS: '0', SHUTDOWN_TIMEOUT_SECONDS: '2', SHUTDOWN_DRAIN_SECONDS: '0.5',
    }, ROOT)).toEqual({
      rateLimit: { burst: 10, intervalMs: 1500 }, healthPort: 8081, unansweredLog: '/srv/icat-bot/logs/unanswered.jsonl',
      unansweredBelow: 0.6, watchKnowledge: false, knowledgeCheckMs: 0, shutdownTimeoutMs: 2000, shutdownDrainMs: 500,
    });
  });

  it('turns rate limits off with RATE_LIMIT_BURST=0', () => {
    expect(readOpsConfig({ RATE_LIMIT_BURST: '0' }, ROOT).rateLimit).toBeUndefined();
  });

  it.each([
    ['RATE_LIMIT_BURST', 'five'], ['RATE_LIMIT_BURST', '2.5'], ['RATE_LIMIT_INTERVAL_SECONDS', '0'], ['HEALTH_PORT', '70000'],
    ['UNANSWERED_BELOW', '2'], ['KNOWLEDGE_WATCH', 'maybe'], ['SHUTDOWN_TIMEOUT_SECONDS', '-1'],
  ])('names %s when it is set to "%s"', (name, value) => {
    expect(() => readOpsConfig({ [name]: value }, ROOT)).toThrow(new RegExp(`^${name} must be`));
  });
});

describe('npm start\'s runtime', () => {
  it('rate limits chat users and keeps no unanswered log unless UNANSWERED_LOG is set', async () => {
    const runtime = await loadRuntime(readRuntimeSettings({ env: { LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '1' } }), true);
    expect(runtime.unanswered).toBeUndefined();
    expect((await runtime.bot.ask({ text: 'help', platform: 'slack', userId: 'U1' })).kind).toBe('help');
    expect((await runtime.bot.ask({ text: 'help', platform: 'slack', userId: 'U1' })).kind).toBe('rate-limited');
  });

  it('never limits the command-line tools', async () => {
    const runtime = await loadRuntime(readRuntimeSettings({ env: { LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '1', UNANSWERED_LOG: '/nonexistent/x.jsonl' } }), false);
    expect(runtime.unanswered).toBeUndefined();
    expect((await runtime.bot.ask({ text: 'help', platform: 'slack', userId: 'U1' })).kind).toBe('help');
    expect((await runtime.bot.ask({ text: 'help', platform: 'slack', userId: 'U1' })).kind).toBe('help');
  });
});
