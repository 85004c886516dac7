import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from './helpers/harness.js';
import { eventBody, postToSlackApp } from './helpers/signed-request.js';
import { visibleText, type SlackMessageJson } from './helpers/visible-text.js';

const JSON_TYPE = 'application/json';

describe('Slack @mentions and direct messages', () => {
  let harness: SlackHarness;
  let n = 0;
  beforeAll(async () => { harness = await startSlackHarness(); });
  afterAll(async () => { await harness?.stop(); });

  /** Posts one event as Slack would and returns its ts, unique per test. */
  const deliver = async (event: Record<string, unknown>, options: { eventId?: string; retry?: number } = {}) => {
    n += 1;
    const ts = (event.ts as string | undefined) ?? `1700000${String(n).padStart(3, '0')}.000200`;
    const eventId = options.eventId ?? `Ev${n}`;
    const headers: Record<string, string> = options.retry ? { 'x-slack-retry-num': String(options.retry), 'x-slack-retry-reason': 'http_timeout' } : {};
    const response = await postToSlackApp(harness.eventsUrl, eventBody(eventId, { ts, event_ts: ts, user: 'U123', ...event }), JSON_TYPE, { headers });
    expect(response.status).toBe(200);
    return { ts, eventId };
  };
  const postedTo = (channel: string, threadTs?: string) => harness.api.next((call) =>
    call.method === 'chat.postMessage' && call.body.channel === channel && (threadTs === undefined || call.body.thread_ts === threadTs));

  it('answers a mention in a thread under the message, without the mention in the question', async () => {
    const { ts } = await deliver({ type: 'app_mention', channel: 'C100', text: '<@UBOT> when did the cbss join?' });
    const posted = await postedTo('C100');
    expect(posted.body.thread_ts).toBe(ts);
    expect(posted.authorization).toBe('Bearer xoxb-0000-test-bot-token');
    expect(visibleText(posted.body as SlackMessageJson)).toContain('April 2020');
    expect(posted.body.link_names).toBeUndefined();
  });

  it('answers a mention inside a thread in that thread', async () => {
    await deliver({ type: 'app_mention', channel: 'C101', text: 'hey <@UBOT|icat-bot> who coordinates icat?', thread_ts: '1699999999.000100' });
    const posted = await postedTo('C101');
    expect(posted.body.thread_ts).toBe('1699999999.000100');
    expect(visibleText(posted.body as SlackMessageJson)).toContain('United Nations Office on Drugs and Crime');
  });

  it('answers a re-delivered event once', async () => {
    const first = await deliver({ type: 'app_mention', channel: 'C102', text: '<@UBOT> when did the cbss join?' });
    await postedTo('C102');
    await deliver({ type: 'app_mention', channel: 'C102', text: '<@UBOT> when did the cbss join?', ts: first.ts }, { eventId: first.eventId, retry: 1 });
    const skipped = await harness.log.next('slack event already answered');
    expect(skipped.eventId).toBe(first.eventId);
    expect(harness.api.calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === 'C102')).toHaveLength(1);
  });

  it('answers a direct message in the conversation, and a mention inside it only once', async () => {
    const ts = '1700000900.000300';
    await deliver({ type: 'message', channel: 'D200', channel_type: 'im', text: '<@UBOT> what fraction of detected victims are children?', ts });
    await deliver({ type: 'app_mention', channel: 'D200', text: '<@UBOT> what fraction of detected victims are children?', ts });
    const posted = await postedTo('D200');
    expect(posted.body.thread_ts).toBeUndefined();
    expect(visibleText(posted.body as SlackMessageJson)).toMatch(/third|children/i);
    // A later DM is answered, so the mention above had its chance to (wrongly) post first.
    await deliver({ type: 'message', channel: 'D200', channel_type: 'im', text: 'help' });
    await harness.api.next((call) => call.method === 'chat.postMessage' && call.body.channel === 'D200' && call !== posted);
    expect(harness.api.calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === 'D200')).toHaveLength(2);
  });

  it('ignores channel messages, edits and other bots, so nothing gets two replies or loops', async () => {
    await deliver({ type: 'message', channel: 'C300', channel_type: 'channel', text: '<@UBOT> when did the cbss join?' });
    await deliver({ type: 'message', channel: 'D300', channel_type: 'im', subtype: 'message_changed', text: 'when did the cbss join?' });
    await deliver({ type: 'app_mention', channel: 'C300', bot_id: 'BOTHER', text: '<@UBOT> when did the cbss join?' });
    await deliver({ type: 'app_mention', channel: 'C300', text: '<@UBOT> who coordinates icat?' });
    const posted = await postedTo('C300');
    expect(visibleText(posted.body as SlackMessageJson)).toContain('United Nations Office on Drugs and Crime');
    expect(harness.api.calls.filter((call) => call.method === 'chat.postMessage' && ['C300', 'D300'].includes(call.body.channel as string))).toHaveLength(1);
  });
});
