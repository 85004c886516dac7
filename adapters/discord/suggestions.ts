import type { Bot } from '../../src/bot.js';

/** Options for {@link createQuestionSuggester}. */
export interface SuggesterOptions {
  /** Most suggestions returned. Default 25 (Discord's autocomplete limit). */
  limit?: number;
  /** Longest suggestion, in characters; longer ones are left out. Default 100 (Discord's limit). */
  maxLength?: number;
}

const DEFAULTS: Required<SuggesterOptions> = { limit: 25, maxLength: 100 };

/**
 * Makes a function that suggests questions the knowledge covers while someone types one: the
 * core's topics (example questions, then one per section), read once per knowledge version (so an
 * edit to the knowledge shows up), those sharing words or word beginnings with the typed text first.
 *
 * The typed text itself is never sent to the core: half-typed questions would otherwise be
 * logged as questions, recorded as unanswered, and count against the person's rate limit.
 */
export function createQuestionSuggester(bot: Bot, options: SuggesterOptions = {}): (typed: string) => string[] {
  const settings = { ...DEFAULTS, ...options };
  let cached: { version: string; examples: string[] } | undefined;
  const examples = (): string[] => {
    const version = bot.status().version;
    if (cached?.version !== version) {
      const suggestions = bot.topics();
      cached = { version, examples: [...new Set(suggestions.filter((text) => text.length > 0 && text.length <= settings.maxLength))] };
    }
    return cached.examples;
  };
  return (typed: string): string[] => rankByOverlap(examples(), typed).slice(0, settings.limit);
}

/** The examples, those sharing the most words (or word beginnings) with the typed text first, in order otherwise. */
function rankByOverlap(examples: readonly string[], typed: string): string[] {
  const typedWords = wordsOf(typed);
  // A prefix counts, so the word still being typed ("prio…") already matches.
  const matches = (word: string) => typedWords.some((typedWord) => word.startsWith(typedWord));
  const scored = examples.map((example, order) => ({ example, order, score: wordsOf(example).filter(matches).length }));
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map(({ example }) => example);
}

/** Words that say nothing about the topic, so sharing them does not make an example relevant. */
const QUESTION_WORDS = new Set(['what', 'when', 'where', 'which', 'whom', 'whose', 'does', 'did', 'are', 'the', 'and', 'for', 'with', 'from', 'that', 'this', 'have', 'has', 'was', 'were', 'about', 'tell', 'how', 'who', 'why']);

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1 && !QUESTION_WORDS.has(word));
}
