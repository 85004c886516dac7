import type { AddressInfo } from 'node:net';
import { App, ErrorCode, HTTPReceiver, SocketModeReceiver, type Receiver } from '@slack/bolt';
import type { Bot } from '../../src/bot.js';
import { ConversationStore } from '../../src/conversation/conversation-store.js';
import { Feedback } from '../../src/feedback/feedback.js';
import { IcatError } from '../../src/errors.js';
import type { Logger } from '../../src/log.js';
import type { StateStore } from '../../src/state/state-store.js';
import type { HttpRoute, RunningPlatform } from '../platform.js';
import { boltLogger } from './bolt-logger.js';
import { REQUEST_TIMEOUT_MS, webClientOptions } from './client-options.js';
import type { SlackConfig } from './config.js';
import { registerCommand } from './handle-command.js';
import { registerMentions } from './handle-mention.js';
import { registerAssistant } from './handle-assistant.js';
import { registerFeedback } from './handle-feedback.js';
import { registerShare } from './handle-share.js';
import { InFlight } from './in-flight.js';
import { acknowledgeUnhandledTypes, guardRequests, SLACK_BODY_LIMIT_BYTES } from './request-guard.js';
import { SeenEvents } from './seen-events.js';
import { guardSocketEnvelopes } from './socket-guard.js';
import { verifyBotToken, type BotIdentity } from './verify-token.js';

/** Options for {@link startSlack}. */
export interface StartSlackOptions {
  /** The one door into the core. Required. */
  bot: Bot;
  /** Settings from {@link readSlackConfig}. Required. */
  config: SlackConfig;
  /** Where diagnostics go (Bolt's own logs included). Required. */
  logger: Logger;
  /** Extra routes (such as `GET /healthz`) mounted on the HTTP server beside `/slack/events`. HTTP mode only. Default none. */
  extraRoutes?: HttpRoute[];
  /** The longest Socket Mode may take to connect, in ms. Default 20 000. */
  connectTimeoutMs?: number;
  /** Where answered events are claimed; pass the store shared by all replicas. Default: this process's memory. */
  state?: StateStore;
  /** Where the turns of threads and DMs are kept, for follow-up questions. Default an in-memory {@link ConversationStore}. */
  conversations?: ConversationStore;
  /** Thumbs up/down under answers. Default a {@link Feedback} that acknowledges votes and records none. */
  feedback?: Feedback;
}

/** The Slack app, up and serving. */
export interface RunningSlack extends RunningPlatform {
  /** The HTTP port actually listened on (useful with `PORT=0`); undefined in Socket Mode. */
  port?: number;
  /** The bot user `auth.test` named, e.g. "U0123ABCD". */
  botUserId: string;
}

/** The path where Slack sends events, slash commands and interactivity in HTTP mode. */
export const EVENTS_PATH = '/slack/events';

/**
 * Starts the Slack app: checks the token with `auth.test` (bounded, so it never hangs), then
 * serves `/icat`, mentions (with follow-ups in threads), direct messages, the agent surface for AI
 * apps, the Share button and feedback buttons, over Socket Mode when an app
 * token is set, over HTTP on `config.port` otherwise.
 *
 * @throws IcatError `PLATFORM_AUTH` for a rejected token, `PLATFORM_UNREACHABLE` when Slack (or
 *   `SLACK_API_URL`) cannot be reached, `CONFIG_INVALID` when the port is taken.
 */
export async function startSlack(options: StartSlackOptions): Promise<RunningSlack> {
  const { bot, config, logger } = options;
  const identity = await verifyBotToken(config, logger);
  logger.info('slack token verified', { team: identity.team, botUserId: identity.botUserId, mode: config.mode });
  const receiver = config.mode === 'socket' ? socketReceiver(config, logger) : httpReceiver(config, logger, options.extraRoutes ?? []);
  const app = createApp(config, identity, receiver, logger);
  const deps = {
    bot, logger, seen: new SeenEvents({ logger, ...(options.state ? { store: options.state } : {}) }), inFlight: new InFlight(),
    conversations: options.conversations ?? new ConversationStore(),
    feedback: options.feedback ?? new Feedback({ topics: () => bot.topics() }),
  };
  // The agent surface first: it takes the messages of assistant threads, the mention and DM listeners the rest.
  registerAssistant(app, deps);
  registerCommand(app, deps);
  registerMentions(app, deps);
  registerShare(app, deps);
  registerFeedback(app, deps);

  if (config.mode === 'socket') {
    await connectSocket(app, config, options.connectTimeoutMs ?? 20_000);
    logger.info('slack connected over Socket Mode');
    return { name: 'slack', botUserId: identity.botUserId, stop: () => stop(app, deps.inFlight, logger), pendingReplies: () => deps.inFlight.size };
  }
  const server = await listen(app, config.port);
  const port = (server.address() as AddressInfo).port;
  logger.info('slack listening', { port, path: EVENTS_PATH });
  return { name: 'slack', port, botUserId: identity.botUserId, stop: () => stop(app, deps.inFlight, logger), pendingReplies: () => deps.inFlight.size };
}

