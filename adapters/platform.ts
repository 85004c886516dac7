import type { IncomingMessage as HttpRequest, ServerResponse } from 'node:http';
import type { Bot } from '../src/bot.js';
import type { Env } from '../src/config.js';
import type { Feedback } from '../src/feedback/feedback.js';
import type { Logger } from '../src/log.js';
import type { StateStore } from '../src/state/state-store.js';

/** A chat platform as `npm start` sees it: whether it is configured, and how to start it. */
export interface PlatformStarter {
  /** Shown in logs, e.g. "slack". */
  name: string;
  /** True when the environment holds this platform's credentials (it then must start or fail loudly). */
  isConfigured(env: Env): boolean;
  /** The values of this platform's secrets in the environment, to scrub from logs. */
  secrets(env: Env): string[];
  /**
   * Checks the platform's settings without connecting, throwing an IcatError that names the
   * variable to fix. Called before the knowledge is loaded, so a typo is reported at once.
   */
  checkSettings(env: Env): void;
  /**
   * Connects the platform to the bot. Rejects with an IcatError that names the variable to fix
   * (missing or malformed setting, invalid token, unreachable API); never hangs.
   */
  start(context: PlatformContext): Promise<RunningPlatform>;
}

/** What a platform is started with. */
export interface PlatformContext {
  bot: Bot;
  env: Env;
  logger: Logger;
  /**
   * Extra HTTP routes (such as `GET /healthz`) that a platform serving HTTP must mount on its
   * server, beside its own. Same shape as Bolt's `CustomRoute`. Default: none.
   */
  extraRoutes?: HttpRoute[];
  /**
   * The state shared with other replicas (event de-duplication, the conversations of threads and
   * DMs). Default: a store in this process's memory.
   */
  state?: StateStore;
  /** Thumbs up/down under answers. Default: each platform acknowledges votes but records none. */
  feedback?: Feedback;
}

/** An extra HTTP route a platform's server mounts. */
export interface HttpRoute {
  path: string;
  method: 'GET' | 'HEAD' | 'POST';
  handler(request: HttpRequest, response: ServerResponse): void;
}

/** A platform that is up. */
export interface RunningPlatform {
  name: string;
  /** Stops taking new messages, lets in-flight replies finish, and disconnects. */
  stop(): Promise<void>;
  /**
   * How many replies were promised (the message acknowledged) but not yet sent, so a shutdown
   * that runs out of time can log how many it abandoned. Optional: platforms that answer inside
   * the acknowledgement have none.
   */
  pendingReplies?(): number;
}
