import { MessageFlags, type AutocompleteInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { ERROR_TEXT, type Bot } from '../../src/bot.js';
import type { Logger } from '../../src/log.js';
import { capMessage } from '../../src/text/input-cap.js';
import { ICAT_COMMAND, QUESTION_OPTION, SHARE_OPTION } from './commands.js';
import { NO_PINGS, renderReply } from './render.js';
import { createQuestionSuggester } from './suggestions.js';

/** What {@link createInteractionHandler} needs. */
export interface InteractionHandlerOptions {
  bot: Bot;
  logger: Logger;
}

/** Discord's limit on an autocomplete choice's name and value. */
const CHOICE_LIMIT = 100;

/**
 * Makes the `interactionCreate` listener for `/icat`: answers a question privately (ephemeral)
 * unless `share` is true, shows help when the question is left out, and fills autocomplete with
 * questions the knowledge covers. Never rejects: a failure is logged and the asker gets a short
 * private apology when that is still possible.
 */
export function createInteractionHandler(options: InteractionHandlerOptions): (interaction: Interaction) => Promise<void> {
  const { bot, logger } = options;
  const suggest = createQuestionSuggester(bot);

  const answer = async (interaction: ChatInputCommandInteraction) => {
    const question = capMessage(interaction.options.getString(QUESTION_OPTION));
    const share = interaction.options.getBoolean(SHARE_OPTION) ?? false;
    const reply = bot.handle({ text: question, platform: 'discord', userId: interaction.user.id });
    // Apologies and slow-down notices concern the asker alone, even when they asked to share.
    const ephemeral = !share || reply.kind === 'error' || reply.kind === 'rate-limited';
    const rendered = renderReply(reply, 'command');
    await interaction.reply({ ...rendered, flags: ephemeral ? rendered.flags | MessageFlags.Ephemeral : rendered.flags });
  };

  const complete = async (interaction: AutocompleteInteraction) => {
    const choices = suggest(capMessage(interaction.options.getFocused())).map((text) => ({ name: text.slice(0, CHOICE_LIMIT), value: text.slice(0, CHOICE_LIMIT) }));
    await interaction.respond(choices);
  };

  return async (interaction) => {
    try {
      if (interaction.isChatInputCommand() && interaction.commandName === ICAT_COMMAND) await answer(interaction);
      else if (interaction.isAutocomplete() && interaction.commandName === ICAT_COMMAND) await complete(interaction);
    } catch (error) {
      logger.error('discord: could not answer an interaction', { error, command: 'commandName' in interaction ? interaction.commandName : undefined });
      if (interaction.isChatInputCommand()) await apologise(interaction, logger);
    }
  };
}

/** A short private apology, as a first reply or a follow-up depending on what was already sent. */
async function apologise(interaction: ChatInputCommandInteraction, logger: Logger): Promise<void> {
  const apology = { content: ERROR_TEXT, allowedMentions: NO_PINGS, flags: MessageFlags.Ephemeral } as const;
  try {
    if (interaction.replied || interaction.deferred) await interaction.followUp(apology);
    else await interaction.reply(apology);
  } catch (error) {
    logger.warn('discord: could not send the apology either', { error });
  }
}
