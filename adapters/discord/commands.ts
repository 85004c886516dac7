import {
  ApplicationCommandType, ApplicationIntegrationType, ContextMenuCommandBuilder, InteractionContextType, SlashCommandBuilder,
  type RESTPostAPIApplicationCommandsJSONBody, type RESTPostAPIChatInputApplicationCommandsJSONBody, type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';

/** The slash command's name: `/icat`. */
export const ICAT_COMMAND = 'icat';
/** The option holding the question. */
export const QUESTION_OPTION = 'question';
/** The option that makes the answer visible to everyone. */
export const SHARE_OPTION = 'share';
/** The longest question the option accepts (the core reads up to 1000 characters). */
export const MAX_QUESTION_LENGTH = 500;
/** The message context-menu command's name, shown under Apps when right-clicking a message. */
export const ASK_MESSAGE_COMMAND = 'Ask ICAT';

/**
 * Where the commands can be installed: to a server (by its admins) and to a user (for themselves,
 * usable wherever they are), sent explicitly as `integration_types` [0, 1].
 */
export const INTEGRATION_TYPES = [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall] as const;
/**
 * Where the commands can be used: servers, DMs with the bot, and other DMs and group DMs (for a
 * user install), sent explicitly as `contexts` [0, 1, 2].
 */
export const CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel] as const;

/**
 * `/icat question:<text> [share:<bool>]`: answers privately unless `share` is true. `question`
 * autocompletes with questions the knowledge covers; leaving it out shows help. Installable to a
 * server and to a user; usable in servers, DMs with the bot, and other DMs and group DMs.
 */
export function icatCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(ICAT_COMMAND)
    .setDescription('Ask about ICAT, the Inter-Agency Coordination Group Against Trafficking in Persons')
    .setIntegrationTypes(...INTEGRATION_TYPES)
    .setContexts(...CONTEXTS)
    .addStringOption((option) => option
      .setName(QUESTION_OPTION)
      .setDescription('Your question, e.g. "When did the CBSS join ICAT?" (leave empty for help)')
      .setMaxLength(MAX_QUESTION_LENGTH)
      .setAutocomplete(true))
    .addBooleanOption((option) => option
      .setName(SHARE_OPTION)
      .setDescription('Post the answer for everyone in the channel (default: only you see it)'))
    .toJSON();
}

/**
 * "Apps → Ask ICAT" on any message: takes the message's text as the question and answers
 * privately, so someone can ask about what they are reading without retyping it. Installable and
 * usable where `/icat` is.
 */
export function askMessageCommand(): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return new ContextMenuCommandBuilder()
    .setName(ASK_MESSAGE_COMMAND)
    .setType(ApplicationCommandType.Message)
    .setIntegrationTypes(...INTEGRATION_TYPES)
    .setContexts(...CONTEXTS)
    .toJSON();
}

/** Every command the bot registers, for `npm run discord:register`: `/icat` and "Ask ICAT". */
export function allCommands(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [icatCommand(), askMessageCommand()];
}
