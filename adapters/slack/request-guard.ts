import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { App, HTTPReceiver } from '@slack/bolt';
import type { Logger } from '../../src/log.js';

/**
 * The largest request body accepted, in bytes. Slack's own payloads (events, slash commands,
 * interactivity) are a few kilobytes; Bolt's default of 4 MB let 250 concurrent unsigned requests
 * hold 500 MB before any signature was checked.
 */
export const SLACK_BODY_LIMIT_BYTES = 256 * 1024;

/** Options for {@link guardRequests}. */
export interface RequestGuardOptions {
  /** The path Slack posts to; only requests there are buffered and checked. Required. */
  eventsPath: string;
  /** Where refused requests are logged (never with their body). Required. */
  logger: Logger;
  /** The largest body accepted, in bytes. Default {@link SLACK_BODY_LIMIT_BYTES}. */
  bodyLimitBytes?: number;
}

/**
 * Puts a guard in front of Bolt's HTTP receiver, for what Bolt does not survive or handles badly:
 * - a request target that is not a URL (`GET //[`) gets 400, not 500;
 * - a body over the limit gets 413 as soon as its size is known, before more of it is read;
 * - a body that parses to something other than an object (JSON `null`, `payload=null`) gets 400
 *   before Bolt reads it (Bolt throws reading `null.ssl_check` outside any handler, and the
 *   process died).
 *
 * The body read here is handed to Bolt as already buffered, so Bolt still checks the signature
 * on exactly these bytes and parses them as before.
 */
export function guardRequests(receiver: HTTPReceiver, options: RequestGuardOptions): void {
  const { eventsPath, logger, bodyLimitBytes = SLACK_BODY_LIMIT_BYTES } = options;
  const boltListener: RequestListener = receiver.requestListener;
  receiver.requestListener = (request, response) => {
    let path: string;
    try {
      path = new URL(request.url ?? '/', 'http://localhost').pathname;
    } catch {
      logger.debug('http request refused: malformed request target');
      return void reply(response, 400);
    }
    if (path !== eventsPath || request.method !== 'POST') return boltListener(request, response);
    readBody(request, bodyLimitBytes).then((body) => {
      if (body === 'too large') {
        logger.warn('slack request refused: body larger than the limit', { limitBytes: bodyLimitBytes });
        return void reply(response, 413, true);
      }
      if (!bodyIsObject(body, request.headers['content-type'])) {
        logger.warn('slack request refused: its body is not an object');
        return void reply(response, 400);
      }
      Object.assign(request, { rawBody: body });
      boltListener(request, response);
    }, (error: unknown) => {
      logger.debug('slack request body could not be read', { error });
      reply(response, 400, true);
    });
  };
}

/**
 * Makes the app acknowledge at once (200, with a debug line) the signed requests it has no
 * listener type for, such as Slack's `app_rate_limited` notice: Bolt otherwise lets them wait 3 s
 * and answers 404 with an error line.
 */
export function acknowledgeUnhandledTypes(app: App, logger: Logger): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = async (event) => {
    const body = event.body as Record<string, unknown>;
    if (!hasListenerType(body)) {
      logger.debug('slack request of a type the app does not handle: acknowledged', { type: typeof body.type === 'string' ? body.type.slice(0, 60) : undefined });
      await event.ack();
      return;
    }
    await processEvent(event);
  };
}

/** The request shapes Bolt routes to listeners (mirrors Bolt's own `getTypeAndConversation`). */
function hasListenerType(body: Record<string, unknown>): boolean {
  return body.event !== undefined || body.command !== undefined || body.name !== undefined || body.actions !== undefined
    || ['block_suggestion', 'dialog_submission', 'shortcut', 'message_action', 'view_submission', 'view_closed'].includes(body.type as string);
}

/** Reads the body up to `limit` bytes; refuses at once when `content-length` already says more. */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too large'> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('too large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.pause();
        resolve('too large');
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Parses the body as Bolt will (form with or without `payload`, else JSON); true unless it parses to a non-object. */
function bodyIsObject(body: Buffer, contentType: string | undefined): boolean {
  try {
    const text = body.toString();
    let parsed: unknown;
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = parseQuery(text);
      parsed = typeof form.payload === 'string' ? JSON.parse(form.payload) : form;
    } else {
      parsed = JSON.parse(text);
    }
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    // Not parseable at all: Bolt answers that itself (401 unsigned, 400 malformed).
    return true;
  }
}

/** Ends a refused request; `close` drops the connection so an unread body is not read on. */
function reply(response: ServerResponse, status: number, close = false): void {
  if (response.headersSent) return;
  response.writeHead(status, close ? { connection: 'close' } : {});
  response.end();
}
