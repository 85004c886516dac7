import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { readSlackConfig, startSlack, type RunningSlack } from '../../adapters/slack/index.js';
import { IcatError } from '../../src/errors.js';
import { shippedBot } from '../helpers/bot.js';
import { startFakeSlackApi, type FakeSlackApi } from './helpers/fake-slack-api.js';
import { BOT_TOKEN, captureLog, type CapturedLog } from './helpers/harness.js';
import { visibleText, type SlackMessageJson } from './helpers/visible-text.js';

const APP_TOKEN = 'xapp-1-A1-0000-test-app-token';

describe('Slack over Socket Mode', () => {
  let sockets: WebSocketServer;
  let api: FakeSlackApi;
  let slack: RunningSlack;
  let socket: WebSocket;
  let log: CapturedLog;

  beforeAll(async () => {
    sockets = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(sockets, 'listening');
    const connected = once(sockets, 'connection');
    sockets.on('connection', (ws) => ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } })));
    api = await startFakeSlackApi({ socketUrl: `ws://127.0.0.1:${(sockets.address() as AddressInfo).port}/link` });
    const config = readSlackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: api.apiUrl });
    log = captureLog([BOT_TOKEN, APP_TOKEN]);
    slack = await startSlack({ bot: await shippedBot(), config, logger: log.logger });
    [socket] = (await connected) as [WebSocket];
  });
  afterAll(async () => {
    await slack?.stop();
    for (const client of sockets?.clients ?? []) client.terminate();
    await new Promise((resolve) => sockets?.close(resolve));
    await api?.close();
  });

  /** Sends an envelope as Slack does and resolves with the app's acknowledgement of it. */
  const sendEnvelope = async (envelopeId: string, type: string, payload: unknown) => {
    const acked = new Promise<{ envelope_id: string; payload?: SlackMessageJson & { response_type?: string } }>((resolve) => {
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(String(data)) as { envelope_id?: string };
        if (message.envelope_id === envelopeId) {
          socket.off('message', onMessage);
          resolve(message as { envelope_id: string });
        }
      };
      socket.on('message', onMessage);
    });
    socket.send(JSON.stringify({ envelope_id: envelopeId, type, accepts_response_payload: type === 'slash_commands', payload }));
    return acked;
  };

  it('connects with the app token, with no HTTP port', () => {
    expect(slack.port).toBeUndefined();
    expect(api.calls.find((call) => call.method === 'apps.connections.open')?.authorization).toBe(`Bearer ${APP_TOKEN}`);
  });

  it('answers /icat in the envelope acknowledgement, privately', async () => {
    const ack = await sendEnvelope('env-1', 'slash_commands', {
      team_id: 'T1', channel_id: 'C1', user_id: 'U123', command: '/icat', text: 'when did the cbss join?', response_url: api.responseUrl('sock-1'), trigger_id: '1.2.3', api_app_id: 'A1',
    });
    expect(ack.payload?.response_type).toBe('ephemeral');
    expect(visibleText(ack.payload ?? {})).toContain('April 2020');
  });

  it('answers a mention in its thread through the Web API', async () => {
    await sendEnvelope('env-2', 'events_api', {
      type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'EvSock1', authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
      event: { type: 'app_mention', channel: 'C7', user: 'U123', ts: '1700000001.000100', text: '<@UBOT> who coordinates icat?' },
    });
    const posted = await api.next((call) => call.method === 'chat.postMessage' && call.body.channel === 'C7');
    expect(posted.body.thread_ts).toBe('1700000001.000100');
    expect(visibleText(posted.body as SlackMessageJson)).toContain('United Nations Office on Drugs and Crime');
  });

  it('acknowledges and drops an envelope whose payload is null, a string, an array or a number, and goes on answering', async () => {
    const hostile: [string, unknown][] = [
      ['events_api', null], ['events_api', 'text'], ['events_api', []], ['events_api', 42], ['events_api', { type: 'event_callback', event: null }],
      ['slash_commands', null], ['slash_commands', 'text'], ['interactive', []], ['interactive', 7],
    ];
    for (const [index, [type, payload]] of hostile.entries()) {
      const ack = await sendEnvelope(`bad-${index}`, type, payload);
      expect(ack.payload, `${type} with payload ${JSON.stringify(payload)}`).toEqual({});
    }
    const dropped = log.lines.filter((line) => String(line.msg).startsWith('slack socket envelope dropped'));
    expect(dropped).toHaveLength(hostile.length);
    expect(dropped.every((line) => line.level === 'warn')).toBe(true);
    expect(dropped[0]).toMatchObject({ type: 'events_api', envelopeId: 'bad-0' });
    await stillAnswers();
  });

  it('drops a message that is not an envelope at all (null, a number, a string, an array) with a warning', async () => {
    const before = log.lines.length;
    for (const message of ['null', '42', '"text"', '[]', '[{"envelope_id":"x"}]']) socket.send(message);
    // Messages are read in order: once a later envelope is answered, the earlier ones were dealt with.
    await stillAnswers();
    const dropped = log.lines.slice(before).filter((line) => line.msg === 'slack socket envelope dropped: the message is not an envelope object');
    expect(dropped).toHaveLength(5);
  });

  it('acknowledges a mention event that has no channel or text, and ignores it', async () => {
    const ack = await sendEnvelope('no-channel', 'events_api', {
      type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: 'EvSock2', authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
      event: { type: 'app_mention', user: 'U123', ts: '1700000002.000100', text: null },
    });
    expect(ack.payload).toEqual({});
    await stillAnswers();
  });

  it('logs no error line for any of it', () => {
    expect(log.lines.filter((line) => line.level === 'error')).toEqual([]);
  });

  let asked = 0;
  const stillAnswers = async () => {
    const ack = await sendEnvelope(`still-${++asked}`, 'slash_commands', {
      team_id: 'T1', channel_id: 'C1', user_id: 'U123', command: '/icat', text: 'when did the cbss join?', response_url: api.responseUrl(`still-${asked}`), trigger_id: '1.2.3', api_app_id: 'A1',
    });
    expect(visibleText(ack.payload ?? {})).toContain('April 2020');
  };
});

describe('Slack Socket Mode start-up', () => {
  it('reports a rejected app token naming SLACK_APP_TOKEN', async () => {
    const api = await startFakeSlackApi();
    try {
      const config = readSlackConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: api.apiUrl });
      const error = await startSlack({ bot: await shippedBot(), config, logger: captureLog().logger }).then(() => undefined, (reason: unknown) => reason);
      expect(error).toBeInstanceOf(IcatError);
      expect((error as IcatError).code).toBe('PLATFORM_AUTH');
      expect((error as IcatError).message).toContain('SLACK_APP_TOKEN');
    } finally {
      await api.close();
    }
  });
});
