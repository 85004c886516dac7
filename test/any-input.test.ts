import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_LENGTH, type Reply } from '../src/reply.js';
import { shippedBot } from './helpers/bot.js';

const KINDS: Reply['kind'][] = ['answer', 'declined', 'help', 'about', 'rate-limited', 'error'];

function expectWellFormed(reply: Reply): void {
  expect(KINDS).toContain(reply.kind);
  expect(reply.kind).not.toBe('error');
  expect(typeof reply.answer).toBe('string');
  expect(reply.answer.length).toBeGreaterThan(0);
  expect(reply.answer.length).toBeLessThanOrEqual(MAX_ANSWER_LENGTH);
  expect(reply.confidence).toBeGreaterThanOrEqual(0);
  expect(reply.confidence).toBeLessThanOrEqual(1);
  expect(reply.suggestions.length).toBeLessThanOrEqual(3);
  expect(reply.answered).toBe(reply.kind === 'answer');
}

describe('anything a user can type gets a reply, never a crash', () => {
  it('arbitrary text, including every kind of Unicode', async () => {
    const bot = await shippedBot();
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
      expectWellFormed(bot.handle({ text, platform: 'cli' }));
    }), { numRuns: 300 });
  });

  it('arbitrary mixes of knowledge words, question words and punctuation', async () => {
    const bot = await shippedBot();
    const word = fc.constantFrom('who', 'when', 'what', 'is', 'the', 'first', 'ICAT', 'CBSS', 'priority', 'areas', 'UN', 'WHO', 'stand', 'for',
      'six', '2020', '11th', '#0', 'no. 12', '?', '(', ')', '*', '_', '`', '<!channel>', '@everyone', 'Åsa', '🚀', 'co-chair', '--', '\u0000', '\t');
    fc.assert(fc.property(fc.array(word, { maxLength: 25 }), (words) => {
      expectWellFormed(bot.handle({ text: words.join(' '), platform: 'cli' }));
    }), { numRuns: 500 });
  });

  it.each([
    ['empty', ''],
    ['100 KB', 'When did the CBSS join ICAT? '.repeat(3500)],
    ['control characters', 'when\u0000 did\u0007 the\u001b[31m CBSS\r\n join?'],
    ['emoji', '🤔 when did the CBSS join ICAT? 🇪🇺'],
    ['a Slack broadcast', '<!channel> <!here> <@U123ABC> when did the CBSS join?'],
    ['a Discord broadcast', '@everyone @here <@&1234> when did the CBSS join?'],
    ['Markdown', '**When** did _the_ `CBSS` [join](http://x.y)? # ``` > quote'],
  ])('%s', async (_, text) => {
    const bot = await shippedBot();
    const started = performance.now();
    const reply = bot.handle({ text, platform: 'cli' });
    expectWellFormed(reply);
    expect(performance.now() - started).toBeLessThan(500);
    expect(reply.question.length).toBeLessThanOrEqual(1001);
  });

  it('still answers a question wrapped in mentions and markup', async () => {
    const bot = await shippedBot();
    expect(bot.handle({ text: '<!channel> @everyone **when did the CBSS join?**', platform: 'cli' }).answer).toContain('April 2020');
  });
});
