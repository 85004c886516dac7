import {
  MessageFlags, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import { ERROR_TEXT, type Bot } from '../../src/bot.js';
import type { Logger } from '../../src/log.js';
import { capMessage } from '../../src/text/input-cap.js';
import { ASK_MESSAGE_COMMAND, ICAT_COMMAND, QUESTION_OPTION, SHARE_OPTION } from './commands.js';
import { FEEDBACK_PREFIX, NO_PINGS, renderReply } from './render.js';
import { parseVoteValue, type Feedback } from '../../src/feedback/feedback.js';
import { createQuestionSuggester } from './suggestions.js';

/** What {@link createInteractionHandler} needs. */
export interface InteractionHandlerOptions {
  bot: Bot;
  logger: Logger;
  /** Thumbs up/down under answers. Default: no buttons. */
  feedback?: Feedback;
}

/** The private reply to "Ask ICAT" on a message with no text (only an image, an embed or a sticker). */
export const NO_TEXT_TEXT = 'That message has no text I can read as a question. Try `/icat question:` and type it.';

/** Discord's limit on an autocomplete choice's name and value. */
const CHOICE_LIMIT = 100;

/**
 * Makes the `interactionCreate` listener for `/icat`: answers a question privately (ephemeral)
 * unless `share` is true, shows help when the question is left out, and fills autocomplete with
 * questions the knowledge covers. Also answers "Apps → Ask ICAT" on a message (privately, with
 * the message's text as the question) and the feedback buttons under answers. Never rejects: a failure is logged and the asker gets a short
 * private apology when that is still possible.
 */
export function createInteractionHandler(options: InteractionHandlerOptions): (interaction: Interaction) => Promise<void> {
  const { bot, logger, feedback } = options;
  const suggest = createQuestionSuggester(bot);

  const answer = async (interaction: ChatInputCommandInteraction) => {
    const question = capMessage(interaction.options.getString(QUESTION_OPTION));
    const share = interaction.options.getBoolean(SHARE_OPTION) ?? false;
    const reply = await bot.ask({ text: question, platform: 'discord', userId: interaction.user.id });
    // Apologies, slow-down notices and the safeguarding reply concern the asker alone, even when they asked to share.
    const ephemeral = !share || reply.kind === 'error' || reply.kind === 'rate-limited' || reply.kind === 'safeguarding';
    const feedbackId = await feedback?.remember(reply, 'discord');
    const rendered = renderReply(reply, 'command', feedbackId ? { feedbackId } : {});
    await interaction.reply({ ...rendered, flags: ephemeral ? rendered.flags | MessageFlags.Ephemeral : rendered.flags });
  };

  /** "Apps → Ask ICAT" on a message: its text is the question, and the answer is for the asker alone. */
  const askAbout = async (interaction: MessageContextMenuCommandInteraction) => {
    const question = interaction.targetMessage.content?.trim() ?? '';
    if (!question) {
      await interaction.reply({ content: NO_TEXT_TEXT, allowedMentions: NO_PINGS, flags: MessageFlags.Ephemeral });
      return;
    }
    const reply = await bot.ask({ text: question, platform: 'discord', userId: interaction.user.id });
    const feedbackId = await feedback?.remember(reply, 'discord');
    const rendered = renderReply(reply, 'command', feedbackId ? { feedbackId } : {});
    await interaction.reply({ ...rendered, flags: rendered.flags | MessageFlags.Ephemeral });
  };

  const vote = async (interaction: ButtonInteraction) => {
    const parsed = parseVoteValue(interaction.customId.slice(FEEDBACK_PREFIX.length));
    if (!parsed || !feedback) return;
    const acknowledgement = await feedback.vote(parsed.answerId, parsed.vote, `discord:${interaction.user.id}`, 'discord');
    const rendered = renderReply(acknowledgement, 'command');
    await interaction.reply({ ...rendered, flags: rendered.flags | MessageFlags.Ephemeral });
  };

  const complete = async (interaction: AutocompleteInteraction) => {
    const choices = suggest(capMessage(interaction.options.getFocused())).map((text) => ({ name: text.slice(0, CHOICE_LIMIT), value: text.slice(0, CHOICE_LIMIT) }));
    await interaction.respond(choices);
  };

  return async (interaction) => {
    try {
      if (interaction.isChatInputCommand() && interaction.commandName === ICAT_COMMAND) await answer(interaction);
      else if (interaction.isAutocomplete() && interaction.commandName === ICAT_COMMAND) await complete(interaction);
      else if (interaction.isMessageContextMenuCommand() && interaction.commandName === ASK_MESSAGE_COMMAND) await askAbout(interaction);
      else if (interaction.isButton() && interaction.customId.startsWith(FEEDBACK_PREFIX)) await vote(interaction);
    } catch (error) {
      logger.error('discord: could not answer an interaction', { error, command: 'commandName' in interaction ? interaction.commandName : undefined });
      if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) await apologise(interaction, logger);
    }
  };
}

/** A short private apology, as a first reply or a follow-up depending on what was already sent. */
async function apologise(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction, logger: Logger): Promise<void> {
  const apology = { content: ERROR_TEXT, allowedMentions: NO_PINGS, flags: MessageFlags.Ephemeral } as const;
  try {
    if (interaction.replied || interaction.deferred) await interaction.followUp(apology);
    else await interaction.reply(apology);
  } catch (error) {
    logger.warn('discord: could not send the apology either', { error });
  }
}
