import { describeAdapterContract } from '../adapters/shared-suite.js';
import { startSlackHarness } from './helpers/harness.js';
import { commandBody, postToSlackApp } from './helpers/signed-request.js';
import { visibleText } from './helpers/visible-text.js';

// The shared suite, through a real Bolt app: each question is a signed `/icat` request and what
// the user sees is the Block Kit answer in the acknowledgement.
describeAdapterContract('slack', async () => {
  const harness = await startSlackHarness();
  return {
    driver: {
      ask: async (question) => {
        const response = await postToSlackApp(harness.eventsUrl, commandBody(question), 'application/x-www-form-urlencoded');
        if (response.status !== 200) throw new Error(`/icat answered HTTP ${response.status}`);
        return visibleText(JSON.parse(response.text));
      },
    },
    stop: harness.stop,
  };
});
