import type { Bot, Platform } from '../../src/bot.js';

/** Options for {@link createQuestionSuggester}. */
export interface SuggesterOptions {
  /** Where the questions are said to come from, for the core's log. Default 'discord'. */
  platform?: Platform;
  /** Most suggestions returned. Default 25 (Discord's autocomplete limit). */
  limit?: number;
  /** Longest suggestion, in characters; longer ones are left out. Default 100 (Discord's limit). */
  maxLength?: number;
  /** Shortest typed text that is tried as a question itself. Default 3. */
  minTyped?: number;
}

const DEFAULTS: Required<SuggesterOptions> = { platform: 'discord', limit: 25, maxLength: 100, minTyped: 3 };

/**
 * Makes a function that suggests questions the knowledge covers while someone types one. Built
 * only on the core's public door: the example questions from a `help` reply (kept until the
 * knowledge changes), the typed text itself when the bot can answer it, and the topics the bot
 * proposes when it cannot. Examples sharing words with the typed text come first. Platform-neutral.
 *
 * The typed text is asked without a user id, so half-typed questions do not use up the person's
 * own rate limit.
 */
export function createQuestionSuggester(bot: Bot, options: SuggesterOptions = {}): (typed: string) => string[] {
  const settings = { ...DEFAULTS, ...options };
  let cached: { version: string; examples: string[] } | undefined;
  const examples = (): string[] => {
    const version = bot.status().version;
    if (cached?.version !== version) cached = { version, examples: bot.handle({ text: 'help', platform: settings.platform }).suggestions };
    return cached.examples;
  };

  return (rawTyped: string): string[] => {
    const typed = rawTyped.replace(/\s+/g, ' ').trim();
    const found: string[] = [];
    if (typed.length >= settings.minTyped) {
      const reply = bot.handle({ text: typed, platform: settings.platform });
      if (reply.kind === 'answer') found.push(typed);
      if (reply.kind === 'declined') found.push(...reply.suggestions);
    }
    found.push(...byOverlap(examples(), typed));
    const unique = [...new Set(found.filter((text) => text.length > 0 && text.length <= settings.maxLength))];
    return unique.slice(0, settings.limit);
  };
}

/** The examples, those sharing the most words (or word beginnings) with the typed text first, in order otherwise. */
function byOverlap(examples: readonly string[], typed: string): string[] {
  const typedWords = wordsOf(typed);
  // A prefix counts, so the word still being typed ("prio…") already matches.
  const matches = (word: string) => typedWords.some((typedWord) => word.startsWith(typedWord));
  const scored = examples.map((example, order) => ({ example, order, score: wordsOf(example).filter(matches).length }));
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map(({ example }) => example);
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 2);
}
