import { describe, expect, it } from 'vitest';
import { discordPlatform, readDiscordConfig } from '../../adapters/discord/index.js';

describe('Discord configuration', () => {
  it('needs DISCORD_TOKEN and says where to find it', () => {
    expect(() => readDiscordConfig({})).toThrow(expect.objectContaining({ code: 'CONFIG_MISSING', message: expect.stringMatching(/^DISCORD_TOKEN is not set.*Developer Portal/) }));
  });

  it('reads the token, the optional server and the optional API address', () => {
    expect(readDiscordConfig({ DISCORD_TOKEN: ' abc.def ' })).toEqual({ token: 'abc.def' });
    expect(readDiscordConfig({ DISCORD_TOKEN: 'Bot abc', DISCORD_GUILD_ID: '123456789012345678', DISCORD_API_URL: 'http://127.0.0.1:9/api/v10/' }))
      .toEqual({ token: 'abc', guildId: '123456789012345678', apiUrl: 'http://127.0.0.1:9/api' });
  });

  it('names the variable to fix when a value is malformed', () => {
    expect(() => readDiscordConfig({ DISCORD_TOKEN: 'x', DISCORD_GUILD_ID: 'my server' })).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringContaining('DISCORD_GUILD_ID') }));
    expect(() => readDiscordConfig({ DISCORD_TOKEN: 'x', DISCORD_API_URL: 'discord.com' })).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringContaining('DISCORD_API_URL') }));
    expect(() => readDiscordConfig({ DISCORD_TOKEN: 'x', DISCORD_API_URL: 'ftp://discord.com' })).toThrow(/DISCORD_API_URL/);
  });

  it('is started by npm start when DISCORD_TOKEN is set, and keeps the token out of logs', () => {
    expect(discordPlatform.isConfigured({})).toBe(false);
    expect(discordPlatform.isConfigured({ DISCORD_TOKEN: '  ' })).toBe(false);
    expect(discordPlatform.isConfigured({ DISCORD_TOKEN: 'abc' })).toBe(true);
    expect(discordPlatform.secrets({ DISCORD_TOKEN: 'abc' })).toEqual(['abc']);
    expect(discordPlatform.secrets({ DISCORD_TOKEN: 'Bot abc' })).toEqual(['Bot abc', 'abc']);
    expect(discordPlatform.secrets({})).toEqual([]);
  });
});
