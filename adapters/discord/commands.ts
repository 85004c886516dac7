import {
  ApplicationIntegrationType, InteractionContextType, SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

/** The slash command's name: `/icat`. */
export const ICAT_COMMAND = 'icat';
/** The option holding the question. */
export const QUESTION_OPTION = 'question';
/** The option that makes the answer visible to everyone. */
export const SHARE_OPTION = 'share';
/** The longest question the option accepts (the core reads up to 1000 characters). */
export const MAX_QUESTION_LENGTH = 500;

/**
 * `/icat question:<text> [share:<bool>]`: answers privately unless `share` is true. `question`
 * autocompletes with questions the knowledge covers; leaving it out shows help. Usable in servers
 * and in DMs with the bot.
 */
export function icatCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return new SlashCommandBuilder()
    .setName(ICAT_COMMAND)
    .setDescription('Ask about ICAT, the Inter-Agency Coordination Group Against Trafficking in Persons')
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
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

/** Every command the bot registers, for `npm run discord:register`. */
export function allCommands(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [icatCommand()];
}
