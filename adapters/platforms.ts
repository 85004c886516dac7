import type { PlatformStarter } from './platform.js';
import { discordPlatform } from './discord/index.js';
import { slackPlatform } from './slack/index.js';

/**
 * The chat platforms `npm start` knows, in start order. Each adapter exports one
 * {@link PlatformStarter}; add it here to make `npm start` use it when it is configured.
 */
export const PLATFORMS: readonly PlatformStarter[] = [slackPlatform, discordPlatform];
