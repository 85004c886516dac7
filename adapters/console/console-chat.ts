import { createInterface } from 'node:readline';
import { capMessage } from '../../src/text/input-cap.js';
import type { Readable, Writable } from 'node:stream';
import type { Bot } from '../../src/bot.js';
import { ConversationStore } from '../../src/conversation/conversation-store.js';
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
  /**
   * Where the chat's earlier turns are kept, so "what did she say?" follows on from the last
   * answer. Default a new in-memory {@link ConversationStore}: the chat remembers as long as it runs.
   */
  conversations?: ConversationStore;
}

/** The one conversation of a terminal chat. */
const CONVERSATION_KEY = 'console';

/**
 * An interactive chat in the terminal, for trying the bot with no Slack or Discord tokens. Each
 * line is a question, answered in the light of the earlier ones (follow-ups such as "what did she
 * say?" or "tell me more" work); "exit", "quit" or end of input closes it. Streams are injected,
 * so a test drives it with a `Readable` and no side effects leak into the process.
 *
 * @returns a promise that settles when the chat is closed
 */
export function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const { bot, input = process.stdin, output = process.stdout, prompt = 'icat> ', conversations = new ConversationStore() } = options;
  const terminal = Boolean((output as { isTTY?: boolean }).isTTY);
  const lines = createInterface({ input, output, prompt, terminal });
  output.write('icat-bot: ask me about ICAT. Type "help" for examples, "exit" to leave.\n');
  lines.prompt();
  let closed = false;
  // Lines are answered one after another, in order, even though remembering a turn is asynchronous.
  let answering = Promise.resolve();
  const answer = async (line: string) => {
    if (closed) return;
    const text = capMessage(line);
    if (/^(exit|quit|bye|:q)$/i.test(text)) { closed = true; lines.close(); return; }
    const conversation = await conversations.turns(CONVERSATION_KEY);
    const reply = bot.handle({ text, platform: 'console', userId: 'console', conversation });
    await conversations.record(CONVERSATION_KEY, reply);
    output.write(`${renderText(reply)}\n\n`);
    lines.prompt();
  };
  return new Promise((resolve) => {
    lines.on('line', (line) => { answering = answering.then(() => answer(line)); });
    lines.on('close', () => {
      closed = true;
      void answering.then(() => { output.write('\n'); resolve(); });
    });
  });
}
