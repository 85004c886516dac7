import { describe, expect, it } from 'vitest';
import { decideMessage, type MessageFacts } from '../../adapters/discord/mentions.js';

const BOT = '111111111111111111';
const base: MessageFacts = { content: '', fromBot: false, system: false, direct: false, mentionsBot: false, repliesToBot: false };
const decide = (facts: Partial<MessageFacts>) => decideMessage({ ...base, ...facts }, BOT);

describe('which messages are questions for the bot', () => {
  it('takes the text around its mention as the question, in either mention form', () => {
    expect(decide({ content: `<@${BOT}> when did the CBSS join?`, mentionsBot: true })).toEqual({ answer: true, question: 'when did the CBSS join?' });
    expect(decide({ content: `so <@!${BOT}>,  who   coordinates ICAT?`, mentionsBot: true })).toEqual({ answer: true, question: 'so , who coordinates ICAT?' });
  });

  it('answers any direct message and a reply to its own answer', () => {
    expect(decide({ content: 'who coordinates ICAT?', direct: true })).toEqual({ answer: true, question: 'who coordinates ICAT?' });
    expect(decide({ content: 'and the CBSS?', repliesToBot: true })).toEqual({ answer: true, question: 'and the CBSS?' });
  });

  it('does not answer an empty reply (its text is hidden without the Message Content intent)', () => {
    expect(decide({ content: '', repliesToBot: true })).toEqual({ answer: false });
  });

  it('ignores bots, system messages and messages not addressed to it', () => {
    expect(decide({ content: `<@${BOT}> hi`, mentionsBot: true, fromBot: true })).toEqual({ answer: false });
    expect(decide({ content: 'welcome!', direct: true, system: true })).toEqual({ answer: false });
    expect(decide({ content: '@everyone when did the CBSS join?' })).toEqual({ answer: false });
  });
});
