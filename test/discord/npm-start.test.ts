import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript, type RunningScript } from './child-process.js';
import { FakeDiscord, type RestCall } from './fake-discord.js';
import { snowflake, user } from './payloads.js';

const TOKEN = 'npm-start-test-token';

describe('npm start with DISCORD_TOKEN and DISCORD_API_URL pointing at a fake Discord', () => {
  let fake: FakeDiscord;
  let app: RunningScript;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TOKEN });
    app = runScript('adapters/main.ts', { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
    await app.waitForLine(/"msg":"platform started".*"platform":"discord"/);
  });
  afterAll(async () => {
    if (app.child.exitCode === null) app.child.kill('SIGKILL');
    await app.exited;
    await fake.close();
  });

  const posted = (): RestCall[] => fake.calls.filter((call) => call.method === 'POST' && call.path.endsWith('/messages'));

  it('answers a mention with the right answer, in a reply that cannot ping anyone', async () => {
    const question = fake.sendMessage({ content: `<@${fake.world.botUserId}> what are the six priority areas?`, mentions: [fake.botUser] });
    const reply = await fake.replyTo(question);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.content).toContain('Discouraging demand');
  });

  it('ignores @everyone-only and bot messages', async () => {
    const before = posted().length;
    fake.sendMessage({ content: '@everyone when did the CBSS join ICAT?', mentionEveryone: true });
    fake.sendMessage({ content: `<@${fake.world.botUserId}> when did the CBSS join ICAT?`, mentions: [fake.botUser], author: user(snowflake(), 'another-bot', true) });
    const answered = await fake.replyTo(fake.sendMessage({ content: `<@${fake.world.botUserId}> when did the CBSS join ICAT?`, mentions: [fake.botUser] }));
    expect(answered.body.content).toContain('April 2020');
    expect(posted().slice(before)).toEqual([answered]);
  });

  it('answers /icat through the interaction callback', async () => {
    const callback = await fake.callbackFor(fake.interact({ type: 2, question: 'Who coordinates ICAT?' }));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.content).toContain('United Nations Office on Drugs and Crime');
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('shuts down cleanly on SIGTERM, disconnecting, without ever logging the token', async () => {
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    await fake.whenAllDisconnected();
    expect(app.output()).not.toContain(TOKEN);
  });
});

describe('npm start with a token Discord refuses', () => {
  it('exits non-zero with a message naming DISCORD_TOKEN', async () => {
    const fake = await FakeDiscord.start({ token: 'the-real-token' });
    try {
      const app = runScript('adapters/main.ts', { DISCORD_TOKEN: 'not-the-real-token', DISCORD_API_URL: fake.apiUrl });
      expect(await app.exited).toBe(1);
      expect(app.output()).toMatch(/icat-bot: Discord rejected DISCORD_TOKEN/);
    } finally {
      await fake.close();
    }
  });
});
