import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type DiscordHarness } from '../discord/harness.js';
import { shippedBot } from '../helpers/bot.js';
import { captureLog, startSlackHarness, type SlackHarness } from '../slack/helpers/harness.js';
import { eventBody, postToSlackApp } from '../slack/helpers/signed-request.js';
import { visibleText, type SlackMessageJson } from '../slack/helpers/visible-text.js';

const REPORT = 'a girl at the station says she cannot leave, the man with her has her passport';

describe('a report-like message through the chat platforms', () => {
  let slack: SlackHarness;
  let discord: DiscordHarness;
  beforeAll(async () => {
    const log = captureLog();
    [slack, discord] = await Promise.all([startSlackHarness({ bot: await shippedBot(log.logger), log }), startHarness()]);
  });
  afterAll(async () => { await Promise.all([slack?.stop(), discord?.stop()]); });

  it('Slack: gets the safeguarding reply, no feedback buttons, and its text is in no log line, even at debug level', async () => {
    await postToSlackApp(slack.eventsUrl, eventBody('EvGuard1', { type: 'app_mention', channel: 'C990', user: 'U5', text: `<@UBOT> ${REPORT}`, ts: '1700500000.000100', event_ts: '1700500000.000100' }), 'application/json');
    const posted = await slack.api.next((call) => call.method === 'chat.postMessage' && call.body.channel === 'C990');
    expect(visibleText(posted.body as SlackMessageJson)).toMatch(/cannot act on reports/);
    expect(JSON.stringify(posted.body)).not.toContain('passport');
    expect((posted.body.blocks as { type: string }[]).some((block) => block.type === 'context_actions')).toBe(false);
    await slack.log.next('safeguarding guard fired');
    expect(JSON.stringify(slack.log.lines)).not.toMatch(/girl at the station|passport|cannot leave/);
  });

  it('Discord: gets the safeguarding reply, and its text is in no log line', async () => {
    const { fake } = discord;
    const reply = await fake.replyTo(fake.sendMessage({ content: `<@${fake.world.botUserId}> ${REPORT}`, mentions: [fake.botUser] }));
    expect(reply.body.content).toMatch(/emergency services/);
    expect(reply.body.components ?? []).toEqual([]);
    expect(JSON.stringify(discord.logged())).not.toMatch(/girl at the station|passport|cannot leave/);
  });
});
