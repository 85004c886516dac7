import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../adapters/discord/index.js';
import type { RunningPlatform } from '../../adapters/platform.js';
import { Feedback, FeedbackLog, parseFeedbackLog } from '../../src/feedback/index.js';
import { shippedBot } from '../helpers/bot.js';
import { tempFolder, type TempFolder } from '../ops/helpers.js';
import { FakeDiscord } from './fake-discord.js';
import { memoryLogger } from './harness.js';
import { user } from './payloads.js';

const EPHEMERAL = 64;

describe('Discord: two feedback buttons under answers', () => {
  let fake: FakeDiscord;
  let running: RunningPlatform;
  let folder: TempFolder;
  let log: FeedbackLog;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
    folder = await tempFolder();
    log = new FeedbackLog({ path: join(folder.dir, 'feedback.jsonl') });
    const bot = await shippedBot();
    const feedback = new Feedback({ sink: log, knowledgeVersion: () => bot.status().version, topics: () => bot.topics() });
    running = await startDiscord({ bot, config: { token: 'fake-bot-token', apiUrl: fake.apiUrl }, logger: memoryLogger().logger, feedback });
  });
  afterAll(async () => { await running?.stop(); await fake?.close(); await folder?.remove(); });

  it('records the vote, answers the voter privately, offers other questions after a downvote, and the last vote wins', async () => {
    const answer = await fake.replyTo(fake.sendMessage({ content: `<@${fake.world.botUserId}> who coordinates icat?`, mentions: [fake.botUser] }));
    const buttons = answer.body.components[0].components as { custom_id: string; label: string }[];
    expect(buttons.map((button) => button.label)).toEqual(['Helpful', 'Not helpful']);
    const [up, down] = buttons.map((button) => button.custom_id);

    const downAck = await fake.callbackFor(fake.click({ customId: down!, message: answer.response }));
    expect(downAck.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(downAck.body.data.content).toMatch(/did not help\. You could ask differently:\n\n- /);
    const upAck = await fake.callbackFor(fake.click({ customId: up!, message: answer.response }));
    expect(upAck.body.data.content).toMatch(/glad it helped/);
    await fake.callbackFor(fake.click({ customId: down!, message: answer.response, clicker: user('200000000000000077', 'bo') }));
    await log.flush();

    const raw = await readFile(join(folder.dir, 'feedback.jsonl'), 'utf8');
    expect(raw).not.toMatch(/200000000000000001|200000000000000077/);
    const { entries } = parseFeedbackLog(raw);
    expect(entries.map((entry) => entry.vote)).toEqual(['up', 'down']);
    expect(entries[0]).toMatchObject({ platform: 'discord', question: 'who coordinates icat?', source: { file: expect.stringMatching(/^knowledge\/[\w-]+\.md$/) } });
  });

  it('puts no buttons under a decline', async () => {
    const declined = await fake.replyTo(fake.sendMessage({ content: `<@${fake.world.botUserId}> who is the CEO of Slack?`, mentions: [fake.botUser] }));
    expect(declined.body.components ?? []).toEqual([]);
  });
});
