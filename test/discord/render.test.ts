import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DISCORD_CONTENT_LIMIT, NO_PINGS, renderReply } from '../../adapters/discord/index.js';
import type { Reply } from '../../src/reply.js';

function reply(fields: Partial<Reply>): Reply {
  return { kind: 'answer', question: 'a question', answered: true, answer: 'An answer.', sources: [], confidence: 1, suggestions: [], ...fields };
}

describe('Discord rendering: every kind of reply', () => {
  it('shows an answer with its source: title, section, file, and a link when the document has one', () => {
    const { content } = renderReply(reply({ answer: 'ICAT was founded in 2007.', sources: [{ title: 'About ICAT', section: 'History', file: 'knowledge/about.md', url: 'https://icat.un.org/about' }] }), 'mention');
    expect(content).toBe('ICAT was founded in 2007.\n\nSource: [About ICAT — History](<https://icat.un.org/about>) (`knowledge/about.md`)');
  });

  it('lists several sources one per line, without a link when there is no safe address', () => {
    const { content } = renderReply(reply({ sources: [{ title: 'A', file: 'knowledge/a.md' }, { title: 'B', file: 'knowledge/b.md', url: 'javascript:alert(1)' }] }), 'mention');
    expect(content).toContain('Sources:\n• A (`knowledge/a.md`)\n• B (`knowledge/b.md`)');
    expect(content).not.toContain('javascript:');
  });

  it('declines with the topics it could answer instead', () => {
    const { content } = renderReply(reply({ kind: 'declined', answered: false, answer: "I don't know.", suggestions: ['Tell me about the CBSS'] }), 'mention');
    expect(content).toBe("I don't know.\n\nYou could ask about:\n- Tell me about the CBSS");
  });

  it('shows help with example questions and how to ask, in words that fit how it was asked', () => {
    const help = reply({ kind: 'help', answered: false, answer: 'I answer questions. For example:', suggestions: ['Who coordinates ICAT?'] });
    expect(renderReply(help, 'mention').content).toMatch(/^I answer questions\. For example:\n\n- Who coordinates ICAT\?\n\nMention me.*\/icat/);
    expect(renderReply(help, 'command').content).toContain('share:True');
  });

  it.each(['about', 'rate-limited', 'error'] as const)('shows a %s reply as its text', (kind) => {
    expect(renderReply(reply({ kind, answered: false, answer: `The ${kind} text.` }), 'command').content).toBe(`The ${kind} text.`);
  });

  it('puts the question on top of a /icat answer, for the channel that did not see it asked', () => {
    expect(renderReply(reply({ question: 'Who?' }), 'command').content).toBe('> Who?\n\nAn answer.');
    expect(renderReply(reply({ question: 'Who?' }), 'mention').content).toBe('An answer.');
  });
});

describe('Discord rendering: nothing a user or a document writes can ping or break the message', () => {
  it('never allows any mention, and turns off link previews', () => {
    const rendered = renderReply(reply({}), 'mention');
    expect(rendered.allowedMentions).toEqual(NO_PINGS);
    expect(rendered.flags).toBe(4);
  });

  it('shows mentions, broadcasts and Markdown from the text literally, but keeps list lines as a list', () => {
    const { content } = renderReply(reply({
      question: '@everyone **look** <@123>',
      answer: 'Ask @everyone or @here, or <@123>, <@&456>, <#789>: **bold** _it_ `code` ||spoiler|| [link](http://x.test)\n1. first\n- second',
    }), 'command');
    expect(content).not.toMatch(/@(everyone|here)/);
    expect(content).toContain('@\u200beveryone');
    expect(content).not.toMatch(/(^|[^\\])<[@#]/);
    expect(content).toContain('\\*\\*bold\\*\\*');
    expect(content).toContain('\\[link\\](http://x.test)');
    expect(content).toContain('\n1. first\n- second');
  });

  it('does not let a source title close its link early', () => {
    const { content } = renderReply(reply({ sources: [{ title: 'A [B](http://evil.test)', file: 'k.md', url: 'https://x.test/a (b)' }] }), 'mention');
    expect(content).toContain('[A \\[B\\](http://evil.test)](<https://x.test/a%20%28b%29>)');
  });
});

describe('Discord rendering: long replies stay within Discord limits', () => {
  const word = fc.stringMatching(/^[a-z]{1,14}$/);
  const line = fc.array(word, { minLength: 1, maxLength: 60 }).map((words) => words.join(' '));
  const listLine = fc.tuple(fc.integer({ min: 1, max: 99 }), line).map(([n, text]) => `${n}. ${text}`);
  const text = fc.array(fc.oneof(line, listLine), { minLength: 1, maxLength: 40 }).map((lines) => lines.join('\n'));
  const source = fc.record({ title: line, section: fc.option(line, { nil: undefined }), file: fc.constant('knowledge/x.md'), url: fc.option(fc.constant('https://example.org/doc'), { nil: undefined }) });

  it('fits any reply in one message, cutting only between lines or words', () => {
    fc.assert(fc.property(text, fc.array(source, { maxLength: 30 }), fc.array(line, { maxLength: 3 }), fc.constantFrom('answer', 'declined', 'help') as fc.Arbitrary<Reply['kind']>, (answer, sources, suggestions, kind) => {
      const { content } = renderReply(reply({ kind, answer, sources, suggestions, question: answer }), 'command');
      expect(content.length).toBeLessThanOrEqual(DISCORD_CONTENT_LIMIT);
      // A /icat answer or decline opens with the question; help does not.
      const body = content.split('\n\n')[kind === 'help' ? 0 : 1]!.split('\n');
      const original = answer.split('\n');
      body.forEach((shown, i) => {
        if (shown === '…') return;
        if (shown === original[i]) return;
        // Only the last line may be shortened, and only at a word boundary.
        expect(i).toBe(body.length - 1);
        expect(shown.endsWith(' …')).toBe(true);
        expect(`${original[i]} `.startsWith(`${shown.slice(0, -2)} `)).toBe(true);
      });
    }));
  });

  it('never shortens an answer of the core\'s length (600 characters) to make room for sources', () => {
    const answer = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ').slice(0, 600);
    const sources = Array.from({ length: 40 }, (_, i) => ({ title: `A long document title number ${i} `.repeat(8), section: 'Section '.repeat(20), file: `knowledge/doc-${i}.md` }));
    const { content } = renderReply(reply({ answer, sources }), 'command');
    expect(content.length).toBeLessThanOrEqual(DISCORD_CONTENT_LIMIT);
    expect(content).toContain(answer);
    expect(content).toContain('Sources:\n•');
  });
});
