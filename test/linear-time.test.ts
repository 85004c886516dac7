import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideMessage } from '../adapters/discord/mentions.js';
import { stripBotMention } from '../adapters/slack/mrkdwn.js';
import { parseDocument } from '../src/knowledge/parse-document.js';
import { detectDefinedAbbreviations, detectImpliedAbbreviations } from '../src/search/aliases.js';
import { splitSentences } from '../src/text/sentences.js';
import { shippedBot } from './helpers/bot.js';
import { growth, repeated } from './helpers/growth.js';

/** The shapes that made patterns backtrack: runs of spaces, punctuation, mentions, unclosed Markdown, alias look-alikes. */
const HOSTILE_UNITS = [
  ' ', '\t \n', '!', '.', '?!', '. ', '**a ', '__a ', '*a ', '_a ', '`a ', '<a ', '[a ', '[a](', '![a ', '\\', '# T ', '#',
  '<@UBOT|', '<@UBOT', '<@', '<!channel> ', '@everyone ', '| a ', '- ', '1. ', '> ', 'Alpha Beta (AB) ', '(AB', 'AB ', 'ABCD ',
  'Council of the ', 'Mr. ', 'e.g. ', 'A. ', '“', '"(', 'x', 'about ', 'who ',
];

const shape = fc.record({
  unit: fc.oneof(fc.constantFrom(...HOSTILE_UNITS), fc.string({ minLength: 1, maxLength: 6 })),
  head: fc.constantFrom('', 'about', '/icat ', '<@UBOT> ', '# T', 'Alpha Beta '),
  tail: fc.constantFrom('', 'x', '>', ')', '**', '?', ' CBSS'),
});

/** The shapes the issue measured, always tried first. */
const KNOWN: { examples: [{ unit: string; head: string; tail: string }][] } = {
  examples: [
    [{ head: 'about', unit: ' ', tail: 'x' }], [{ head: '<@UBOT> ', unit: '<@UBOT|', tail: '' }], [{ head: '', unit: '!', tail: '' }],
    [{ head: '# T', unit: ' ', tail: 'x' }], [{ head: '', unit: '**a ', tail: '' }], [{ head: '', unit: '<a ', tail: '' }],
    [{ head: '', unit: '[a ', tail: '' }], [{ head: '', unit: 'Alpha Beta (AB) ', tail: '' }],
  ],
};

/** A time that grows linearly: about 4× for 4× the input (16× would be quadratic), and bounded outright. */
function expectLinear(run: (input: string) => unknown, size: number, boundMs: number): fc.IProperty<[{ unit: string; head: string; tail: string }]> {
  return fc.property(shape, ({ unit, head, tail }) => {
    const { ratio, large } = growth(run, (n) => repeated(unit, n, head, tail), size);
    expect(ratio, `"${head}" + "${unit}"… + "${tail}": ${ratio.toFixed(1)}× for 4× the input`).toBeLessThan(10);
    expect(large, `"${head}" + "${unit}"… + "${tail}" at ${size * 4} characters`).toBeLessThan(boundMs);
  });
}

describe('no message makes the bot work harder than its length', () => {
  it('`about` followed by 100 000 spaces is answered in well under 100 ms, and is not `about`', async () => {
    const bot = await shippedBot();
    const started = performance.now();
    const reply = bot.handle({ text: `/icat about${' '.repeat(100_000)}x`.slice('/icat '.length), platform: 'slack', userId: 'U1' });
    expect(performance.now() - started).toBeLessThan(100);
    expect(reply.kind).not.toBe('about');
  });

  it('a Slack mention of 100 000 characters of `<@UBOT|` is read in well under 100 ms', () => {
    const started = performance.now();
    const question = stripBotMention(`<@UBOT> ${'<@UBOT|'.repeat(100_000 / 7)} when did the CBSS join?`, 'UBOT');
    expect(performance.now() - started).toBeLessThan(100);
    expect(question.endsWith('when did the CBSS join?')).toBe(true);
  });

  it('the core door: any shape, any length, answered in linear (in fact capped) time', async () => {
    const bot = await shippedBot();
    fc.assert(expectLinear((text) => bot.handle({ text, platform: 'cli' }), 25_000, 250), { ...KNOWN, numRuns: 40 });
  });

  it('the Slack and Discord doors: mentions removed in linear time', () => {
    fc.assert(expectLinear((text) => stripBotMention(text, 'UBOT'), 25_000, 250), { ...KNOWN, numRuns: 40 });
    fc.assert(expectLinear((text) => stripBotMention(text, undefined), 25_000, 250), { ...KNOWN, numRuns: 20 });
    fc.assert(expectLinear((content) => decideMessage({ content, fromBot: false, system: false, direct: true, mentionsBot: true, repliesToBot: false }, 'UBOT'), 25_000, 250), { ...KNOWN, numRuns: 20 });
  });
});

describe('no document makes loading work harder than its size', () => {
  it('sentence splitting is linear, a 100 KB run of "!" included', () => {
    fc.assert(expectLinear(splitSentences, 25_000, 500), { ...KNOWN, numRuns: 40 });
  });

  it('abbreviation detection is linear, "Alpha Beta (AB)" repeated and unique codes included', () => {
    fc.assert(expectLinear(detectDefinedAbbreviations, 25_000, 500), { ...KNOWN, numRuns: 30 });
    fc.assert(expectLinear(detectImpliedAbbreviations, 25_000, 500), { ...KNOWN, numRuns: 30 });
    let codes = '';
    for (let i = 0; codes.length < 400_000; i++) codes += `${i.toString(26).toUpperCase().replace(/\d/g, (d) => 'QRSTUVWXYZ'[Number(d)]!).padStart(4, 'A')} `;
    const started = performance.now();
    detectImpliedAbbreviations(codes);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('parsing a knowledge file is linear in its size', () => {
    fc.assert(expectLinear((text) => parseDocument('knowledge/hostile.md', `Some text.\n\n${text}`), 25_000, 1000), { ...KNOWN, numRuns: 40 });
  });
});
