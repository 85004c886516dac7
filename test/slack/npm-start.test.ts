import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlackApi, type FakeSlackApi } from './helpers/fake-slack-api.js';
import { BOT_TOKEN } from './helpers/harness.js';
import { commandBody, eventBody, postToSlackApp, SIGNING_SECRET } from './helpers/signed-request.js';
import { visibleText, type SlackMessageJson } from './helpers/visible-text.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** A port nothing listens on right now (PORT=0 would hide the port from the test). */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

// What the owner checks: `npm start` with only the Slack variables and a fake Web API serves
// signed /icat requests in the HTTP response, refuses forged ones, and answers mentions in threads.
describe('npm start with Slack credentials', () => {
  let api: FakeSlackApi;
  let child: ChildProcess;
  let eventsUrl: string;
  const stderr: string[] = [];

  beforeAll(async () => {
    api = await startFakeSlackApi();
    const port = await freePort();
    eventsUrl = `http://127.0.0.1:${port}/slack/events`;
    child = spawn(resolve(ROOT, 'node_modules/.bin/tsx'), ['adapters/main.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH, HOME: process.env.HOME,
        SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN, PORT: String(port), SLACK_API_URL: api.apiUrl,
        // Set but empty, so a developer's .env cannot switch on other platforms or Socket Mode here.
        SLACK_APP_TOKEN: '', DISCORD_TOKEN: '', LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const lines = createInterface({ input: child.stderr! });
    const started = new Promise<void>((ready, fail) => {
      lines.on('line', (line) => {
        stderr.push(line);
        if (line.includes('"msg":"slack listening"')) ready();
      });
      child.once('exit', (code) => fail(new Error(`npm start exited with ${code}:\n${stderr.join('\n')}`)));
    });
    await started;
  }, 30_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
    await api?.close();
  });

  it('answers a signed /icat in the HTTP response in under a second', async () => {
    const response = await postToSlackApp(eventsUrl, commandBody('When did the CBSS join ICAT?'), 'application/x-www-form-urlencoded');
    expect(response.status).toBe(200);
    expect(response.elapsedMs).toBeLessThan(1000);
    const answer = JSON.parse(response.text) as SlackMessageJson & { response_type: string };
    expect(answer.response_type).toBe('ephemeral');
    expect(visibleText(answer)).toContain('April 2020');
  });

  it('refuses a forged /icat with 401', async () => {
    const response = await postToSlackApp(eventsUrl, commandBody('When did the CBSS join ICAT?'), 'application/x-www-form-urlencoded', { secret: 'forged-secret' });
    expect(response.status).toBe(401);
  });

  it('answers a mention with a threaded chat.postMessage on the Web API', async () => {
    await postToSlackApp(eventsUrl, eventBody('EvStart1', { type: 'app_mention', channel: 'C42', user: 'U123', ts: '1700000042.000100', text: '<@UBOT> who coordinates ICAT?' }), 'application/json');
    const posted = await api.next((call) => call.method === 'chat.postMessage' && call.body.channel === 'C42');
    expect(posted.body.thread_ts).toBe('1700000042.000100');
    expect(visibleText(posted.body as SlackMessageJson)).toContain('United Nations Office on Drugs and Crime');
  });

  it('checked the token with auth.test first, and keeps secrets out of its log', () => {
    expect(api.calls[0]?.method).toBe('auth.test');
    const log = stderr.join('\n');
    expect(log).not.toContain(BOT_TOKEN);
    expect(log).not.toContain(SIGNING_SECRET);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
  });
});

describe('npm start with half the Slack settings', () => {
  it('names the missing variable and exits non-zero', async () => {
    const child = spawn(resolve(ROOT, 'node_modules/.bin/tsx'), ['adapters/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', DISCORD_TOKEN: '', PORT: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk) => { stderr += chunk; });
    const [code] = await once(child, 'exit');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/SLACK_BOT_TOKEN is not set/);
  }, 30_000);
});
