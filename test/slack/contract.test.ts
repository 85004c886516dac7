import { describeAdapterContract } from '../adapters/shared-suite.js';
import { startSlackHarness } from './helpers/harness.js';
import { commandBody, eventBody, postToSlackApp } from './helpers/signed-request.js';
import { visibleText, type SlackMessageJson } from './helpers/visible-text.js';

// The shared suite, through a real Bolt app: each question is a signed `/icat` request and what
// the user sees is the Block Kit answer in the acknowledgement.
describeAdapterContract('slack', async () => {
  const harness = await startSlackHarness();
  let n = 0;
  /** Mentions the bot (in `threadTs`'s thread when given) and returns the reply's ts and visible text. */
  const mention = async (text: string, threadTs?: string) => {
    n += 1;
    const ts = `1700900${String(n).padStart(3, '0')}.000100`;
    const before = harness.api.calls.length;
    await postToSlackApp(harness.eventsUrl, eventBody(`EvContract${n}`, { type: 'app_mention', channel: 'C555', user: 'U1', text: `<@UBOT> ${text}`, ts, event_ts: ts, ...(threadTs ? { thread_ts: threadTs } : {}) }), 'application/json');
    const posted = await harness.api.next((call) => call.method === 'chat.postMessage' && harness.api.calls.indexOf(call) >= before);
    return { ts, shown: visibleText(posted.body as SlackMessageJson) };
  };
  return {
    driver: {
      // A conversation is a thread: the first mention starts it, the others are posted in it.
      converse: async (questions) => {
        const first = await mention(questions[0] ?? '');
        let shown = first.shown;
        for (const question of questions.slice(1)) shown = (await mention(question, first.ts)).shown;
        return shown;
      },
      ask: async (question) => {
        const response = await postToSlackApp(harness.eventsUrl, commandBody(question), 'application/x-www-form-urlencoded');
        if (response.status !== 200) throw new Error(`/icat answered HTTP ${response.status}`);
        return visibleText(JSON.parse(response.text));
      },
    },
    stop: harness.stop,
  };
});
