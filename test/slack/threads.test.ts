import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from './helpers/harness.js';
import { eventBody, postToSlackApp } from './helpers/signed-request.js';
import { visibleText, type SlackMessageJson } from './helpers/visible-text.js';

describe('Slack: follow-up questions in a thread', () => {
  let harness: SlackHarness;
  let n = 0;
  beforeAll(async () => { harness = await startSlackHarness(); });
  afterAll(async () => { await harness?.stop(); });

  /** Delivers one signed event as Slack would, and waits for the reply the bot posts to `channel`. */
  const ask = async (event: Record<string, unknown>) => {
    n += 1;
    const ts = `1700100${String(n).padStart(3, '0')}.000100`;
    const before = harness.api.calls.length;
    const response = await postToSlackApp(harness.eventsUrl, eventBody(`EvThread${n}`, { ts, event_ts: ts, user: 'U123', ...event }), 'application/json');
    expect(response.status).toBe(200);
    const posted = await harness.api.next((call) => call.method === 'chat.postMessage' && call.body.channel === event.channel && harness.api.calls.indexOf(call) >= before);
    return { ts, posted, text: visibleText(posted.body as SlackMessageJson) };
  };

  it('resolves "she" in a later mention in the same thread, and says whom it understood', async () => {
    const first = await ask({ type: 'app_mention', channel: 'C700', text: '<@UBOT> who chaired ICAT in 2020?' });
    expect(first.text).toMatch(/Åsa Regn[eé]r/);
    const followUp = await ask({ type: 'app_mention', channel: 'C700', text: '<@UBOT> what did she say?', thread_ts: first.ts });
    expect(followUp.posted.body.thread_ts).toBe(first.ts);
    expect(followUp.text).toMatch(/\(about Åsa Regn[eé]r\)/);
    expect(followUp.text).toContain('Traffickers assert sexual violence');
    const more = await ask({ type: 'app_mention', channel: 'C700', text: '<@UBOT> tell me more', thread_ts: first.ts });
    expect(more.text).toContain('Ms Regner highlighted');
  });

  it('keeps another thread of the same channel separate', async () => {
    const other = await ask({ type: 'app_mention', channel: 'C700', text: '<@UBOT> what did she say?', thread_ts: '1690000000.000001' });
    expect(other.text).toMatch(/I can't tell who “she” means here/);
  });

  it('follows up in a direct message', async () => {
    await ask({ type: 'message', channel: 'D701', channel_type: 'im', text: 'when did the CBSS join ICAT?' });
    const followUp = await ask({ type: 'message', channel: 'D701', channel_type: 'im', text: 'and the OSCE?' });
    expect(followUp.text).toContain('(as “when did the OSCE join ICAT?”)');
  });
});
