import { App, LogLevel } from '@slack/bolt';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { readSlackConfig, startSlack } from '../../adapters/slack/index.js';
import { ANSWERER_DEFAULTS } from '../../src/answerer.js';
import { createBot } from '../../src/bot.js';
import { KnowledgeBase } from '../../src/knowledge-base.js';
import { silentLogger } from '../../src/log.js';
import { startFakeSlackApi } from './fake-api.js';

/** The signing secret of the benchmark's apps (throughput.ts signs with the same). */
const BENCH_SIGNING_SECRET = 'bench-signing-secret-0123456789abcdef';

/**
 * A Slack app under load, in its own process: `icat ROOT` starts icat-bot's Slack adapter in HTTP
 * mode over the shipped knowledge as `npm start` does (`icat-uncached ROOT`: with the reply cache
 * off, so every request is answered in full); `bare` starts a Bolt app that acks every command with a fixed
 * text (the ceiling: Bolt's own request handling). Both talk to a local fake of the Web API.
 * Prints `{"port":…}` once listening; stops when its stdin closes.
 */
async function main([mode, root]: string[]): Promise<void> {
  const api = await startFakeSlackApi();
  let stop: () => Promise<void>;
  let port: number;
  if (mode === 'icat' || mode === 'icat-uncached') {
    const cacheSize = mode === 'icat' ? ANSWERER_DEFAULTS.cacheSize : 0;
    const knowledge = await KnowledgeBase.load({ dir: join(root!, 'knowledge'), displayRoot: root!, answerer: { cacheSize } });
    const env = { SLACK_BOT_TOKEN: 'xoxb-bench-token', SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET, PORT: '0', SLACK_API_URL: api.apiUrl };
    const running = await startSlack({ bot: createBot({ knowledge }), config: readSlackConfig(env), logger: silentLogger });
    port = running.port!;
    stop = () => running.stop();
  } else {
    // Bolt set up as the adapter sets it up (no auth.test per request, no conversation store), so the ratio measures our handler.
    const app = new App({
      token: 'xoxb-bench-token', signingSecret: BENCH_SIGNING_SECRET, botUserId: 'UBENCHBOT', botId: 'BBENCH', tokenVerificationEnabled: false,
      convoStore: false, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: api.apiUrl },
    });
    app.command(/^\/.+/, async ({ ack }) => { await ack('A fixed answer.'); });
    const server = (await app.start(0)) as Server;
    port = (server.address() as AddressInfo).port;
    stop = () => app.stop().then(() => undefined);
  }
  process.stdout.write(`${JSON.stringify({ port })}\n`);
  process.stdin.resume();
  process.stdin.once('end', () => {
    void stop().finally(() => api.close()).finally(() => process.exit(0));
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
