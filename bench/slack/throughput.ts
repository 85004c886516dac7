import { createHmac } from 'node:crypto';
import autocannon from 'autocannon';
import { firstJsonLine, spawnChild } from '../child.js';

/** Throughput and latency of one app under load. */
export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Requests that failed or did not answer 200. */
  failures: number;
  requests: number;
}

/** Part 3: icat-bot's `/icat` endpoint beside a bare Bolt app. */
export interface SlackResult {
  icat: LoadResult;
  /** The same app with the reply cache off: every request answered in full. */
  uncached: LoadResult;
  bare: LoadResult;
  /** icat requests/s over bare requests/s. */
  throughputRatio: number;
  /** uncached / bare requests per second. */
  uncachedRatio: number;
  connections: number;
  seconds: number;
}

const SECRET = 'bench-signing-secret-0123456789abcdef';

/**
 * Loads both apps in turn, each in its own process, with autocannon on loopback: signed
 * `/icat` slash commands (a fresh signature per request, questions and users rotating), the
 * same load for both.
 */
export async function benchSlack(root: string, questions: readonly string[], seconds: number, connections: number): Promise<SlackResult> {
  const icat = await loadApp(['icat', root], questions, seconds, connections);
  const uncached = await loadApp(['icat-uncached', root], questions, seconds, connections);
  const bare = await loadApp(['bare'], questions, seconds, connections);
  return {
    icat, uncached, bare, throughputRatio: icat.requestsPerSecond / bare.requestsPerSecond,
    uncachedRatio: uncached.requestsPerSecond / bare.requestsPerSecond, connections, seconds,
  };
}

async function loadApp(args: string[], questions: readonly string[], seconds: number, connections: number): Promise<LoadResult> {
  const child = spawnChild('./slack/server-child.ts', args);
  try {
    const { port } = await firstJsonLine<{ port: number }>(child);
    let n = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration: seconds,
      requests: [{
        method: 'POST',
        path: '/slack/events',
        setupRequest: (request) => {
          n++;
          const body = commandBody(questions[n % questions.length]!, `U${n % 50}`);
          const timestamp = Math.floor(Date.now() / 1000);
          const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
          return {
            ...request, body,
            headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
          };
        },
      }],
    });
    return {
      requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
      failures: result.errors + result.timeouts + result.non2xx, requests: result.requests.total,
    };
  } finally {
    child.stdin!.end();
    await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
  }
}

function commandBody(text: string, user: string): string {
  return new URLSearchParams({
    token: 'unused', team_id: 'TBENCH', team_domain: 'bench', channel_id: 'CBENCH', channel_name: 'general', user_id: user,
    user_name: 'bench', command: '/icat', text, api_app_id: 'ABENCH', trigger_id: '1.2.3', response_url: 'http://127.0.0.1:9/unused',
  }).toString();
}
