import { parseHttpUrl, requireVariable, type Env } from '../../src/config.js';
import { IcatError } from '../../src/errors.js';

/** How the app receives Slack's requests. */
export type SlackMode = 'http' | 'socket';

/** The Slack settings, read once from the environment by {@link readSlackConfig}. */
export interface SlackConfig {
  /** `socket` when `SLACK_APP_TOKEN` is set (no public URL needed), `http` otherwise. */
  mode: SlackMode;
  /** `SLACK_BOT_TOKEN`: the Bot User OAuth Token (`xoxb-…`). Required. */
  botToken: string;
  /** `SLACK_SIGNING_SECRET`: verifies that HTTP requests come from Slack. Required in HTTP mode. */
  signingSecret?: string;
  /** `SLACK_APP_TOKEN`: an app-level token (`xapp-…`) with `connections:write`, for Socket Mode. */
  appToken?: string;
  /** `PORT`: where HTTP mode listens, 0 for any free port. Default 3000. */
  port: number;
  /** `SLACK_API_URL`: the Web API base (GovSlack, a proxy, a test fake), ending in `/`. Default Slack's own. */
  apiUrl?: string;
}

/** The port HTTP mode listens on when `PORT` is not set. */
export const DEFAULT_PORT = 3000;

/**
 * Reads and checks the Slack settings, so a typo is reported at start-up naming the variable
 * to fix rather than as an obscure failure on the first message.
 *
 * @throws IcatError `CONFIG_MISSING` or `CONFIG_INVALID`, naming the variable.
 * @example readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-…', SLACK_SIGNING_SECRET: '…' }).mode // 'http'
 */
export function readSlackConfig(env: Env): SlackConfig {
  const botToken = requireVariable(env, 'SLACK_BOT_TOKEN', 'the Bot User OAuth Token (xoxb-…) from your Slack app\'s "OAuth & Permissions" page');
  checkPrefix('SLACK_BOT_TOKEN', botToken, 'xoxb-', 'the Bot User OAuth Token from "OAuth & Permissions" (not a user token or an app-level token)');
  const appToken = env.SLACK_APP_TOKEN?.trim() || undefined;
  if (appToken) {
    checkPrefix('SLACK_APP_TOKEN', appToken, 'xapp-', 'an app-level token with the connections:write scope, from "Basic Information" > "App-Level Tokens"');
  }
  const mode: SlackMode = appToken ? 'socket' : 'http';
  const signingSecret = mode === 'http'
    ? requireVariable(env, 'SLACK_SIGNING_SECRET', 'the Signing Secret from your Slack app\'s "Basic Information" page (or set SLACK_APP_TOKEN to use Socket Mode)')
    : env.SLACK_SIGNING_SECRET?.trim() || undefined;
  if (signingSecret !== undefined && (/\s/.test(signingSecret) || /^(xox[a-z]|xapp)-/.test(signingSecret))) {
    throw new IcatError('CONFIG_INVALID', 'SLACK_SIGNING_SECRET does not look like a signing secret (it holds spaces or a token): copy the Signing Secret from "Basic Information" > "App Credentials".');
  }
  return {
    mode,
    botToken,
    ...(signingSecret ? { signingSecret } : {}),
    ...(appToken ? { appToken } : {}),
    port: readPort(env.PORT),
    ...(env.SLACK_API_URL?.trim() ? { apiUrl: readApiUrl(env.SLACK_API_URL.trim()) } : {}),
  };
}

/** The values of the Slack secrets present in `env`, so the logger can scrub them. */
export function slackSecrets(env: Env): string[] {
  return ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN']
    .map((name) => env[name]?.trim())
    .filter((value): value is string => Boolean(value));
}

function checkPrefix(name: string, value: string, prefix: string, hint: string): void {
  if (value.startsWith(prefix) && value.length > prefix.length && !/\s/.test(value)) return;
  // Only a token's kind prefix is ever shown: the rest of the value is a secret.
  const kind = /^x[a-z]{2,3}-/.exec(value)?.[0];
  const shown = /\s/.test(value) ? 'it holds spaces' : kind ? `it starts with "${kind}"` : 'it does not';
  throw new IcatError('CONFIG_INVALID', `${name} must start with "${prefix}" but ${shown}: set it to ${hint}.`);
}

function readPort(raw: string | undefined): number {
  const text = raw?.trim();
  if (!text) return DEFAULT_PORT;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) {
    throw new IcatError('CONFIG_INVALID', `PORT must be a whole number from 0 to 65535 (got "${text}"); leave it empty for ${DEFAULT_PORT}.`);
  }
  return port;
}

function readApiUrl(raw: string): string {
  const url = parseHttpUrl('SLACK_API_URL', raw, 'https://slack.com/api/');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
