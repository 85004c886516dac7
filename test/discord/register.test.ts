import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerCommands } from '../../adapters/discord/index.js';
import { runScript } from './child-process.js';
import { FakeDiscord } from './fake-discord.js';

describe('registering /icat (npm run discord:register)', () => {
  let fake: FakeDiscord;
  beforeEach(async () => { fake = await FakeDiscord.start(); });
  afterEach(async () => { await fake.close(); });

  it('registers in one server when DISCORD_GUILD_ID is set, for the application the token belongs to', async () => {
    const result = await registerCommands({ config: { token: 'fake-bot-token', apiUrl: fake.apiUrl, guildId: fake.world.guildId } });
    expect(result).toEqual({ scope: 'guild', applicationId: fake.world.applicationId, guildId: fake.world.guildId, names: ['icat', 'Ask ICAT'] });
    const put = await fake.waitForCall((call) => call.method === 'PUT');
    expect(put.path).toBe(`/applications/${fake.world.applicationId}/guilds/${fake.world.guildId}/commands`);
    const [icat] = put.body;
    expect(icat.name).toBe('icat');
    expect(icat.options).toEqual([
      expect.objectContaining({ name: 'question', type: 3, autocomplete: true }),
      expect.objectContaining({ name: 'share', type: 5 }),
    ]);
    expect(icat.options.some((option: { required?: boolean }) => option.required)).toBe(false);
    // Install kinds and contexts are for global commands only (Discord's command reference).
    expect(icat.integration_types).toBeUndefined();
    expect(icat.contexts).toBeUndefined();
  });

  it('registers globally otherwise', async () => {
    const result = await registerCommands({ config: { token: 'fake-bot-token', apiUrl: fake.apiUrl } });
    expect(result.scope).toBe('global');
    expect((await fake.waitForCall((call) => call.method === 'PUT')).path).toBe(`/applications/${fake.world.applicationId}/commands`);
  });

  it('names DISCORD_TOKEN when Discord refuses the token', async () => {
    await expect(registerCommands({ config: { token: 'wrong', apiUrl: fake.apiUrl } })).rejects.toMatchObject({ code: 'PLATFORM_AUTH', message: expect.stringContaining('DISCORD_TOKEN') });
  });

  it('names DISCORD_GUILD_ID when the bot is not in that server', async () => {
    fake.refuse((call) => call.method === 'PUT', 403, { message: 'Missing Access', code: 50001 });
    await expect(registerCommands({ config: { token: 'fake-bot-token', apiUrl: fake.apiUrl, guildId: fake.world.guildId } }))
      .rejects.toMatchObject({ code: 'CONFIG_INVALID', message: expect.stringContaining('DISCORD_GUILD_ID') });
  });

  it('runs as the npm script, reading the variables', async () => {
    const script = runScript('adapters/discord/register-commands.ts', { DISCORD_TOKEN: 'fake-bot-token', DISCORD_API_URL: fake.apiUrl, DISCORD_GUILD_ID: fake.world.guildId });
    expect(await script.exited).toBe(0);
    expect(script.output()).toContain(`Registered /icat and "Ask ICAT" for application ${fake.world.applicationId} in server ${fake.world.guildId}.`);
  });
});
