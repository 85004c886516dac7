import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../src/knowledge/parse-body.js';
import { parseDocument } from '../src/knowledge/parse-document.js';

/** Pieces of lines that exercise every rule the shortcut for plain text relies on. */
const PIECE = fc.constantFrom(
  'Word', 'text', ' ', '  ', '   - ', '    ', '\t', '- ', '* ', '+ ', '1. ', '2) ', '10. ', '1. x', '- x', '  1. ', '# ', '## ', '### x ##', '#', '#x',
  '> ', '**', '_', '`', '!', '=', '===', '---', '***', '|', ' | ', 'a|b', '&amp;', '\\', 'x', '1.', '-', '2020.', '"', '(', ')',
);
const LINE = fc.array(PIECE, { maxLength: 8 }).map((pieces) => pieces.join(''));
const DOCUMENT = fc.array(fc.oneof(LINE, fc.constant(''), fc.constant('')), { maxLength: 14 }).map((lines) => lines.join('\n'));

describe('reading Markdown', () => {
  it('gives the blocks micromark gives, whether or not plain text takes the shortcut', () => {
    fc.assert(fc.property(DOCUMENT, fc.boolean(), (body, plainHeadings) => {
      expect(parseBody(body, { plainHeadings })).toEqual(parseBody(body, { plainHeadings, parseWhole: true }));
    }), { numRuns: 5_000 });
  });

  it('reads what follows a run ending in indented code as micromark does (a counterexample fast-check found)', () => {
    const body = '****\n\tWord\n\n10. ';
    expect(parseBody(body)).toEqual(parseBody(body, { parseWhole: true }));
  });

  it('reads a typical knowledge file into headings, paragraphs, lists and table rows', () => {
    const body = [
      '# Plenary meetings', '', 'The plenary meets **once a year**, in [Vienna](https://example.org).', 'It lasts two days.', '',
      '## Agenda', '', '1. Opening', '2. Reports from the', '   working groups', '', '- Any other business', '',
      '| Year | City |', '| --- | --- |', '| 2024 | Vienna |', '', '> Quoted: the chair said “welcome”.',
    ].join('\n');
    expect(parseBody(body)).toEqual({
      firstHeading: 'Plenary meetings',
      blocks: [
        { type: 'paragraph', text: 'The plenary meets once a year, in Vienna. It lasts two days.', line: 3 },
        { type: 'list', items: ['Opening', 'Reports from the working groups', 'Any other business'], ordered: true, section: 'Agenda', line: 8 },
        { type: 'paragraph', text: 'Year: 2024; City: Vienna', tableRow: true, section: 'Agenda', line: 16 },
        { type: 'paragraph', text: 'Quoted: the chair said “welcome”.', section: 'Agenda', line: 18 },
      ],
    });
  });
});

/** Pieces of prose with every inline mark, bare and escaped, and the constructs they open. */
const MARKED_PIECE = fc.constantFrom(
  'word', ' ', '  ', '*', '**', '_', '__', '[', ']', '[a](b)', '![i](j)', '`a`', '` b', '<', '<b>', '</b>', '<http://x.org>', '&', '&amp;', '&#42;',
  '\\', '\\*', '\\_', '\\\\', '\\|', '\\!', '\\#', '\\a', '!', '|', 'a|b', '#', '(', ')', '"', '1.', '-',
);
/** A line inside a paragraph: it opens with a word, so it starts no block of its own. */
const MARKED_LINE = fc.array(MARKED_PIECE, { minLength: 1, maxLength: 10 }).map((pieces) => `w ${pieces.join('')}`);

/** The line as its writer would write it to say "these are just characters": each mark escaped. */
function escapedByHand(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    const next = line[i + 1];
    if (char === '\\' && next !== undefined && /[!-/:-@[-`{-~]/.test(next)) { out += char + next; i++; }
    else if (char === '\\' && next === undefined) out += char;
    else out += '*_[]`<&\\'.includes(char) ? `\\${char}` : char;
  }
  return out;
}

describe('a paragraph with more inline marks than the cap', () => {
  it('reads each mark past the cap as if its writer had escaped it', () => {
    fc.assert(fc.property(fc.array(MARKED_LINE, { minLength: 1, maxLength: 6 }), (lines) => {
      const capped = parseDocument('notes.md', `The plenary meets in Vienna every year, in October.\n${lines.join('\n')}\n`, { caps: { maxDelimiters: 0 } });
      const escaped = parseDocument('notes.md', `The plenary meets in Vienna every year, in October.\n${lines.map(escapedByHand).join('\n')}\n`, { caps: { maxDelimiters: Infinity } });
      expect(capped.blocks).toEqual(escaped.blocks);
    }), { numRuns: 2_000 });
  });

  it('keeps the characters of code and of table cells past the cap as they were written', () => {
    const marks = 'a*b_c '.repeat(120).trim();
    const body = ['Intro.', '', `    ${marks}`, '', '| Name | Note |', '| --- | --- |', `| A \\| B | ${marks} |`].join('\n');
    expect(parseDocument('notes.md', body).blocks.map((block) => block.type === 'paragraph' && block.text)).toEqual([
      'Intro.', marks, `Name: A | B; Note: ${marks}`,
    ]);
  });

  it('reads a noncharacter in the file as U+FFFD, never as a mark', () => {
    const body = `A \uFDD0 and \uFDD7.\n\n${'*a_'.repeat(100)}\n`;
    expect(parseDocument('notes.md', body).blocks.map((block) => block.type === 'paragraph' && block.text)).toEqual([
      'A \uFFFD and \uFFFD.', '*a_'.repeat(100),
    ]);
  });
});
