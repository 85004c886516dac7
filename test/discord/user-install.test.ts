import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registerCommands } from '../../adapters/discord/index.js';
import { FakeDiscord } from './fake-discord.js';
import { startHarness, type DiscordHarness } from './harness.js';

const EPHEMERAL = 64;

describe('Discord: installable by a user, and "Apps → Ask ICAT" on a message', () => {
  describe('registration', () => {
    let fake: FakeDiscord;
    beforeEach(async () => { fake = await FakeDiscord.start(); });
    afterEach(async () => { await fake.close(); });

    it('sends /icat and the "Ask ICAT" message command with server and user install, usable in servers, the bot DM and other DMs', async () => {
      const result = await registerCommands({ config: { token: 'fake-bot-token', apiUrl: fake.apiUrl } });
      expect(result.names).toEqual(['icat', 'Ask ICAT']);
      const put = await fake.waitForCall((call) => call.method === 'PUT');
      const [icat, ask] = put.body;
      expect(icat).toMatchObject({ name: 'icat', integration_types: [0, 1], contexts: [0, 1, 2] });
      expect(ask).toMatchObject({ name: 'Ask ICAT', type: 3, integration_types: [0, 1], contexts: [0, 1, 2] });
    });
  });

  describe('answering', () => {
    let harness: DiscordHarness;
    beforeAll(async () => { harness = await startHarness(); });
    afterAll(async () => { await harness?.stop(); });

    it('takes the target message as the question and answers privately, echoing it', async () => {
      const { fake } = harness;
      const callback = await fake.callbackFor(fake.askAboutMessage({ content: 'Does anyone know when the CBSS joined ICAT?' }));
      expect(callback.body.type).toBe(4);
      expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(callback.body.data.content).toMatch(/^> Does anyone know when the CBSS joined ICAT\?/);
      expect(callback.body.data.content).toContain('April 2020');
    });

    it('works in a DM between two people, where only the user installed the app', async () => {
      const { fake } = harness;
      const callback = await fake.callbackFor(fake.askAboutMessage({ content: 'who coordinates ICAT?', context: 2 }));
      expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(callback.body.data.content).toContain('United Nations Office on Drugs and Crime');
    });

    it('says so, privately, when the message has no text', async () => {
      const { fake } = harness;
      const callback = await fake.callbackFor(fake.askAboutMessage({ content: '' }));
      expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(callback.body.data.content).toMatch(/no text I can read/);
    });

    it('answers a report-like message with the safeguarding reply, privately, without echoing it', async () => {
      const { fake } = harness;
      const callback = await fake.callbackFor(fake.askAboutMessage({ content: 'my cousin says her employer took her passport and she cannot leave' }));
      expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(callback.body.data.content).toMatch(/emergency services/);
      expect(callback.body.data.content).not.toContain('passport');
    });
  });
});
