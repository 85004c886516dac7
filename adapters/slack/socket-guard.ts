import type { SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../src/log.js';

/** Options for {@link guardSocketEnvelopes}. */
export interface SocketGuardOptions {
  /** Where dropped envelopes are logged (their type and id, never their payload). Required. */
  logger: Logger;
}

/** What the guard decided about one WebSocket message. */
type EnvelopeCheck =
  | { kind: 'forward' }
  | { kind: 'drop'; reason: string; envelopeId?: string; type?: string };

/** The event the Socket Mode client emits for each raw WebSocket message (`@slack/socket-mode` 2.x and 3.x). */
const RAW_MESSAGE_EVENT = 'ws_message';

/** Envelopes Slack sends to manage the connection; they carry no payload. */
const CONTROL_TYPES = new Set(['hello', 'disconnect']);

/**
 * Puts a guard in front of the Socket Mode client, the Socket Mode twin of the HTTP receiver's
 * body guard. An envelope whose `payload` is not an object (`null`, a string, an array, a number),
 * or an `events_api` envelope whose `payload.event` is not, made the client throw reading
 * `payload.event.type` outside any handler, or reached Bolt and failed there unacknowledged, so
 * Slack sent it again. Such an envelope is now acknowledged (Slack expects every envelope
 * acknowledged, and redelivers those that are not) and dropped with a warning; a message that is not
 * an envelope at all is dropped with a warning. Well-formed messages go on to the client untouched.
 *
 * The guard replaces the client's own raw-message listener, which it then calls. If a future
 * `@slack/socket-mode` no longer has exactly one such listener, nothing is replaced and a warning
 * says so: the process guard still keeps the bot up, but malformed envelopes are then logged as
 * errors.
 */
export function guardSocketEnvelopes(receiver: SocketModeReceiver, options: SocketGuardOptions): void {
  const { logger } = options;
  const client = receiver.client;
  const listeners = client.listeners(RAW_MESSAGE_EVENT);
  const clientListener = listeners[0] as ((data: unknown, isBinary: boolean) => Promise<void>) | undefined;
  if (listeners.length !== 1 || !clientListener) {
    logger.warn('slack socket guard not installed: this @slack/socket-mode version has no single raw message listener; check adapters/slack/socket-guard.ts against it');
    return;
  }
  client.removeListener(RAW_MESSAGE_EVENT, clientListener);
  client.on(RAW_MESSAGE_EVENT, (data: unknown, isBinary: boolean) => {
    const check = isBinary ? { kind: 'forward' as const } : checkEnvelope(data);
    if (check.kind === 'drop') {
      logger.warn(`slack socket envelope dropped: ${check.reason}`, { type: check.type, envelopeId: check.envelopeId?.slice(0, 100) });
      if (check.envelopeId !== undefined) acknowledge(client, check.envelopeId, logger);
      return;
    }
    clientListener.call(client, data, isBinary).catch((error: unknown) => {
      logger.error('slack socket message failed', { error });
    });
  });
}

/**
 * Decides whether one raw Socket Mode message can go on to the client: control messages and
 * envelopes whose payload is an object can, anything else is dropped. Text that is not JSON is
 * forwarded, since the client already ignores it with a debug line.
 *
 * @example checkEnvelope('{"envelope_id":"e1","type":"events_api","payload":null}')
 *   // { kind: 'drop', reason: 'its payload is not an object', envelopeId: 'e1', type: 'events_api' }
 */
function checkEnvelope(data: unknown): EnvelopeCheck {
  let envelope: unknown;
  try {
    envelope = JSON.parse(typeof data === 'string' ? data : new TextDecoder().decode(data as ArrayBuffer));
  } catch {
    return { kind: 'forward' };
  }
  if (!isObject(envelope)) return { kind: 'drop', reason: 'the message is not an envelope object' };
  const type = typeof envelope.type === 'string' ? envelope.type.slice(0, 60) : undefined;
  if (type !== undefined && CONTROL_TYPES.has(type)) return { kind: 'forward' };
  const ids = {
    ...(typeof envelope.envelope_id === 'string' ? { envelopeId: envelope.envelope_id } : {}),
    ...(type !== undefined ? { type } : {}),
  };
  if (!isObject(envelope.payload)) return { kind: 'drop', reason: 'its payload is not an object', ...ids };
  if (type === 'events_api' && !isObject(envelope.payload.event)) return { kind: 'drop', reason: 'its event is not an object', ...ids };
  return { kind: 'forward' };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sends the empty acknowledgement Bolt sends for an envelope no listener handles. */
function acknowledge(client: SocketModeReceiver['client'], envelopeId: string, logger: Logger): void {
  // `send` is private in the client's types but is the method its own `ack` uses.
  const send = (client as unknown as { send?: (id: string) => Promise<void> }).send;
  if (typeof send !== 'function') return;
  send.call(client, envelopeId).catch((error: unknown) => {
    logger.debug('slack socket envelope could not be acknowledged', { error, envelopeId });
  });
}
