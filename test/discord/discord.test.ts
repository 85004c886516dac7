import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../adapters/discord/index.js';
import { ERROR_TEXT, type Bot } from '../../src/bot.js';
import type { Reply } from '../../src/reply.js';
import { describeAdapterContract } from '../adapters/shared-suite.js';
import { shippedBot } from '../helpers/bot.js';
import { FakeDiscord, visibleText, type RestCall } from './fake-discord.js';
import { startHarness, memoryLogger, type DiscordHarness } from './harness.js';
import { snowflake, user } from './payloads.js';

const EPHEMERAL = 64;
const NO_PINGS = { parse: [], replied_user: false };

/** Asks by mentioning the bot in the server's channel; returns the reply the fake received. */
async function askByMention(harness: DiscordHarness, question: string): Promise<RestCall> {
  const { fake } = harness;
  return fake.replyTo(fake.sendMessage({ content: `<@${fake.world.botUserId}> ${question}`, mentions: [fake.botUser] }));
}

/** The channel replies posted so far. */
function postedReplies(fake: FakeDiscord): RestCall[] {
  return fake.calls.filter((call) => call.method === 'POST' && call.path.endsWith('/messages'));
}

describeAdapterContract('discord', async () => {
  const harness = await startHarness();
  // A conversation is a reply chain: each question replies to the bot's last answer.
  const converse = async (questions: string[]) => {
    const { fake } = harness;
    let answer = await askByMention(harness, questions[0] ?? '');
    for (const question of questions.slice(1)) {
      answer = await fake.replyTo(fake.sendMessage({ content: question, replyTo: { ...answer.response, author: fake.botUser } }));
    }
    return visibleText(answer.body);
  };
  return { driver: { ask: async (question) => visibleText((await askByMention(harness, question)).body), converse }, stop: () => harness.stop() };
});

describe('Discord: someone mentions the bot in a server, or writes to it directly', () => {
  let harness: DiscordHarness;
  beforeAll(async () => { harness = await startHarness(); });
  afterAll(async () => { await harness?.stop(); });

  it('answers a mention in place, as a reply that cannot ping anyone', async () => {
    const reply = await askByMention(harness, 'What are the six priority areas recommended by ICAT?');
    expect(reply.path).toBe(`/channels/${harness.fake.world.channelId}/messages`);
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
    expect(reply.body.content).toContain('4. Implementing existing measures and holding traffickers accountable');
    expect(reply.body.content).toMatch(/knowledge\/[\w-]+\.md/);
  });

  it('ignores messages that reach it only through @everyone, @here, a role, or not at all', async () => {
    const { fake } = harness;
    const before = postedReplies(fake).length;
    fake.sendMessage({ content: '@everyone when did the CBSS join ICAT?', mentionEveryone: true });
    fake.sendMessage({ content: '@here when did the CBSS join ICAT?', mentionEveryone: true });
    fake.sendMessage({ content: '<@&400000000000000001> when did the CBSS join ICAT?', mentionRoles: ['400000000000000001'] });
    fake.sendMessage({ content: 'when did the CBSS join ICAT?' });
    // Replies in one channel go out in order, so once this one arrives any earlier reply would have too.
    const answered = await askByMention(harness, 'Who coordinates ICAT?');
    expect(postedReplies(fake).slice(before)).toEqual([answered]);
  });

  it('ignores messages from bots, its own included, even when they mention it', async () => {
    const { fake } = harness;
    const before = postedReplies(fake).length;
    const mention = `<@${fake.world.botUserId}> when did the CBSS join ICAT?`;
    fake.sendMessage({ content: mention, mentions: [fake.botUser], author: user(snowflake(), 'other-bot', true) });
    fake.sendMessage({ content: mention, mentions: [fake.botUser], author: fake.botUser });
    const answered = await askByMention(harness, 'Who coordinates ICAT?');
    expect(postedReplies(fake).slice(before)).toEqual([answered]);
  });

  it('answers a direct message, which needs no mention', async () => {
    const dmChannelId = snowflake();
    const reply = await harness.fake.replyTo(harness.fake.sendMessage({ content: 'who coordinates icat?', dmChannelId }));
    expect(reply.path).toBe(`/channels/${dmChannelId}/messages`);
    expect(reply.body.content).toContain('United Nations Office on Drugs and Crime');
    expect(reply.body.allowed_mentions).toEqual(NO_PINGS);
  });

  it('answers a direct message even from a gateway that leaves out its channel type', async () => {
    const dmChannelId = snowflake();
    const reply = await harness.fake.replyTo(harness.fake.sendMessage({ content: 'when did the cbss join?', dmChannelId, withoutChannelType: true }));
    expect(reply.path).toBe(`/channels/${dmChannelId}/messages`);
    expect(reply.body.content).toContain('April 2020');
  });

  it('takes a reply to one of its answers as a new question', async () => {
    const { fake } = harness;
    const earlier = (await askByMention(harness, 'Who coordinates ICAT?')).body;
    const answer = { id: snowflake(), type: 19, channel_id: fake.world.channelId, author: fake.botUser, content: earlier.content, timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], pinned: false };
    const reply = await fake.replyTo(fake.sendMessage({ content: 'and when did the CBSS join?', replyTo: answer }));
    expect(reply.body.content).toContain('April 2020');
  });

  it('answers a bare mention with help: example questions and how to ask on Discord', async () => {
    const { fake } = harness;
    const reply = await fake.replyTo(fake.sendMessage({ content: `<@${fake.world.botUserId}>`, mentions: [fake.botUser] }));
    expect(reply.body.content).toContain('When did the CBSS join ICAT?');
    expect(reply.body.content).toContain('/icat');
  });

  it('keeps answering after Discord refuses to post one reply, and logs the refusal', async () => {
    const { fake } = harness;
    fake.refuse((call) => call.path.endsWith('/messages'), 403, { message: 'Missing Permissions', code: 50013 }, 1);
    const refused = fake.sendMessage({ content: `<@${fake.world.botUserId}> who coordinates ICAT?`, mentions: [fake.botUser] });
    const answered = await askByMention(harness, 'When did the CBSS join ICAT?');
    expect(answered.body.content).toContain('April 2020');
    expect((await fake.replyTo(refused)).body.content).toContain('United Nations Office on Drugs and Crime');
    expect(harness.logged().some((line) => line.level === 'error' && /could not answer a message/.test(line.msg))).toBe(true);
  });
});

