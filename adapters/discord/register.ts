import { DiscordAPIError, REST, Routes, type APIApplication, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { IcatError } from '../../src/errors.js';
import { allCommands } from './commands.js';
import { DISCORD_DEFAULT_API_URL, type DiscordConfig } from './config.js';

/** Options for {@link registerCommands}. */
export interface RegisterOptions {
  config: DiscordConfig;
  /** The commands to register. Default {@link allCommands} (`/icat` and "Ask ICAT"). */
  commands?: RESTPostAPIApplicationCommandsJSONBody[];
}

/** What was registered, and where. */
export interface RegisterResult {
  /** `guild` when `DISCORD_GUILD_ID` is set (there at once), `global` otherwise (every server, DMs). */
  scope: 'guild' | 'global';
  applicationId: string;
  guildId?: string;
  /** The names of the commands now registered. */
  names: string[];
}

/**
 * Registers the bot's slash commands through Discord's REST API, replacing whatever the
 * application had registered there before. The application id comes from the token itself
 * (`GET /applications/@me`), so no other setting is needed. Rejects with an IcatError naming the
 * variable to fix: DISCORD_TOKEN (refused), DISCORD_GUILD_ID (the bot is not in that server).
 */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const { config, commands = allCommands() } = options;
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  try {
    const application = (await rest.get(Routes.currentApplication())) as APIApplication;
    const route = config.guildId
      ? Routes.applicationGuildCommands(application.id, config.guildId)
      : Routes.applicationCommands(application.id);
    // Install kinds and contexts apply to global commands only; a server's own commands live in that server.
    const body = config.guildId ? commands.map(({ integration_types: _types, contexts: _contexts, ...command }) => command) : commands;
    const registered = (await rest.put(route, { body })) as { name: string }[];
    return {
      scope: config.guildId ? 'guild' : 'global', applicationId: application.id,
      ...(config.guildId ? { guildId: config.guildId } : {}), names: registered.map((command) => command.name),
    };
  } catch (error) {
    throw registrationError(error, config);
  }
}

function registrationError(error: unknown, config: DiscordConfig): IcatError {
  if (error instanceof DiscordAPIError && error.status === 401) {
    return new IcatError('PLATFORM_AUTH', 'Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from the Developer Portal (your application → Bot → Reset Token).', { cause: error });
  }
  if (error instanceof DiscordAPIError && config.guildId && (error.status === 403 || error.status === 404)) {
    return new IcatError('CONFIG_INVALID', `Discord refused to register commands in server DISCORD_GUILD_ID=${config.guildId} (${error.status}): invite the bot to that server with the applications.commands scope (see the README's invite URL), or unset DISCORD_GUILD_ID to register globally.`, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new IcatError('PLATFORM_UNREACHABLE', `Could not register commands at ${config.apiUrl ?? DISCORD_DEFAULT_API_URL}: ${message}. Check the network${config.apiUrl ? ' and DISCORD_API_URL' : ''}.`, { cause: error });
}
