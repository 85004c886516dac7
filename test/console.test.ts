import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleChat } from '../adapters/console/console-chat.js';
import { describeAdapterContract } from './adapters/shared-suite.js';
import { shippedBot } from './helpers/bot.js';

/** Runs a whole terminal session: the lines typed, then end of input; returns all that was shown. */
async function session(lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk) => { shown += chunk; });
  const done = runConsoleChat({ bot: await shippedBot(), input, output });
  input.end(lines.map((line) => `${line}\n`).join(''));
  await done;
  return shown;
}

describeAdapterContract('console', async () => ({
  driver: { ask: (question) => session([question]), converse: (questions) => session(questions) },
  stop: async () => {},
}));

describe('terminal chat', () => {
  it('answers each line in turn and stops at "exit" without reading further', async () => {
    const shown = await session(['when did the cbss join?', 'who coordinates icat?', 'exit', 'what fraction of victims are children?']);
    expect(shown).toContain('April 2020');
    expect(shown).toContain('United Nations Office on Drugs and Crime');
    expect(shown).not.toContain('one third');
    expect(shown.match(/icat> /g)?.length).toBe(3);
  });

  it('greets a newcomer with usage and examples instead of an error on an empty line', async () => {
    const shown = await session(['']);
    expect(shown).toContain('Ask a question in plain words');
    expect(shown).toContain('Try:');
  });
});

describe('terminal chat as a conversation', () => {
  it('follows on from the last answer: "what did she say?", then "tell me more"', async () => {
    const shown = await session(['who chaired ICAT in 2020?', 'what did she say?', 'tell me more']);
    expect(shown).toMatch(/\(about Åsa Regn[eé]r\)/);
    expect(shown).toContain('(more from “Statement by ICAT co-chair Åsa Regner, UN Women”)');
    expect(shown).toContain('Ms Regner highlighted');
  });

  it('asks for the name when "she" has nothing to point at', async () => {
    const shown = await session(['what did she say?']);
    expect(shown).toMatch(/I can't tell who “she” means here/);
  });
});