describe('Discord: someone uses /icat', () => {
  let harness: DiscordHarness;
  beforeAll(async () => { harness = await startHarness(); });
  afterAll(async () => { await harness?.stop(); });

  it('answers privately by default, through the interaction callback', async () => {
    const { fake } = harness;
    const callback = await fake.callbackFor(fake.interact({ type: 2, question: 'when did the cbss join?' }));
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(callback.body.data.content).toContain('April 2020');
    expect(callback.body.data.allowed_mentions).toEqual(NO_PINGS);
  });

  it('posts the answer for everyone, with the question on top, when share is true', async () => {
    const { fake } = harness;
    const callback = await fake.callbackFor(fake.interact({ type: 2, question: 'Who coordinates ICAT?', share: true }));
    expect(callback.body.data.flags & EPHEMERAL).toBe(0);
    expect(callback.body.data.content).toMatch(/^> Who coordinates ICAT\?/);
    expect(callback.body.data.content).toContain('United Nations Office on Drugs and Crime');
    expect(callback.body.data.allowed_mentions).toEqual(NO_PINGS);
  });

  it('shows help, privately, when the question is left out', async () => {
    const { fake } = harness;
    const callback = await fake.callbackFor(fake.interact({ type: 2 }));
    expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(callback.body.data.content).toContain('What are the six priority areas recommended by ICAT?');
    expect(callback.body.data.content).toContain('share:True');
  });

  it('suggests questions the knowledge covers while the question is typed', async () => {
    const { fake } = harness;
    const callback = await fake.callbackFor(fake.interact({ type: 4, question: 'prio' }));
    expect(callback.body.type).toBe(8);
    const choices = callback.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]?.value).toBe('What are the six priority areas recommended by ICAT?');
    for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
  });

  it('suggests the topics of every section, not only the example questions', async () => {
    const { fake } = harness;
    const callback = await fake.callbackFor(fake.interact({ type: 4, question: 'ghada wal' }));
    expect(callback.body.data.choices[0]?.value).toBe('Tell me about statement by UNODC Executive Director Ghada Waly');
  });

  it('suggests the example questions before anything is typed', async () => {
    const { fake } = harness;
    const callback = await fake.callbackFor(fake.interact({ type: 4, question: '' }));
    expect(callback.body.data.choices).toContainEqual({ name: 'When did the CBSS join ICAT?', value: 'When did the CBSS join ICAT?' });
  });
});

