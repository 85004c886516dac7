import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postMention, startService, startSlackStandIn, type Service, type SlackStandIn } from './service-process.js';
import { tempFolder, type TempFolder } from './helpers.js';

const BOT_TOKEN = 'xoxb-4242-ops-test-secret-token';
const SIGNING_SECRET = 'ops-test-signing-secret-0123456789';

const portOf = async (service: Service, msg: string) => Number((await service.logLine(msg)).port);

// What an operator sees: `npm start` in Slack HTTP mode with HEALTH_PORT and UNANSWERED_LOG set,
// stopped with SIGTERM while an answer is still on its way to Slack.
describe('npm start as a service', () => {
  let slack: SlackStandIn;
  let service: Service;
  let folder: TempFolder;
  let healthUrl: string;
  let slackUrl: string;

  beforeAll(async () => {
    slack = await startSlackStandIn();
    folder = await tempFolder();
    service = startService({
      SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0',
      HEALTH_PORT: '0', UNANSWERED_LOG: join(folder.dir, 'unanswered.jsonl'), SHUTDOWN_TIMEOUT_SECONDS: '4',
    });
    healthUrl = `http://127.0.0.1:${await portOf(service, 'health listening')}/healthz`;
    slackUrl = `http://127.0.0.1:${await portOf(service, 'slack listening')}`;
    await service.logLine('platform started');
  }, 30_000);

  afterAll(async () => {
    if (service.child.exitCode === null) service.child.kill('SIGKILL');
    await service.exited;
    await slack.close();
    await folder.remove();
  });

  it('reports healthy with its index stats, on HEALTH_PORT and beside /slack/events', async () => {
    for (const url of [healthUrl, `${slackUrl}/healthz`]) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      const body = await response.json() as Record<string, unknown>;
      expect(body).toMatchObject({ status: 'ready', documents: expect.any(Number), passages: expect.any(Number), knowledgeVersion: expect.stringMatching(/^[0-9a-f]{12}$/) });
      expect(body.documents).toBeGreaterThan(0);
    }
  });

  it('finishes the answer in flight when told to stop, turns unhealthy meanwhile, then exits 0 promptly', async () => {
    expect(await postMention(`${slackUrl}/slack/events`, SIGNING_SECRET, 'EvUnknown', 'Who is the CEO of Slack?')).toBe(200);
    (await slack.nextPost()).release();
    expect(await postMention(`${slackUrl}/slack/events`, SIGNING_SECRET, 'EvInFlight', 'When did the CBSS join ICAT?')).toBe(200);
    const inFlight = await slack.nextPost();

    const signalled = performance.now();
    service.child.kill('SIGTERM');
    await service.logLine('shutting down');
    const draining = await fetch(healthUrl);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toMatchObject({ status: 'stopping' });
    expect(service.child.exitCode).toBeNull();

    expect(inFlight.abandoned()).toBe(false);
    inFlight.release();
    expect(await service.exited).toBe(0);
    expect(inFlight.abandoned()).toBe(false);
    expect(performance.now() - signalled).toBeLessThan(5_000);
    expect(JSON.stringify(inFlight.body)).toContain('April 2020');
    expect(await service.logLine('shut down')).toMatchObject({ completed: true });
    expect(service.output()).not.toMatch(/reply could not be posted/);
  });

  it('logged one line per question, and never a token, a signing secret or who asked', () => {
    const questions = service.output().split('\n').filter((line) => line.includes('"msg":"question"')).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(questions).toEqual([
      expect.objectContaining({ platform: 'slack', kind: 'declined', answered: false, confidence: expect.any(Number), latencyMs: expect.any(Number) }),
      expect.objectContaining({ platform: 'slack', kind: 'answer', answered: true }),
    ]);
    const output = service.output();
    for (const secret of [BOT_TOKEN, SIGNING_SECRET, 'U0ASKER']) expect(output).not.toContain(secret);
  });

  it('wrote the unanswered question, without who asked, before exiting', async () => {
    const lines = (await readFile(join(folder.dir, 'unanswered.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { question: string }).question)).toEqual(['Who is the CEO of Slack?']);
    expect(lines.join('\n')).not.toContain('U0ASKER');
  });
});

describe('npm start with no chat platform configured and questions piped in', () => {
  it('answers each line on standard output, serves /healthz, picks up an edit, and exits 0 when the input ends', async () => {
    const knowledge = await tempFolder({ 'plenary.md': '# Plenary meetings\n\nThe next ICAT plenary meeting takes place in Vienna in October.\n' });
    const service = startService({ HEALTH_PORT: '0', KNOWLEDGE_DIR: knowledge.dir });
    try {
      const port = await portOf(service, 'health listening');
      await service.logLine(/^no chat platform configured/);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      service.type('Where does the next plenary meeting take place?\n');
      await service.waitForOutput(/Vienna/);
      await knowledge.write('plenary.md', '# Plenary meetings\n\nThe next ICAT plenary meeting takes place in Bangkok in October.\n');
      await service.logLine('knowledge reloaded');
      service.type('Where does the next plenary meeting take place?\nabout\n');
      service.child.stdin!.end();
      expect(await service.exited).toBe(0);
      expect(service.output()).toContain('Bangkok');
      expect(service.output()).toMatch(/Knowledge version: [0-9a-f]{12}/);
    } finally {
      if (service.child.exitCode === null) service.child.kill('SIGKILL');
      await knowledge.remove();
    }
  }, 30_000);
});
