import { isWhitespace } from './whitespace.js';

/**
 * The longest message the bot reads, in characters, after whitespace is tidied. Slack allows
 * 40 000 characters in a message and Discord 4 000; a question is a sentence or two, and the
 * answerer reads only its first 1 000 characters. Capping at the door, before any pattern runs,
 * bounds the work any message can cause, whatever a pattern downstream does.
 */
export const MAX_MESSAGE_LENGTH = 4000;

/** Options for {@link capMessage}. */
export interface CapMessageOptions {
  /** The longest text kept, in characters. Default {@link MAX_MESSAGE_LENGTH}. */
  maxLength?: number;
}

/**
 * Makes any value a bounded, tidy string: every run of whitespace becomes one space, the ends are
 * trimmed, and reading stops once `maxLength` characters are kept. One pass, no pattern, so it is
 * linear in what it reads and never reads past what it keeps plus the whitespace skipped on the
 * way. The core's door ({@link createBot}) and every adapter call it before any other code reads a
 * message, so no pattern downstream ever sees more than the cap.
 *
 * @example capMessage(`about${' '.repeat(100_000)}x`) // 'about x'
 */
export function capMessage(text: unknown, options: CapMessageOptions = {}): string {
  const { maxLength = MAX_MESSAGE_LENGTH } = options;
  const value = typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
  let out = '';
  let i = 0;
  while (i < value.length && out.length < maxLength) {
    const gap = i;
    while (i < value.length && isWhitespace(value.charCodeAt(i))) i++;
    if (i >= value.length) break;
    if (i > gap && out.length > 0) out += ' ';
    const word = i;
    const room = maxLength - out.length;
    while (i < value.length && i - word < room && !isWhitespace(value.charCodeAt(i))) i++;
    out += value.slice(word, i);
  }
  return out.trimEnd();
}
