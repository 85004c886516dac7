import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../src/knowledge/parse-body.js';

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
        { type: 'paragraph', text: 'Year: 2024; City: Vienna', section: 'Agenda', line: 16 },
        { type: 'paragraph', text: 'Quoted: the chair said “welcome”.', section: 'Agenda', line: 18 },
      ],
    });
  });
});
