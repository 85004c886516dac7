import { runConsoleChat } from './console/console-chat.js';
import { PLATFORMS } from './platforms.js';
import type { RunningPlatform } from './platform.js';
import { reportFatal, startRuntime } from './project.js';

/**
 * `npm start`: loads the knowledge, then starts every chat platform whose credentials are set
 * (Slack, Discord, or both). With none configured it opens the terminal chat instead.
 */
async function main(): Promise<void> {
  const configured = PLATFORMS.filter((platform) => platform.isConfigured(process.env));
  const secrets = configured.flatMap((platform) => platform.secrets(process.env));
  const { bot, env, logger, knowledge } = await startRuntime({ secrets });
  logger.info('knowledge loaded', { ...knowledge.status });
  if (configured.length === 0) {
    await runConsoleChat({ bot });
    return;
  }
  const running: RunningPlatform[] = [];
  try {
    for (const platform of configured) {
      running.push(await platform.start({ bot, env, logger }));
      logger.info('platform started', { platform: platform.name });
    }
  } catch (error) {
    await Promise.allSettled(running.map((platform) => platform.stop()));
    throw error;
  }
  const shutdown = async (signal: string) => {
    logger.info('shutting down', { signal });
    await Promise.allSettled(running.map((platform) => platform.stop()));
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch(reportFatal);
