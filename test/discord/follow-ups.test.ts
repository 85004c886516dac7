import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeDiscord, RestCall } from './fake-discord.js';
import { startHarness, type DiscordHarness } from './harness.js';
import { snowflake } from './payloads.js';

/** The bot's answer as Discord embeds it in a reply to it: the message the fake created. */
function asReferenced(fake: FakeDiscord, posted: RestCall): Record<string, unknown> {
  return { ...posted.response, channel_id: posted.response.channel_id ?? fake.world.channelId, author: fake.botUser };
}

describe('Discord: follow-up questions in a reply chain and in DMs', () => {
  let harness: DiscordHarness;
  beforeAll(async () => { harness = await startHarness(); });
  afterAll(async () => { await harness?.stop(); });

  it('a reply to its answer continues the conversation: "what did she say?", then "tell me more"', async () => {
    const { fake } = harness;
    const first = await fake.replyTo(fake.sendMessage({ content: `<@${fake.world.botUserId}> who chaired ICAT in 2020?`, mentions: [fake.botUser] }));
    expect(first.body.content).toMatch(/Åsa Regn[eé]r/);
    const second = await fake.replyTo(fake.sendMessage({ content: 'what did she say?', replyTo: asReferenced(fake, first) }));
    expect(second.body.content).toMatch(/\(about Åsa Regn[eé]r\)/);
    expect(second.body.content).toContain('Traffickers assert sexual violence');
    const third = await fake.replyTo(fake.sendMessage({ content: 'tell me more', replyTo: asReferenced(fake, second) }));
    expect(third.body.content).toContain('Ms Regner highlighted');
  });

  it('a new mention starts a new conversation, with nothing for "she" to point at', async () => {
    const { fake } = harness;
    const reply = await fake.replyTo(fake.sendMessage({ content: `<@${fake.world.botUserId}> what did she say?`, mentions: [fake.botUser] }));
    expect(reply.body.content).toMatch(/I can't tell who “she” means here/);
  });

  it('a DM channel is one conversation', async () => {
    const { fake } = harness;
    const dmChannelId = snowflake();
    await fake.replyTo(fake.sendMessage({ content: 'who is the director general of the CBSS?', dmChannelId }));
    const followUp = await fake.replyTo(fake.sendMessage({ content: 'when did it join?', dmChannelId }));
    expect(followUp.body.content).toContain('(about CBSS)');
    expect(followUp.body.content).toContain('April 2020');
  });
});
