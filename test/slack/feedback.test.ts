import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/bot.js';
import { Feedback, FeedbackLog, parseFeedbackLog, THANKS_UP } from '../../src/feedback/index.js';
import { shippedBot } from '../helpers/bot.js';
import { tempFolder, type TempFolder } from '../ops/helpers.js';
import { startSlackHarness, type SlackHarness } from './helpers/harness.js';
import { actionBody, commandBody, eventBody, postToSlackApp } from './helpers/signed-request.js';
import { visibleText, type SlackMessageJson } from './helpers/visible-text.js';

const FORM = 'application/x-www-form-urlencoded';

interface FeedbackElement { type: string; action_id: string; positive_button: { value: string }; negative_button: { value: string } }
type Blocks = { type: string; elements?: unknown[] }[];

/** The feedback_buttons element of a rendered answer, if it has one. */
function feedbackButtons(blocks: Blocks): FeedbackElement | undefined {
  return blocks.find((block) => block.type === 'context_actions')?.elements?.[0] as FeedbackElement | undefined;
}

describe('Slack: thumbs up and down under answers', () => {
  let harness: SlackHarness;
  let folder: TempFolder;
  let log: FeedbackLog;
  let bot: Bot;
  let clicks = 0;
  beforeAll(async () => {
    folder = await tempFolder();
    bot = await shippedBot();
    log = new FeedbackLog({ path: join(folder.dir, 'feedback.jsonl') });
    harness = await startSlackHarness({ bot, feedback: new Feedback({ sink: log, knowledgeVersion: () => bot.status().version, topics: () => bot.topics() }) });
  });
  afterAll(async () => { await harness?.stop(); await folder?.remove(); });

  /** Clicks one of the feedback buttons as Slack posts it, and returns the private acknowledgement. */
  const click = async (value: string, userId = 'U123') => {
    clicks += 1;
    const responseId = `fb-${clicks}`;
    const before = harness.api.calls.length;
    const response = await postToSlackApp(harness.eventsUrl, actionBody({
      type: 'block_actions', team: { id: 'T1' }, user: { id: userId, name: 'ada' }, api_app_id: 'A1', token: 'legacy',
      container: { type: 'message', message_ts: '1.3', channel_id: 'C1' }, channel: { id: 'C1', name: 'general' }, trigger_id: '1.2.3',
      response_url: harness.api.responseUrl(responseId),
      actions: [{ type: 'feedback_buttons', action_id: 'icat_feedback', block_id: 'fb', value, action_ts: '1.4' }],
    }), FORM);
    expect(response.status).toBe(200);
    return harness.api.next((call) => call.method === 'response_url' && harness.api.calls.indexOf(call) >= before);
  };

  it('puts native feedback buttons under an answer, and none under a decline', async () => {
    const answered = JSON.parse((await postToSlackApp(harness.eventsUrl, commandBody('when did the cbss join?'), FORM)).text) as { blocks: Blocks };
    const buttons = feedbackButtons(answered.blocks);
    expect(buttons).toMatchObject({ type: 'feedback_buttons', action_id: 'icat_feedback' });
    expect(buttons?.positive_button.value).toMatch(/^up:/);
    const declined = JSON.parse((await postToSlackApp(harness.eventsUrl, commandBody('who is the CEO of Slack?'), FORM)).text) as { blocks: Blocks };
    expect(feedbackButtons(declined.blocks)).toBeUndefined();
  });

  it('records a vote without the user id, acknowledges it privately, and the last vote of a person wins', async () => {
    const response = await postToSlackApp(harness.eventsUrl, eventBody('EvFb1', { type: 'app_mention', channel: 'C800', text: '<@UBOT> when did the cbss join?', ts: '1700200000.000100', user: 'U123' }), 'application/json');
    expect(response.status).toBe(200);
    const posted = await harness.api.next((call) => call.method === 'chat.postMessage' && call.body.channel === 'C800');
    const buttons = feedbackButtons(posted.body.blocks as Blocks)!;

    const down = await click(buttons.negative_button.value);
    expect(down.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const shown = visibleText(down.body as SlackMessageJson);
    expect(shown).toMatch(/did not help\. You could ask differently:/);
    expect(shown).toMatch(/•/);
    const up = await click(buttons.positive_button.value);
    expect(visibleText(up.body as SlackMessageJson)).toContain(THANKS_UP);
    await click(buttons.negative_button.value, 'U999');
    await log.flush();

    const raw = await readFile(join(folder.dir, 'feedback.jsonl'), 'utf8');
    expect(raw).not.toMatch(/U123|U999/);
    expect(raw.trim().split('\n')).toHaveLength(3);
    const { entries } = parseFeedbackLog(raw);
    expect(entries.map((entry) => entry.vote).sort()).toEqual(['down', 'up']);
    expect(entries[0]).toMatchObject({
      platform: 'slack', question: 'when did the cbss join?', knowledgeVersion: bot.status().version,
      source: { file: expect.stringMatching(/^knowledge\/(cbss-joins-icat|icat-members)\.md$/), section: expect.stringMatching(/^The CBSS joins ICAT/) },
    });
  });
});
