import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from './helpers/harness.js';
import { eventBody, postToSlackApp } from './helpers/signed-request.js';
import { visibleText, type SlackMessageJson } from './helpers/visible-text.js';

const JSON_TYPE = 'application/json';

/** Delivers events as Slack sends them for the agent surface, numbering their ids. */
function deliverer(harness: () => SlackHarness, prefix: string) {
  let n = 0;
  return async (event: Record<string, unknown>) => {
    n += 1;
    const response = await postToSlackApp(harness().eventsUrl, eventBody(`${prefix}${n}`, event), JSON_TYPE);
    expect(response.status).toBe(200);
  };
}

/** A user's message in an assistant thread, as Slack sends it (`message.im` with a `thread_ts`). */
function threadMessage(channel: string, threadTs: string, text: string, ts: string): Record<string, unknown> {
  return { type: 'message', channel, channel_type: 'im', user: 'U123', text, ts, event_ts: ts, thread_ts: threadTs };
}

describe("Slack's agent surface for AI apps", () => {
  let harness: SlackHarness;
  const deliver = deliverer(() => harness, 'EvAgent');
  beforeAll(async () => { harness = await startSlackHarness(); });
  afterAll(async () => { await harness?.stop(); });

  it('offers the knowledge\'s example questions as suggested prompts when a thread starts', async () => {
    await deliver({
      type: 'assistant_thread_started', event_ts: '1700300000.000001',
      assistant_thread: { user_id: 'U123', context: { channel_id: 'C1', team_id: 'T1' }, channel_id: 'D900', thread_ts: '1700300000.000001' },
    });
    const call = await harness.api.next((c) => c.method === 'assistant.threads.setSuggestedPrompts');
    expect(call.body).toMatchObject({ channel_id: 'D900', thread_ts: '1700300000.000001', title: 'Ask me about ICAT, for example:' });
    const prompts = (typeof call.body.prompts === 'string' ? JSON.parse(call.body.prompts) : call.body.prompts) as { title: string; message: string }[];
    expect(prompts.map((prompt) => prompt.message)).toEqual([
      'When did the CBSS join ICAT?', 'What are the six priority areas recommended by ICAT?', 'Who coordinates ICAT?', 'What fraction of detected victims are children?',
    ]);
    expect(prompts.every((prompt) => prompt.title.length <= 40)).toBe(true);
  });

  it('shows a status while answering, then answers in the thread with sources and feedback, and follows up', async () => {
    await deliver(threadMessage('D900', '1700300000.000001', 'who chaired ICAT in 2020?', '1700300001.000001'));
    const status = await harness.api.next((c) => c.method === 'assistant.threads.setStatus');
    expect(status.body).toMatchObject({ channel_id: 'D900', thread_ts: '1700300000.000001', status: 'is looking it up…' });
    const answer = await harness.api.next((c) => c.method === 'chat.postMessage' && c.body.channel === 'D900');
    expect(harness.api.calls.indexOf(status)).toBeLessThan(harness.api.calls.indexOf(answer));
    expect(answer.body.thread_ts).toBe('1700300000.000001');
    const shown = visibleText(answer.body as SlackMessageJson);
    expect(shown).toMatch(/Åsa Regn[eé]r/);
    expect(shown).toContain('Source:');
    expect((answer.body.blocks as { type: string }[]).some((block) => block.type === 'context_actions')).toBe(true);

    await deliver(threadMessage('D900', '1700300000.000001', 'what did she say?', '1700300002.000001'));
    const followUp = await harness.api.next((c) => c.method === 'chat.postMessage' && c.body.channel === 'D900' && c !== answer);
    expect(visibleText(followUp.body as SlackMessageJson)).toMatch(/\(about Åsa Regn[eé]r\)/);
  });
});

describe('Slack without the agent surface (a plan or workspace that lacks it)', () => {
  let harness: SlackHarness;
  const deliver = deliverer(() => harness, 'EvNoAgent');
  beforeAll(async () => { harness = await startSlackHarness({ api: { assistant: false } }); });
  afterAll(async () => { await harness?.stop(); });

  it('still answers a threaded direct message, with no status', async () => {
    await deliver(threadMessage('D901', '1700400000.000001', 'when did the CBSS join?', '1700400001.000001'));
    const answer = await harness.api.next((c) => c.method === 'chat.postMessage' && c.body.channel === 'D901');
    expect(answer.body.thread_ts).toBe('1700400000.000001');
    expect(visibleText(answer.body as SlackMessageJson)).toContain('April 2020');
  });

  it('still answers a plain direct message and a mention exactly as before', async () => {
    await deliver({ type: 'message', channel: 'D902', channel_type: 'im', user: 'U123', text: 'who coordinates ICAT?', ts: '1700400002.000001', event_ts: '1700400002.000001' });
    const dm = await harness.api.next((c) => c.method === 'chat.postMessage' && c.body.channel === 'D902');
    expect(dm.body.thread_ts).toBeUndefined();
    expect(visibleText(dm.body as SlackMessageJson)).toContain('United Nations Office on Drugs and Crime');
  });
});
