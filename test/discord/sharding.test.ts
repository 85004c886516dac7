import { describe, expect, it } from 'vitest';
import { readDiscordConfig } from '../../adapters/discord/config.js';
import { startDiscord } from '../../adapters/discord/index.js';
import { shippedBot } from '../helpers/bot.js';
import { FakeDiscord } from './fake-discord.js';
import { memoryLogger } from './harness.js';

// An operator whose bot has outgrown one gateway connection (Discord requires sharding from
// 2,500 servers) sets DISCORD_SHARDS; discord.js's own sharding then opens one connection per shard.
describe('a Discord bot in many servers, with DISCORD_SHARDS', () => {
  async function loginWith(shards: number | 'auto', fakeOptions: { recommendedShards?: number } = {}) {
    // Both shards may identify at once, so the test does not wait out discord.js's 5 s spacing.
    const fake = await FakeDiscord.start({ maxConcurrency: 2, ...fakeOptions });
    const { logger, lines } = memoryLogger(['fake-bot-token']);
    const running = await startDiscord({ bot: await shippedBot(), config: { token: 'fake-bot-token', apiUrl: fake.apiUrl, shards }, logger });
    return { fake, lines, stop: async () => { await running.stop(); await fake.close(); } };
  }

  it('identifies each of 2 shards with its [id, count]', async () => {
    const { fake, lines, stop } = await loginWith(2);
    try {
      expect([...fake.identifiedShards].sort()).toEqual([[0, 2], [1, 2]]);
      expect(lines().find((line) => line.msg === 'discord: logged in')).toMatchObject({ shards: 2 });
    } finally {
      await stop();
    }
  });

  it('with "auto", runs the count Discord recommends', async () => {
    const { fake, stop } = await loginWith('auto', { recommendedShards: 2 });
    try {
      expect([...fake.identifiedShards].sort()).toEqual([[0, 2], [1, 2]]);
    } finally {
      await stop();
    }
  });

  it('reads DISCORD_SHARDS as a number or auto, and names it when it is neither', () => {
    expect(readDiscordConfig({ DISCORD_TOKEN: 't', DISCORD_SHARDS: '4' }).shards).toBe(4);
    expect(readDiscordConfig({ DISCORD_TOKEN: 't', DISCORD_SHARDS: 'AUTO' }).shards).toBe('auto');
    expect(readDiscordConfig({ DISCORD_TOKEN: 't' }).shards).toBeUndefined();
    expect(() => readDiscordConfig({ DISCORD_TOKEN: 't', DISCORD_SHARDS: 'two' })).toThrow(/^DISCORD_SHARDS must be a whole number/);
  });
});
