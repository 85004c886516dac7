import { createInterface } from 'node:readline';
import { capMessage } from '../../src/text/input-cap.js';
import type { Readable, Writable } from 'node:stream';
import type { Bot } from '../../src/bot.js';
import { renderText } from './render-text.js';

/** Options for {@link runConsoleChat}. */
export interface ConsoleChatOptions {
  /** The bot to ask. Required. */
  bot: Bot;
  /** Where questions are read from. Default `process.stdin`. */
  input?: Readable;
  /** Where answers are written. Default `process.stdout`. */
  output?: Writable;
  /** The prompt shown before each question. Default "icat> ". */
  prompt?: string;
}

/**
 * An interactive chat in the terminal, for trying the bot with no Slack or Discord tokens. Each
 * line is a question; "exit", "quit" or end of input closes it. Streams are injected, so a test
 * drives it with a `Readable` and no side effects leak into the process.
 *
 * @returns a promise that settles when the chat is closed
 */
export function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { bot, input = process.stdin, output = process.stdout, prompt = 'icat> ' } = options;
  const terminal = Boolean((output as { isTTY?: boolean }).isTTY);
  const lines = createInterface({ input, output, prompt, terminal });
  output.write('icat-bot: ask me about ICAT. Type "help" for examples, "exit" to leave.\n');
  lines.prompt();
  let closed = false;
  return new Promise((resolve) => {
    lines.on('line', (line) => {
      if (closed) return;
      const text = capMessage(line);
      if (/^(exit|quit|bye|:q)$/i.test(text)) { closed = true; lines.close(); return; }
      output.write(`${renderText(bot.handle({ text, platform: 'console', userId: 'console' }))}\n\n`);
      lines.prompt();
    });
    lines.on('close', () => { closed = true; output.write('\n'); resolve(); });
  });
}
