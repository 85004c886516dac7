import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Health, healthRoutes } from '../../src/ops/health.js';
import { shippedKnowledge } from '../helpers/bot.js';
import { startSlackHarness, type SlackHarness } from './helpers/harness.js';
import { commandBody, postToSlackApp } from './helpers/signed-request.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/** Sends a raw HTTP request line, as a scanner would, and returns the status code. */
async function rawStatus(port: number, requestLine: string): Promise<number> {
  const socket = connect(port, '127.0.0.1');
  socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  let text = '';
  for await (const chunk of socket) text += String(chunk);
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
}

describe('requests that once froze or killed the Slack app', () => {
  let harness: SlackHarness;
  beforeAll(async () => {
    const health = new Health('test');
    const knowledge = await shippedKnowledge();
    health.ready(() => knowledge.status);
    harness = await startSlackHarness({ extraRoutes: healthRoutes(health) });
  });
  afterAll(async () => { await harness?.stop(); });

  const stillAnswers = async () => {
    const response = await postToSlackApp(harness.eventsUrl, commandBody('when did the cbss join?'), FORM);
    expect(response.status).toBe(200);
    expect(response.text).toContain('April 2020');
  };

  it('a signed JSON body of `null` is refused with 400, and the app goes on answering', async () => {
    const response = await postToSlackApp(harness.eventsUrl, 'null', JSON_TYPE);
    expect(response.status).toBe(400);
    await stillAnswers();
  });

  it('a signed form body `payload=null` (and other non-objects) is refused with 400', async () => {
    for (const [body, type] of [['payload=null', FORM], ['payload=%5B%5D', FORM], ['42', JSON_TYPE], ['"text"', JSON_TYPE]] as const) {
      expect((await postToSlackApp(harness.eventsUrl, body, type)).status, body).toBe(400);
    }
    await stillAnswers();
  });

  it('a body over 256 KB is refused with 413 before it is read, signed or not', async () => {
    const big = JSON.stringify({ type: 'event_callback', padding: 'x'.repeat(300 * 1024) });
    const signed = await postToSlackApp(harness.eventsUrl, big, JSON_TYPE);
    expect(signed.status).toBe(413);
    const unsigned = await fetch(harness.eventsUrl, { method: 'POST', headers: { 'content-type': JSON_TYPE }, body: big });
    expect(unsigned.status).toBe(413);
    await stillAnswers();
  });

  it("acknowledges Slack's app_rate_limited notice at once with 200 and a debug line, not a 404 after 3 s", async () => {
    const notice = JSON.stringify({ token: 'legacy', type: 'app_rate_limited', team_id: 'T1', minute_rate_limited: 1518467820, api_app_id: 'A1' });
    const response = await postToSlackApp(harness.eventsUrl, notice, JSON_TYPE);
    expect(response.status).toBe(200);
    expect(response.elapsedMs).toBeLessThan(2000);
    const line = await harness.log.next('slack request of a type the app does not handle: acknowledged');
    expect(line.level).toBe('debug');
    expect(line.type).toBe('app_rate_limited');
  });

  it('a malformed request target gets 400, not 500', async () => {
    expect(await rawStatus(harness.slack.port!, 'GET //[ HTTP/1.1')).toBe(400);
    expect(await rawStatus(harness.slack.port!, 'GET /healthz HTTP/1.1')).toBe(200);
  });

  it('HEAD /healthz answers like GET, without a body', async () => {
    const response = await fetch(`${harness.baseUrl}/healthz`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('logs no error line for any of it', () => {
    expect(harness.log.lines.filter((line) => line.level === 'error')).toEqual([]);
  });
});
