import type { RunningPlatform } from '../../adapters/platform.js';
import { startDiscord } from '../../adapters/discord/index.js';
import type { Bot } from '../../src/bot.js';
import { createLogger, type Logger } from '../../src/log.js';
import { shippedBot } from '../helpers/bot.js';
import { FakeDiscord } from './fake-discord.js';

/** A logger that keeps its lines, so a test can see what was logged (and that no secret was). */
export function memoryLogger(secrets: string[] = []): { logger: Logger; lines: () => Record<string, any>[] } {
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', secrets, stream: { write: (line: string) => lines.push(line) } });
  return { logger, lines: () => lines.map((line) => JSON.parse(line)) };
}

/** The real discord.js client, started by the adapter, logged in to a fresh local fake Discord. */
export interface DiscordHarness {
  fake: FakeDiscord;
  running: RunningPlatform;
  logged: () => Record<string, any>[];
  stop(): Promise<void>;
}

/** Starts a fake Discord and the adapter over `bot` (default: the shipped knowledge). */
export async function startHarness(bot?: Bot): Promise<DiscordHarness> {
  const fake = await FakeDiscord.start();
  const { logger, lines } = memoryLogger(['fake-bot-token']);
  try {
    const running = await startDiscord({ bot: bot ?? await shippedBot(), config: { token: 'fake-bot-token', apiUrl: fake.apiUrl }, logger });
    return { fake, running, logged: lines, stop: async () => { await running.stop(); await fake.close(); } };
  } catch (error) {
    await fake.close();
    throw error;
  }
}
