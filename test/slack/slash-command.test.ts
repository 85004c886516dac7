import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/bot.js';
import { ERROR_TEXT } from '../../src/bot.js';
import type { Reply } from '../../src/reply.js';
import { shippedBot } from '../helpers/bot.js';
import { startSlackHarness, type SlackHarness } from './helpers/harness.js';
import { commandBody, postToSlackApp } from './helpers/signed-request.js';
import { markupText, visibleText, type SlackMessageJson } from './helpers/visible-text.js';

const FORM = 'application/x-www-form-urlencoded';

interface CommandAnswer extends SlackMessageJson {
  response_type: string;
  blocks: NonNullable<SlackMessageJson['blocks']>;
}

describe('Slack /icat, answered in the acknowledgement', () => {
  let harness: SlackHarness;
  beforeAll(async () => { harness = await startSlackHarness(); });
  afterAll(async () => { await harness?.stop(); });

  const ask = async (text: string) => {
    const response = await postToSlackApp(harness.eventsUrl, commandBody(text), FORM);
    expect(response.status).toBe(200);
    return { ...response, answer: JSON.parse(response.text) as CommandAnswer };
  };

  it('answers privately, at once, echoing the question, naming the source and offering to share', async () => {
    const { answer, elapsedMs } = await ask('when did the cbss join?');
    expect(elapsedMs).toBeLessThan(3000);
    expect(answer.response_type).toBe('ephemeral');
    const shown = visibleText(answer);
    expect(shown).toContain('You asked: when did the cbss join?');
    expect(shown).toContain('April 2020');
    expect(shown).toMatch(/Source: .*The CBSS joins ICAT/);
    expect(answer.blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ type: 'button', action_id: 'icat_share', text: { text: 'Share with channel' } }] });
    expect(harness.api.calls.filter((call) => call.method !== 'auth.test')).toEqual([]);
  });

  it('shows usage with example questions for a bare /icat and for /icat help', async () => {
    for (const text of ['', 'help']) {
      const { answer } = await ask(text);
      const shown = visibleText(answer);
      expect(shown).toContain('When did the CBSS join ICAT?');
      expect(answer.blocks.some((block) => block.type === 'actions')).toBe(false);
    }
  });

  it('says "I don\'t know" with suggestions, and offers no share button, when the knowledge is silent', async () => {
    const { answer } = await ask('Who is the CEO of Slack?');
    const shown = visibleText(answer);
    expect(shown).toMatch(/I don.t know/);
    expect(shown).toContain('You could ask about:');
    expect(answer.blocks.some((block) => block.type === 'actions')).toBe(false);
  });

  it('never lets a question ping the channel: <!channel>, <!here> and <@U…> come back escaped', async () => {
    const { answer } = await ask('<!channel> <!here> <@U999> & when did the cbss join?');
    expect(markupText(answer)).not.toMatch(/<!channel>|<!here>|<@U999>/);
    expect(markupText(answer)).toContain('&lt;!channel&gt; &lt;!here&gt; &lt;@U999&gt; &amp;');
    expect(visibleText(answer)).toContain('You asked: <!channel> <!here> <@U999> & when did the cbss join?');
  });
});

describe('Slack /icat, every kind of reply and a failing core', () => {
  const reply = (kind: Reply['kind'], answer: string): Reply => ({ kind, question: 'q', answered: false, answer, sources: [], confidence: 0, suggestions: [] });

  it.each([
    ['rate-limited', 'You are asking quickly: please wait a few seconds.'],
    ['about', 'icat-bot 0.1.0 — 2 documents, 40 passages.'],
    ['error', ERROR_TEXT],
  ] as const)('shows a %s reply as its text, privately', async (kind, text) => {
    const real = await shippedBot();
    const bot: Bot = { handle: () => reply(kind, text), ask: async () => reply(kind, text), status: () => real.status(), topics: () => real.topics() };
    const harness = await startSlackHarness({ bot });
    try {
      const response = await postToSlackApp(harness.eventsUrl, commandBody('anything'), FORM);
      const answer = JSON.parse(response.text) as CommandAnswer;
      expect(answer.response_type).toBe('ephemeral');
      expect(visibleText(answer)).toContain(text);
    } finally {
      await harness.stop();
    }
  });

  it('apologises privately and keeps serving when answering throws, logging the detail', async () => {
    const real = await shippedBot();
    let calls = 0;
    const bot: Bot = {
      handle: (message) => { calls += 1; if (calls === 1) throw new Error('index exploded'); return real.handle(message); },
      ask: async (message) => { calls += 1; if (calls === 1) throw new Error('index exploded'); return real.ask(message); },
      status: () => real.status(),
      topics: () => real.topics(),
    };
    const harness = await startSlackHarness({ bot });
    try {
      const failed = await postToSlackApp(harness.eventsUrl, commandBody('when did the cbss join?'), FORM);
      expect(failed.status).toBe(200);
      expect(JSON.parse(failed.text)).toMatchObject({ response_type: 'ephemeral', text: ERROR_TEXT });
      const logged = await harness.log.next('slack command failed');
      expect(JSON.stringify(logged)).toContain('index exploded');
      const next = await postToSlackApp(harness.eventsUrl, commandBody('when did the cbss join?'), FORM);
      expect(visibleText(JSON.parse(next.text))).toContain('April 2020');
    } finally {
      await harness.stop();
    }
  });
});
