import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { readSlackConfig, slackPlatform, startSlack } from '../../adapters/slack/index.js';
import { verifyBotToken } from '../../adapters/slack/verify-token.js';
import { IcatError } from '../../src/errors.js';
import { shippedBot } from '../helpers/bot.js';
import { startFakeSlackApi } from './helpers/fake-slack-api.js';
import { BOT_TOKEN, captureLog, startSlackHarness } from './helpers/harness.js';
import { commandBody, eventBody, postToSlackApp, SIGNING_SECRET } from './helpers/signed-request.js';

const BASE = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET };

/** The IcatError a function throws (fails the test if it does not throw one). */
function thrown(fn: () => unknown): IcatError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(IcatError);
    return error as IcatError;
  }
  throw new Error('expected an IcatError');
}

async function rejected(promise: Promise<unknown>): Promise<IcatError> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(IcatError);
  return error as IcatError;
}

/** A listening server on 127.0.0.1 and its address. */
async function listening(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
}

describe('Slack settings', () => {
  it('uses HTTP mode on port 3000 with only the token and the signing secret', () => {
    expect(readSlackConfig(BASE)).toEqual({ mode: 'http', botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 3000 });
  });

  it('uses Socket Mode when an app token is set, without needing a signing secret', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-1-A1-123-abc' })).toMatchObject({ mode: 'socket', appToken: 'xapp-1-A1-123-abc' });
  });

  it('names the variable that is missing or malformed, without echoing secrets', () => {
    const cases: [Record<string, string>, string, string][] = [
      [{ SLACK_SIGNING_SECRET: SIGNING_SECRET }, 'CONFIG_MISSING', 'SLACK_BOT_TOKEN'],
      [{ SLACK_BOT_TOKEN: BOT_TOKEN }, 'CONFIG_MISSING', 'SLACK_SIGNING_SECRET'],
      [{ ...BASE, SLACK_BOT_TOKEN: 'xoxp-user-token-secret' }, 'CONFIG_INVALID', 'SLACK_BOT_TOKEN must start with "xoxb-"'],
      [{ ...BASE, SLACK_APP_TOKEN: 'xoxb-wrong-kind' }, 'CONFIG_INVALID', 'SLACK_APP_TOKEN must start with "xapp-"'],
      [{ ...BASE, SLACK_SIGNING_SECRET: 'xoxb-pasted-token' }, 'CONFIG_INVALID', 'SLACK_SIGNING_SECRET'],
      [{ ...BASE, PORT: 'eighty' }, 'CONFIG_INVALID', 'PORT'],
      [{ ...BASE, PORT: '70000' }, 'CONFIG_INVALID', 'PORT'],
      [{ ...BASE, SLACK_API_URL: 'slack.example' }, 'CONFIG_INVALID', 'SLACK_API_URL'],
      [{ ...BASE, SLACK_API_URL: 'ftp://slack.example/api/' }, 'CONFIG_INVALID', 'SLACK_API_URL'],
    ];
    for (const [env, code, named] of cases) {
      const error = thrown(() => readSlackConfig(env));
      expect(error.code).toBe(code);
      expect(error.message).toContain(named);
      expect(error.message).not.toMatch(/user-token-secret|wrong-kind|pasted-token/);
    }
  });

  it('counts as configured when any Slack credential is set, and lists the secrets to redact', () => {
    expect(slackPlatform.isConfigured({})).toBe(false);
    expect(slackPlatform.isConfigured({ SLACK_SIGNING_SECRET: 'x' })).toBe(true);
    expect(slackPlatform.secrets({ ...BASE, SLACK_APP_TOKEN: 'xapp-1' }).sort()).toEqual([BOT_TOKEN, SIGNING_SECRET, 'xapp-1'].sort());
  });
});

describe('Slack start-up', () => {
  it('reports a rejected token plainly, naming SLACK_BOT_TOKEN', async () => {
    const api = await startFakeSlackApi({ authTest: { ok: false, error: 'invalid_auth' } });
    try {
      const config = readSlackConfig({ ...BASE, PORT: '0', SLACK_API_URL: api.apiUrl });
      const error = await rejected(startSlack({ bot: await shippedBot(), config, logger: captureLog().logger }));
      expect(error.code).toBe('PLATFORM_AUTH');
      expect(error.message).toContain('SLACK_BOT_TOKEN');
      expect(error.message).toContain('invalid_auth');
    } finally {
      await api.close();
    }
  });

  it('fails fast, naming SLACK_API_URL, when nothing listens there', async () => {
    const closed = createServer();
    const apiUrl = await listening(closed);
    await new Promise((resolve) => closed.close(resolve));
    const config = readSlackConfig({ ...BASE, PORT: '0', SLACK_API_URL: apiUrl });
    const started = performance.now();
    const error = await rejected(startSlack({ bot: await shippedBot(), config, logger: captureLog().logger }));
    expect(error.code).toBe('PLATFORM_UNREACHABLE');
    expect(error.message).toContain('SLACK_API_URL');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('gives up at its deadline on an API that never answers, instead of hanging', async () => {
    const silent = createServer(() => { /* never answers */ });
    const apiUrl = await listening(silent);
    try {
      const error = await rejected(verifyBotToken({ botToken: BOT_TOKEN, apiUrl }, captureLog().logger, 300));
      expect(error.code).toBe('PLATFORM_UNREACHABLE');
      expect(error.message).toMatch(/no answer within/);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('names PORT when the port is already taken', async () => {
    const first = await startSlackHarness();
    try {
      const config = readSlackConfig({ ...BASE, PORT: String(first.slack.port), SLACK_API_URL: first.api.apiUrl });
      const error = await rejected(startSlack({ bot: await shippedBot(), config, logger: captureLog().logger }));
      expect(error.code).toBe('CONFIG_INVALID');
      expect(error.message).toContain(`PORT ${first.slack.port}`);
    } finally {
      await first.stop();
    }
  });

  it('never writes the token or the signing secret to the log, even at debug level and unredacted', async () => {
    const harness = await startSlackHarness({ log: captureLog([]) });
    await postToSlackApp(harness.eventsUrl, commandBody('when did the cbss join?'), 'application/x-www-form-urlencoded');
    await postToSlackApp(harness.eventsUrl, commandBody('x'), 'application/x-www-form-urlencoded', { secret: 'forged' });
    await postToSlackApp(harness.eventsUrl, eventBody('EvLog', { type: 'app_mention', channel: 'C1', user: 'U1', ts: '1.1', text: '<@UBOT> who coordinates icat?' }), 'application/json');
    await harness.api.next((call) => call.method === 'chat.postMessage');
    await harness.stop();
    const all = JSON.stringify(harness.log.lines);
    expect(harness.log.lines.length).toBeGreaterThan(0);
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
  });
});