/** A bot that gives one kind of reply whatever is asked, for the replies the shipped knowledge rarely gives. */
function botReplying(reply: Partial<Reply> | Error): Bot {
  const handle: Bot['handle'] = ({ text }) => {
    if (reply instanceof Error) throw reply;
    return { kind: 'answer', question: text, answered: false, answer: '', sources: [], confidence: 0, suggestions: [], ...reply };
  };
  return {
    handle,
    ask: async (message) => handle(message),
    status: () => ({ documents: 1, passages: 1, indexedAt: new Date(0), version: 'test' }),
    topics: () => [],
  };
}

describe('Discord: typing a question is not asking it', () => {
  it('never hands half-typed text to the core, so it is not logged, rate limited or recorded as unanswered', async () => {
    const { logger, lines } = memoryLogger();
    const harness = await startHarness(await shippedBot(logger));
    try {
      for (const typed of ['w', 'when did th', 'when did the cbss jo']) await harness.fake.callbackFor(harness.fake.interact({ type: 4, question: typed }));
      const asked = lines().filter((line) => line.msg === 'question');
      expect(asked).toEqual([]);
    } finally {
      await harness.stop();
    }
  });
});

describe('Discord: when answering goes wrong', () => {
  it('apologises privately, even when share was asked for', async () => {
    const harness = await startHarness(botReplying({ kind: 'error', answer: ERROR_TEXT }));
    try {
      const callback = await harness.fake.callbackFor(harness.fake.interact({ type: 2, question: 'anything', share: true }));
      expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(callback.body.data.content).toBe(ERROR_TEXT);
    } finally {
      await harness.stop();
    }
  });

  it('tells a fast asker to slow down, privately', async () => {
    const harness = await startHarness(botReplying({ kind: 'rate-limited', answer: 'You are asking quickly: please wait a few seconds.' }));
    try {
      const callback = await harness.fake.callbackFor(harness.fake.interact({ type: 2, question: 'anything', share: true }));
      expect(callback.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(callback.body.data.content).toContain('please wait');
    } finally {
      await harness.stop();
    }
  });

  it('gives a short private apology and logs the failure when the core throws', async () => {
    const harness = await startHarness(botReplying(new Error('index exploded')));
    try {
      const callback = await harness.fake.callbackFor(harness.fake.interact({ type: 2, question: 'anything', share: true }));
      expect(callback.body.data).toMatchObject({ content: ERROR_TEXT, flags: EPHEMERAL, allowed_mentions: NO_PINGS });
      const logged = harness.logged().find((line) => line.level === 'error');
      expect(logged?.error?.message).toBe('index exploded');
    } finally {
      await harness.stop();
    }
  });
});

describe('Discord: logging in and out', () => {
  it('refuses an invalid token with an error naming DISCORD_TOKEN, without showing the token', async () => {
    const fake = await FakeDiscord.start({ token: 'the-right-token' });
    const { logger } = memoryLogger();
    try {
      const started = startDiscord({ bot: await shippedBot(), config: { token: 'a-wrong-token', apiUrl: fake.apiUrl }, logger });
      await expect(started).rejects.toMatchObject({ code: 'PLATFORM_AUTH', message: expect.stringContaining('DISCORD_TOKEN') });
      await expect(started).rejects.not.toMatchObject({ message: expect.stringContaining('a-wrong-token') });
    } finally {
      await fake.close();
    }
  });

  it('says Discord cannot be reached when nothing answers at DISCORD_API_URL', async () => {
    const fake = await FakeDiscord.start();
    const apiUrl = fake.apiUrl;
    await fake.close();
    const { logger } = memoryLogger();
    const started = startDiscord({ bot: await shippedBot(), config: { token: 'fake-bot-token', apiUrl }, logger });
    await expect(started).rejects.toMatchObject({ code: 'PLATFORM_UNREACHABLE', message: expect.stringContaining('DISCORD_API_URL') });
  });

  it('disconnects from the gateway when stopped', async () => {
    const harness = await startHarness();
    await harness.running.stop();
    await harness.fake.whenAllDisconnected();
    await harness.fake.close();
  });
});
