import { webApi } from '@slack/bolt';
import { IcatError } from '../../src/errors.js';
import type { Logger } from '../../src/log.js';
import { boltLogger } from './bolt-logger.js';
import { webClientOptions } from './client-options.js';
import type { SlackConfig } from './config.js';

/** Who the bot token belongs to, as `auth.test` says. */
export interface BotIdentity {
  botUserId: string;
  botId?: string;
  teamId?: string;
  team?: string;
}

/** The longest start-up waits for `auth.test`, in ms, whatever the retry policy does. */
export const AUTH_TEST_DEADLINE_MS = 15_000;

const AUTH_ERRORS = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'team_disabled', 'user_removed_from_team', 'not_allowed_token_type']);

/**
 * Checks `SLACK_BOT_TOKEN` with `auth.test` before anything is served, so a wrong token or an
 * unreachable API is reported at start-up, plainly and within {@link AUTH_TEST_DEADLINE_MS}.
 *
 * @throws IcatError `PLATFORM_AUTH` when Slack rejects the token, `PLATFORM_UNREACHABLE` when the API cannot be reached.
 */
export async function verifyBotToken(config: Pick<SlackConfig, 'botToken' | 'apiUrl'>, logger: Logger, deadlineMs = AUTH_TEST_DEADLINE_MS): Promise<BotIdentity> {
  const api = config.apiUrl ?? 'https://slack.com/api/';
  const client = new webApi.WebClient(config.botToken, { ...webClientOptions(config), logger: boltLogger(logger, 'slack:auth') });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(unreachable(api, `no answer within ${Math.round(deadlineMs / 1000)} s`)), deadlineMs);
  });
  try {
    const result = await Promise.race([client.auth.test(), deadline]);
    if (!result.user_id) throw new IcatError('PLATFORM_AUTH', 'SLACK_BOT_TOKEN is not a bot token (auth.test named no bot user): use the Bot User OAuth Token (xoxb-…).');
    return {
      botUserId: result.user_id,
      ...(result.bot_id ? { botId: result.bot_id } : {}),
      ...(result.team_id ? { teamId: result.team_id } : {}),
      ...(result.team ? { team: result.team } : {}),
    };
  } catch (error) {
    throw explain(error, api);
  } finally {
    clearTimeout(timer);
  }
}

function explain(error: unknown, api: string): IcatError {
  if (error instanceof IcatError) return error;
  const code = (error as { code?: string; data?: { error?: string } })?.code;
  const slackError = (error as { data?: { error?: string } })?.data?.error;
  if (code === webApi.ErrorCode.PlatformError && slackError) {
    if (AUTH_ERRORS.has(slackError)) {
      return new IcatError('PLATFORM_AUTH', `Slack rejected SLACK_BOT_TOKEN (${slackError}): copy the Bot User OAuth Token (xoxb-…) again from "OAuth & Permissions", and reinstall the app if it was revoked.`, { cause: error });
    }
    return new IcatError('PLATFORM_AUTH', `Slack refused auth.test (${slackError}): check SLACK_BOT_TOKEN.`, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return unreachable(api, detail, error);
}

function unreachable(api: string, detail: string, cause?: unknown): IcatError {
  return new IcatError('PLATFORM_UNREACHABLE', `Could not reach the Slack API at ${api} (${detail}): check the network, or SLACK_API_URL if you set it.`, { cause });
}
