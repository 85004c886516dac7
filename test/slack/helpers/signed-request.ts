import { createHmac } from 'node:crypto';

/** The signing secret the tests' Slack apps use. */
export const SIGNING_SECRET = 'test-signing-secret-1234567890abcdef';

/** Slack's request signature: v0 HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Options for {@link postToSlackApp}. */
export interface SignedPostOptions {
  /** The secret to sign with. Default {@link SIGNING_SECRET}; another one forges the request. */
  secret?: string;
  /** Unix seconds. Default now; one older than five minutes is stale. */
  timestamp?: number;
  /** Extra headers, such as `x-slack-retry-num`. */
  headers?: Record<string, string>;
}

/** What the app answered. */
export interface SlackAppResponse {
  status: number;
  /** The raw body (the slash command's answer, as Slack would receive it). */
  text: string;
  elapsedMs: number;
}

/** POSTs a body to the app, signed exactly as Slack signs it. */
export async function postToSlackApp(url: string, body: string, contentType: string, options: SignedPostOptions = {}): Promise<SlackAppResponse> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(options.secret ?? SIGNING_SECRET, timestamp, body),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, elapsedMs: performance.now() - started };
}

/** A `/icat` slash command as Slack posts it (form-encoded). */
export function commandBody(text: string, fields: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'legacy-verification-token', team_id: 'T1', team_domain: 'test', channel_id: 'C1', channel_name: 'general',
    user_id: 'U123', user_name: 'ada', command: '/icat', text, api_app_id: 'A1', trigger_id: '1.2.3',
    response_url: 'http://127.0.0.1:9/unused', ...fields,
  }).toString();
}

/** An Events API callback as Slack posts it (JSON). */
export function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy-verification-token', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId,
    event_time: Math.floor(Date.now() / 1000), authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }], event,
  });
}

/** An interactivity payload (a button click) as Slack posts it: form-encoded `payload=<json>`. */
export function actionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
