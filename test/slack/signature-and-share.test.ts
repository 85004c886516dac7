import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackHarness, type SlackHarness } from './helpers/harness.js';
import { actionBody, commandBody, eventBody, postToSlackApp } from './helpers/signed-request.js';
import { visibleText, type SlackMessageJson } from './helpers/visible-text.js';

const FORM = 'application/x-www-form-urlencoded';

describe('Slack requests that Slack did not sign', () => {
  let harness: SlackHarness;
  beforeAll(async () => { harness = await startSlackHarness(); });
  afterAll(async () => { await harness?.stop(); });

  it('refuses a forged signature with 401 and answers nothing', async () => {
    const response = await postToSlackApp(harness.eventsUrl, commandBody('when did the cbss join?'), FORM, { secret: 'not-the-signing-secret' });
    expect(response.status).toBe(401);
    expect(response.text).not.toContain('April 2020');
  });

  it('refuses a replayed request whose timestamp is over five minutes old with 401', async () => {
    const response = await postToSlackApp(harness.eventsUrl, commandBody('when did the cbss join?'), FORM, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(response.status).toBe(401);
    expect(response.text).not.toContain('April 2020');
  });

  it('posts nothing for a forged mention, while a signed one is answered', async () => {
    const forged = await postToSlackApp(harness.eventsUrl, eventBody('EvForged', { type: 'app_mention', channel: 'C900', user: 'U1', ts: '1.1', text: '<@UBOT> when did the cbss join?' }), 'application/json', { secret: 'forged' });
    expect(forged.status).toBe(401);
    await postToSlackApp(harness.eventsUrl, eventBody('EvSigned', { type: 'app_mention', channel: 'C901', user: 'U1', ts: '1.2', text: '<@UBOT> when did the cbss join?' }), 'application/json');
    await harness.api.next((call) => call.method === 'chat.postMessage' && call.body.channel === 'C901');
    expect(harness.api.calls.some((call) => call.body.channel === 'C900')).toBe(false);
  });
});

describe('Slack "Share with channel"', () => {
  let harness: SlackHarness;
  beforeAll(async () => { harness = await startSlackHarness(); });
  afterAll(async () => { await harness?.stop(); });

  /** Asks privately, then clicks the Share button of the answer, as Slack would post the click. */
  const askThenShare = async (question: string, responseId: string) => {
    const asked = await postToSlackApp(harness.eventsUrl, commandBody(question), FORM);
    const answer = JSON.parse(asked.text) as { blocks: { type: string; elements?: { action_id: string; value: string }[] }[] };
    const button = answer.blocks.find((block) => block.type === 'actions')?.elements?.[0];
    expect(button?.action_id).toBe('icat_share');
    const click = await postToSlackApp(harness.eventsUrl, actionBody({
      type: 'block_actions', team: { id: 'T1' }, user: { id: 'U123', name: 'ada' }, api_app_id: 'A1', token: 'legacy',
      container: { type: 'message', message_ts: '1.3', channel_id: 'C1', is_ephemeral: true },
      channel: { id: 'C1', name: 'general' }, trigger_id: '1.2.3', response_url: harness.api.responseUrl(responseId),
      actions: [{ type: 'button', action_id: button?.action_id, block_id: 'b1', value: button?.value, action_ts: '1.4', text: { type: 'plain_text', text: 'Share with channel' } }],
    }), FORM);
    expect(click.status).toBe(200);
    return answer;
  };

  it('posts the same answer visibly in the channel, says who shared it, then removes the private copy', async () => {
    const privateAnswer = await askThenShare('What are the six priority areas recommended by ICAT?', 'share-1');
    const shared = await harness.api.next((call) => call.method === 'response_url' && call.body.response_type === 'in_channel');
    const deleted = await harness.api.next((call) => call.method === 'response_url' && call.body.delete_original === true);
    const shown = visibleText(shared.body as SlackMessageJson);
    expect(shown).toContain('<@U123> asked: What are the six priority areas recommended by ICAT?');
    expect(shown).toContain(visibleText(privateAnswer as SlackMessageJson).split('\n')[1]);
    expect(shown).toContain('Discouraging demand');
    expect(shared.body.replace_original).toBe(false);
    expect((shared.body as SlackMessageJson).blocks?.some((block) => block.type === 'actions')).toBe(false);
    expect(harness.api.calls.indexOf(shared)).toBeLessThan(harness.api.calls.indexOf(deleted));
  });

  it('keeps a shared question that tried to ping the channel harmless', async () => {
    await askThenShare('<!channel> when did the cbss join?', 'share-2');
    const shared = await harness.api.next((call) => call.method === 'response_url' && call.body.response_type === 'in_channel' && JSON.stringify(call.body).includes('cbss join'));
    const raw = JSON.stringify(shared.body);
    expect(raw).not.toContain('<!channel>');
    expect(raw).toContain('&lt;!channel&gt;');
  });
});

describe('Slack HTTP server extra routes', () => {
  it('serves the extra routes it is given (such as a health check) beside /slack/events', async () => {
    const harness = await startSlackHarness({
      extraRoutes: [{ path: '/healthz', method: 'GET', handler: (_request, response) => { response.writeHead(200, { 'content-type': 'application/json' }); response.end('{"ok":true}'); } }],
    });
    try {
      const response = await fetch(`${harness.baseUrl}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
    } finally {
      await harness.stop();
    }
  });
});
