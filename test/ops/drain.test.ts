import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { postMention, startService, startSlackStandIn, type Service, type SlackStandIn } from './service-process.js';

const SIGNING_SECRET = 'drain-test-signing-secret-0123456789';

/** True when something accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

// An orchestrator stopping a replica behind a load balancer, while Slack is slow to take replies.
describe('stopping with SIGTERM in Slack HTTP mode', () => {
  let slack: SlackStandIn;
  let service: Service;
  afterAll(async () => {
    if (service && service.child.exitCode === null) service.child.kill('SIGKILL');
    await service?.exited;
    await slack?.close();
  });

  it('turns /healthz 503 at once, keeps taking messages for the drain period, then frees the port and logs the replies it abandoned', async () => {
    slack = await startSlackStandIn();
    service = startService({
      SLACK_BOT_TOKEN: 'xoxb-drain-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0',
      SHUTDOWN_DRAIN_SECONDS: '1', SHUTDOWN_TIMEOUT_SECONDS: '1',
    });
    const port = Number((await service.logLine('slack listening')).port);
    await service.logLine('platform started');
    const events = `http://127.0.0.1:${port}/slack/events`;
    // A reply Slack never takes: still in flight when the shutdown runs out of time.
    expect(await postMention(events, SIGNING_SECRET, 'EvSlow', 'When did the CBSS join ICAT?')).toBe(200);
    await slack.nextPost();

    service.child.kill('SIGTERM');
    await service.logLine('draining: health checks answer 503 while messages are still taken');
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'stopping' });
    // Still accepted while the load balancer takes the replica out.
    expect(await postMention(events, SIGNING_SECRET, 'EvDraining', 'Who coordinates ICAT?')).toBe(200);
    await slack.nextPost();

    await service.logLine('shut down');
    expect(await listening(port)).toBe(false);
    expect(await service.exited).toBe(0);
    const done = JSON.parse(service.output().split('\n').find((line) => line.includes('"msg":"shut down"'))!) as Record<string, unknown>;
    expect(done).toMatchObject({ completed: false, abandonedReplies: 2 });
    expect(service.output()).toContain('"msg":"shutdown abandoned replies still being sent"');
  }, 30_000);
});
