import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, renderReply } from '../../adapters/slack/render-blocks.js';
import { decodeShareValue, encodeShareValue, MAX_BUTTON_VALUE } from '../../adapters/slack/share-value.js';
import { SeenEvents } from '../../adapters/slack/seen-events.js';
import { silentLogger } from '../../src/log.js';
import { MemoryStore } from '../../src/state/memory-store.js';
import { stripBotMention } from '../../adapters/slack/mrkdwn.js';
import type { Reply } from '../../src/reply.js';
import { markupText, visibleText, type SlackMessageJson } from './helpers/visible-text.js';

const KINDS = ['answer', 'declined', 'help', 'about', 'rate-limited', 'error'] as const;

const anyReply = fc.record({
  kind: fc.constantFrom(...KINDS),
  question: fc.string({ maxLength: 300 }),
  answered: fc.boolean(),
  answer: fc.string({ maxLength: 7000 }),
  sources: fc.array(fc.record({ title: fc.string(), file: fc.string(), section: fc.option(fc.string(), { nil: undefined }), url: fc.option(fc.webUrl(), { nil: undefined }) }), { maxLength: 12 }),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  suggestions: fc.array(fc.string(), { maxLength: 3 }),
}) as fc.Arbitrary<Reply>;

describe('Slack Block Kit renderer', () => {
  it('renders every kind of reply within Block Kit limits, whatever the text', () => {
    fc.assert(fc.property(anyReply, fc.boolean(), (reply, share) => {
      const message = renderReply(reply, { echo: 'you', ...(share ? { shareValue: encodeShareValue(reply) } : {}) });
      expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
      expect(message.text.length).toBeGreaterThan(0);
      for (const block of message.blocks as SlackMessageJson['blocks'] & object) {
        if (block.text) expect(block.text.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
        for (const element of block.elements ?? []) {
          const text = typeof element.text === 'string' ? element.text : element.text?.text ?? '';
          expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
        }
      }
    }));
  });

  it('never lets user or document text form a mention or link: only our own source links use < >', () => {
    fc.assert(fc.property(anyReply, (reply) => {
      const withoutLinks = { ...reply, sources: reply.sources.map(({ url: _url, ...source }) => source) };
      const markup = markupText(renderReply(withoutLinks, { echo: 'you' }) as SlackMessageJson);
      expect(markup).not.toMatch(/[<>]/);
    }));
  });

  it('escapes pings typed anywhere: question, answer, suggestions, source titles and sections', () => {
    const ping = '<!channel> <!here> <@U1> <#C1> <https://evil.example|click>';
    const message = renderReply({
      kind: 'declined', question: ping, answered: false, answer: `I don't know ${ping}`,
      sources: [{ title: ping, file: 'knowledge/x.md', section: ping, url: 'https://example.org/a|<!channel>' }], confidence: 0, suggestions: [ping],
    }, { echo: 'you' });
    const markup = markupText(message as SlackMessageJson);
    expect(markup).not.toMatch(/<!|<@|<#|<https:\/\/evil/);
    expect(visibleText(message as SlackMessageJson)).toContain(`You asked: ${ping}`);
  });

  it('links a source to its document when it has a plain web address', () => {
    const message = renderReply({
      kind: 'answer', question: 'q', answered: true, answer: 'A & B', confidence: 1, suggestions: [],
      sources: [{ title: 'Report <2024>', file: 'knowledge/r.md', section: 'Findings', url: 'https://example.org/r?a=1&b=2' }],
    });
    expect(markupText(message as SlackMessageJson)).toContain('Source: <https://example.org/r?a=1&amp;b=2|Report &lt;2024&gt;> › Findings');
  });

  it('splits a very long answer over several sections at line breaks', () => {
    const lines = Array.from({ length: 200 }, (_, i) => `${i + 1}. ${'item '.repeat(6)}`);
    const message = renderReply({ kind: 'answer', question: 'q', answered: true, answer: lines.join('\n'), sources: [], confidence: 1, suggestions: [] });
    const sections = message.blocks.filter((block) => block.type === 'section') as { text: { text: string } }[];
    expect(sections.length).toBeGreaterThan(1);
    expect(sections.every((section) => section.text.text.split('\n').every((line) => /^\d+\. (item )+$/.test(line)))).toBe(true);
  });
});

describe('Share button value', () => {
  it('carries the reply itself, so sharing shows exactly what the user saw', () => {
    fc.assert(fc.property(anyReply, (reply) => {
      const value = encodeShareValue(reply);
      expect(value.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
      const decoded = decodeShareValue(value);
      if (decoded && 'reply' in decoded) {
        expect(decoded.reply.answer).toBe(reply.answer);
        expect(decoded.reply.sources.map((s) => s.title)).toEqual(reply.sources.map((s) => s.title));
      } else {
        expect(decoded).toEqual({ question: reply.question.slice(0, MAX_BUTTON_VALUE - 20) });
      }
    }));
  });

  it('rejects values it did not write', () => {
    for (const value of [undefined, '', 'not json', '{"v":2,"q":"x"}', '[1,2]', '{"v":1}']) expect(decodeShareValue(value)).toBeUndefined();
  });
});

describe('answered-event store', () => {
  it('claims an event once until it expires, by event id or by message', async () => {
    let now = 0;
    const seen = new SeenEvents({ ttlMs: 1000, store: new MemoryStore({ now: () => now }) });
    expect(await seen.claim('Ev1', 'C1:1.1')).toBe(true);
    expect(await seen.claim('Ev1')).toBe(false);
    expect(await seen.claim('Ev2', 'C1:1.1')).toBe(false);
    now = 1001;
    expect(await seen.claim('Ev1')).toBe(true);
  });

  it('never grows past the bound of its memory store', async () => {
    const store = new MemoryStore({ maxKeys: 100 });
    const seen = new SeenEvents({ store });
    for (let i = 0; i < 1000; i += 1) await seen.claim(`Ev${i}`);
    expect(store.size).toBe(100);
    expect(await seen.claim('Ev999')).toBe(false);
    expect(await seen.claim('Ev0')).toBe(true);
  });

  it('answers (fails open) and logs when the store cannot be reached', async () => {
    const warnings: string[] = [];
    const logger = { ...silentLogger, warn: (message: string) => { warnings.push(message); } };
    const broken = new MemoryStore();
    broken.setIfNotExists = () => Promise.reject(new Error('connection is closed'));
    const seen = new SeenEvents({ store: broken, logger });
    expect(await seen.claim('Ev1')).toBe(true);
    expect(warnings).toEqual(['slack event de-duplication unavailable: answering anyway']);
  });
});

describe('the question in a mention', () => {
  it('is the text without the bot mention, other mentions left as text', () => {
    expect(stripBotMention('<@UBOT> when did the cbss join?', 'UBOT')).toBe('when did the cbss join?');
    expect(stripBotMention('hey <@UBOT|icat> ask <@U2> about ICAT', 'UBOT')).toBe('hey ask <@U2> about ICAT');
    expect(stripBotMention('<@UBOT>', 'UBOT')).toBe('');
  });
});