function createApp(config: SlackConfig, identity: BotIdentity, receiver: Receiver, logger: Logger): App {
  const app = new App({
    token: config.botToken,
    // Known from auth.test, so Bolt neither calls it again nor on each event.
    botUserId: identity.botUserId,
    botId: identity.botId ?? identity.botUserId,
    tokenVerificationEnabled: false,
    receiver,
    logger: boltLogger(logger, 'slack:bolt'),
    clientOptions: webClientOptions(config),
    // No conversation state is used: skipping Bolt's store saves work on every request.
    convoStore: false,
  });
  acknowledgeUnhandledTypes(app, logger);
  app.error(async (error) => {
    logger.error('slack listener failed', { error });
  });
  return app;
}

function httpReceiver(config: SlackConfig, logger: Logger, extraRoutes: HttpRoute[]): HTTPReceiver {
  if (!config.signingSecret) throw new IcatError('CONFIG_MISSING', 'SLACK_SIGNING_SECRET is not set: HTTP mode needs it (or set SLACK_APP_TOKEN for Socket Mode).');
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints: EVENTS_PATH,
    port: config.port,
    customRoutes: extraRoutes.map((route) => ({ path: route.path, method: route.method, handler: route.handler })),
    logger: boltLogger(logger, 'slack:http'),
    // Events are acknowledged at once and answered after; the slash command's answer is the ack itself.
    processBeforeResponse: false,
    bodyLimit: SLACK_BODY_LIMIT_BYTES,
    // Requests no listener acknowledges in time get 200 (Slack would otherwise retry them), and a debug line.
    unhandledRequestHandler: ({ response }) => {
      logger.debug('slack request not acknowledged by any listener: answered 200');
      if (!response.headersSent) response.writeHead(200).end();
    },
    // A failure before any listener ran (a request Bolt cannot route) is a 404 for unknown paths,
    // logged at debug level: scanners probing the port are not errors.
    dispatchErrorHandler: ({ error, response }) => {
      const unrouted = (error as { code?: string }).code === ErrorCode.HTTPReceiverDeferredRequestError;
      if (!unrouted) logger.error('slack http request failed', { error });
      if (!response.headersSent) response.writeHead(unrouted ? 404 : 500).end();
    },
  });
  guardRequests(receiver, { eventsPath: EVENTS_PATH, logger });
  return receiver;
}

function socketReceiver(config: SlackConfig, logger: Logger): SocketModeReceiver {
  const receiver = new SocketModeReceiver({
    appToken: config.appToken ?? '',
    logger: boltLogger(logger, 'slack:socket'),
    // The socket client keeps its own patient retry policy for reconnecting after an outage
    // (auth.test already proved the API reachable, and start-up is bounded by connectTimeoutMs).
    installerOptions: { clientOptions: { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), timeout: REQUEST_TIMEOUT_MS } },
  });
  guardSocketEnvelopes(receiver, { logger });
  return receiver;
}

async function listen(app: App, port: number): Promise<import('node:http').Server> {
  try {
    return (await app.start(port)) as import('node:http').Server;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      throw new IcatError('CONFIG_INVALID', `PORT ${port} cannot be used (${code}): choose another PORT, or stop what is using it.`, { cause: error });
    }
    throw error;
  }
}

async function connectSocket(app: App, config: SlackConfig, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new IcatError('PLATFORM_UNREACHABLE', `Socket Mode did not connect within ${Math.round(timeoutMs / 1000)} s: check the network, or SLACK_API_URL if you set it.`)), timeoutMs);
  });
  try {
    await Promise.race([app.start(), deadline]);
  } catch (error) {
    await app.stop().catch(() => {});
    if (error instanceof IcatError) throw error;
    const slackError = (error as { data?: { error?: string } })?.data?.error;
    if (slackError) {
      throw new IcatError('PLATFORM_AUTH', `Slack rejected SLACK_APP_TOKEN (${slackError}): create an app-level token with the connections:write scope under "Basic Information" > "App-Level Tokens".`, { cause: error });
    }
    throw new IcatError('PLATFORM_UNREACHABLE', `Socket Mode could not connect (${(error as Error)?.message ?? error}): check the network${config.apiUrl ? ' and SLACK_API_URL' : ''}.`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** Stops intake first (closes the server or the socket), then lets the replies in flight finish. */
async function stop(app: App, inFlight: InFlight, logger: Logger): Promise<void> {
  try {
    await app.stop();
  } catch (error) {
    logger.warn('slack did not stop cleanly', { error });
  }
  await inFlight.drain();
}
