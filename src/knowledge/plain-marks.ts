import type { Nodes, RootContent } from 'mdast';

/**
 * Characters that can open an inline construct in the Markdown we parse: emphasis, links, code
 * spans, autolinks and raw HTML, character references, backslash escapes.
 */
const MARKS = ['*', '_', '[', ']', '`', '<', '&', '\\'];

/**
 * What each placeholder stands for: the marks, then a pipe (only when escaped: a bare one splits a
 * table row into cells, and costs the parser nothing elsewhere).
 */
const STANDS_FOR = [...MARKS, '|'];

/**
 * Noncharacters stand for the characters of {@link STANDS_FOR} (U+FDD0…), and one more for "the
 * backslash of an escape". Unicode reserves noncharacters for a program's internal use: no text has
 * them (see {@link withoutNoncharacters}), and a character reference never yields one (CommonMark
 * reads `&#xFDD0;` as U+FFFD), so any found after parsing is one {@link asPlainCharacters} put there.
 */
const FIRST = 0xfdd0;
const ESCAPE = String.fromCharCode(FIRST + STANDS_FOR.length);
const PLACEHOLDER = new Map(STANDS_FOR.map((char, i) => [char, String.fromCharCode(FIRST + i)]));
const LAST_NONCHARACTER = 0xfdef;
const NONCHARACTER = /[\uFDD0-\uFDEF]/;
const NONCHARACTERS = /[\uFDD0-\uFDEF]/g;
const IS_MARK = new Set(MARKS);
/** 1 at the character code of each mark, for counting marks without making strings. */
const MARK_CODES = new Uint8Array(128);
for (const mark of MARKS) MARK_CODES[mark.charCodeAt(0)] = 1;

/**
 * How many inline marks the line holds: characters that can open an inline construct (`*`, `_`,
 * `[`, `]`, backtick, `<`, `&`, backslash). A paragraph's count decides when its marks stop being read.
 */
export function countInlineMarks(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code < 128 && MARK_CODES[code] === 1) count++;
  }
  return count;
}

/**
 * The line with every inline mark swapped for a placeholder, so the Markdown parser reads it as
 * plain text, at the cost of plain text; {@link restoreMarks} puts the marks back in the parsed
 * tree. The result is what escaping each mark with a backslash gives: a backslash escape reads as
 * the character it escapes (an escaped pipe stays inside its table cell), a backslash ending the
 * line stays a hard line break.
 *
 * Why not escape with backslashes: the parser does far more work for an escape than for a letter
 * (a megabyte of escaped marks took 3.6 s to parse, of placeholders 0.08 s). Each character stays
 * one character, so columns and offsets do not move.
 */
export function asPlainCharacters(line: string): string {
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (!IS_MARK.has(char)) {
      out += char;
    } else if (char === '\\' && isAsciiPunctuation(line.charCodeAt(i + 1))) {
      out += ESCAPE + (PLACEHOLDER.get(line[i + 1]!) ?? line[i + 1]!);
      i++;
    } else if (char === '\\' && (i + 1 === line.length || line[i + 1] === '\r')) {
      out += char;
    } else {
      out += PLACEHOLDER.get(char)!;
    }
  }
  return out;
}

/**
 * The text with each noncharacter U+FDD0–U+FDEF read as U+FFFD, as CommonMark reads a reference
 * to one, so that every such character left in a parsed tree is a placeholder of
 * {@link asPlainCharacters}. The text itself when it has none.
 */
export function withoutNoncharacters(text: string): string {
  return NONCHARACTER.test(text) ? text.replace(NONCHARACTERS, '\uFFFD') : text;
}

/**
 * Puts the marks {@link asPlainCharacters} swapped out back into a parsed tree, in place: in text
 * (and link and image attributes) the backslash of an escape goes, as CommonMark drops it; in code
 * and raw HTML, read literally, it stays.
 */
export function restoreMarks(nodes: readonly RootContent[]): void {
  for (const node of nodes) restoreNode(node);
}

function restoreNode(node: Nodes): void {
  const fields = node as unknown as Record<string, unknown>;
  const literal = node.type === 'code' || node.type === 'inlineCode' || node.type === 'html';
  for (const field of ['value', 'url', 'title', 'alt']) {
    const value = fields[field];
    if (typeof value === 'string') fields[field] = restored(value, literal ? '\\' : '');
  }
  if ('children' in node) for (const child of node.children) restoreNode(child);
}

function restored(value: string, escape: string): string {
  let start = 0;
  while (start < value.length && !isPlaceholderCode(value.charCodeAt(start))) start++;
  if (start === value.length) return value;
  let out = value.slice(0, start);
  for (let i = start; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!isPlaceholderCode(code)) out += value[i];
    else if (code - FIRST < STANDS_FOR.length) out += STANDS_FOR[code - FIRST];
    else if (value[i] === ESCAPE) out += escape;
    else out += value[i];
  }
  return out;
}

function isPlaceholderCode(code: number): boolean {
  return code >= FIRST && code <= LAST_NONCHARACTER;
}

/** ASCII punctuation, the characters a backslash escapes in CommonMark. */
function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}
