import type { webApi } from '@slack/bolt';
import type { SlackConfig } from './config.js';

/** How long one Web API or `response_url` request may take before it is abandoned, in ms. */
export const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Retries of a failed Web API call: two, within a few seconds. Bolt's default policy
 * (ten retries over about thirty minutes) would keep a reply, or start-up, hanging for half an
 * hour when Slack is unreachable; a chat answer that late is worthless anyway.
 */
export const RETRY_CONFIG = { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 1_000, maxRetryTime: 5_000 } as const;

/**
 * The options of every Slack Web API client the adapter makes: the API address from
 * `SLACK_API_URL`, bounded retries, a per-request timeout, and a `fetch` that also bounds the
 * `response_url` requests Bolt's `respond()` makes.
 */
export function webClientOptions(config: Pick<SlackConfig, 'apiUrl'>): webApi.WebClientOptions {
  return {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: { ...RETRY_CONFIG },
    timeout: REQUEST_TIMEOUT_MS,
    fetch: boundedFetch,
  };
}

/** `fetch` with {@link REQUEST_TIMEOUT_MS} applied when the caller set no signal of its own. */
export const boundedFetch: typeof fetch = (input, init) =>
  fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
