import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_LOST } from '../../src/state/redis-store.js';
import { PROJECT_ROOT } from '../helpers/bot.js';
import { hasRedisServer, INSTALL_REDIS, noteRedisSkipped, startRedis, type TestRedis } from '../helpers/redis-server.js';
import { cleanEnv, startChild, waitUntil, type Child } from '../production/child.js';
import { startFakeSlackApi, type FakeCall, type FakeSlackApi } from '../slack/helpers/fake-slack-api.js';
import { commandBody, eventBody, postToSlackApp, SIGNING_SECRET } from '../slack/helpers/signed-request.js';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy.js';

noteRedisSkipped('the two-replica tests');

const QUESTION = 'When did the CBSS join ICAT?';
const RECONNECTED = 'redis reconnected: state is shared again';
const DUPLICATE = 'slack event already answered';

// An operator running two replicas of the Slack app (HTTP mode) behind a load balancer, sharing
// state through Redis: each replica is a real `npm start` process, the balancer a round-robin
// proxy, Slack's Web API a local fake. Everything stays on 127.0.0.1.
describe.skipIf(!hasRedisServer)(`two replicas behind a load balancer, sharing Redis${hasRedisServer ? '' : ` — skipped: redis-server is not installed; ${INSTALL_REDIS}`}`, () => {
  let redis: TestRedis;
  let slack: FakeSlackApi;
  let replicas: Child[] = [];
  let proxy: RoundRobinProxy;
  let messages = 0;

  beforeAll(async () => {
    [redis, slack] = await Promise.all([startRedis(), startFakeSlackApi()]);
    const env = cleanEnv({
      SLACK_BOT_TOKEN: 'xoxb-0000-test-bot-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0',
      REDIS_URL: redis.url, RATE_LIMIT_BURST: '3', RATE_LIMIT_INTERVAL_SECONDS: '60', KNOWLEDGE_WATCH: 'off', LOG_LEVEL: 'debug',
    });
    replicas = [0, 1].map(() => startChild(join(PROJECT_ROOT, 'node_modules/.bin/tsx'), [join(PROJECT_ROOT, 'adapters/main.ts')], {
      cwd: mkdtempSync(join(tmpdir(), 'icat-replica-')), env,
    }));
    const ports = await Promise.all(replicas.map(async (replica) => (await replica.logLine('slack listening')).port as number));
    proxy = await startRoundRobinProxy(ports.map((port) => `http://127.0.0.1:${port}`));
  }, 60_000);

  afterAll(async () => {
    for (const replica of replicas) replica.process.kill('SIGTERM');
    await Promise.all(replicas.map((replica) => replica.exited));
    await Promise.all([proxy?.close(), slack?.close(), redis?.stop()]);
  });

  const eventsUrl = () => `${proxy.url}/slack/events`;
  const duplicates = () => replicas.reduce((sum, replica) => sum + replica.logLines(DUPLICATE).length, 0);
  const postsIn = (ts: string) => slack.calls.filter((call) => call.method === 'chat.postMessage' && call.body.thread_ts === ts);
  const isPostIn = (ts: string) => (call: FakeCall) => call.method === 'chat.postMessage' && call.body.thread_ts === ts;

  /** Delivers one mention `times` times through the balancer, as Slack retries it (with x-slack-retry-num). */
  async function deliverWithRetries(eventId: string, times: number): Promise<string> {
    const ts = `${1_700_000_000 + (messages += 1)}.000100`;
    const body = eventBody(eventId, { type: 'app_mention', channel: 'C42', user: 'U0ASKER', ts, text: `<@UBOT> ${QUESTION}` });
    for (let attempt = 0; attempt < times; attempt += 1) {
      const headers: Record<string, string> = attempt === 0 ? {} : { 'x-slack-retry-num': String(attempt), 'x-slack-retry-reason': 'http_timeout' };
      expect((await postToSlackApp(eventsUrl(), body, 'application/json', { headers })).status).toBe(200);
    }
    return ts;
  }

  /** Sends `times` slash commands from one user through the balancer; counts what came back. */
  async function burst(userId: string, times: number): Promise<{ answered: number; limited: number }> {
    const outcome = { answered: 0, limited: 0 };
    for (let i = 0; i < times; i += 1) {
      const { text } = await postToSlackApp(eventsUrl(), commandBody(QUESTION, { user_id: userId }), 'application/x-www-form-urlencoded');
      if (text.includes('April 2020')) outcome.answered += 1;
      else if (text.includes('asking faster')) outcome.limited += 1;
    }
    return outcome;
  }

  it('answers a Slack event and its retries exactly once, whichever replica receives each', async () => {
    const before = duplicates();
    const ts = await deliverWithRetries('Ev-once', 4);
    expect(proxy.counts.every((count) => count >= 2)).toBe(true);
    await slack.next(isPostIn(ts));
    await waitUntil(replicas, () => duplicates() - before === 3);
    expect(postsIn(ts)).toHaveLength(1);
  });

  it('holds a user\'s burst split across both replicas to one limit', async () => {
    expect(await burst('U-burst', 6)).toEqual({ answered: 3, limited: 3 });
  });

  it('keeps answering while Redis is down, with a warning in the log', async () => {
    await redis.stop();
    await waitUntil(replicas, () => replicas.every((replica) => replica.logLines(REDIS_LOST).length > 0));
    expect((await burst('U-outage', 2)).answered).toBe(2);
    const ts = await deliverWithRetries('Ev-outage', 1);
    await slack.next(isPostIn(ts));
    expect(replicas.some((replica) => replica.logLines('slack event de-duplication unavailable: answering anyway').length > 0)).toBe(true);
  });

  it('shares again once Redis is back', async () => {
    await redis.restart();
    await waitUntil(replicas, () => replicas.every((replica) => replica.logLines(RECONNECTED).length > 0));
    const before = duplicates();
    const ts = await deliverWithRetries('Ev-back', 2);
    await slack.next(isPostIn(ts));
    await waitUntil(replicas, () => duplicates() - before === 1);
    expect(postsIn(ts)).toHaveLength(1);
    expect(await burst('U-back', 6)).toEqual({ answered: 3, limited: 3 });
  });
});
