import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';

/**
 * The CommonMark block tree of a document (with GFM tables), as `mdast-util-from-markdown` builds
 * it, node positions counted in the document's lines.
 *
 * Most of a knowledge file is plain prose: paragraphs with no character Markdown gives a meaning
 * to. For such a paragraph (a run of lines between blank lines that no rule of CommonMark could
 * read otherwise) the parser's answer is known in advance: one paragraph of those lines. It is
 * built directly, and only the other runs go through micromark, which is several times slower per
 * character. A document where a construct may reach across blank lines (a code fence, raw HTML,
 * a link reference definition) is parsed whole, so the tree is always the parser's own.
 *
 * @param options.whole - parse the whole document with micromark (slower, same tree). Default false.
 */
export function markdownTree(body: string, options: { whole?: boolean } = {}): RootContent[] {
  const parse = (text: string) => (text.includes('|')
    ? fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] })
    : fromMarkdown(text)).children;
  if (options.whole || CROSSES_BLANK_LINES.some((mark) => body.includes(mark))) return parse(body);

  const lines = body.split('\n');
  const nodes: RootContent[] = [];
  let pending: { from: number; to: number } | undefined;
  const flush = () => {
    if (!pending) return;
    const { from, to } = pending;
    for (const node of parse(lines.slice(from, to).join('\n'))) nodes.push(shifted(node, from));
    pending = undefined;
  };
  let at = 0;
  let afterParsed = false;
  while (at < lines.length) {
    if (isBlank(lines[at]!)) { at++; continue; }
    let end = at;
    while (end < lines.length && !isBlank(lines[end]!)) end++;
    // A run right after an indented one the parser read is read with it: an indented code block
    // reaches across blank lines.
    const heading = afterParsed ? undefined : end === at + 1 ? plainHeading(lines[at]!, at) : undefined;
    const list = afterParsed || heading || !nextRunIsFlush(lines, end) ? undefined : plainList(lines, at, end);
    if (heading || list) {
      flush();
      nodes.push((heading ?? list)!);
    } else if (!afterParsed && isPlainProse(lines, at, end)) {
      flush();
      nodes.push(paragraph(lines, at, end));
    } else {
      // An indented run may continue the one before (a list item's next paragraph, indented code):
      // the two are parsed together, and so is the run after an indented one. Any other run at the
      // margin starts afresh, and is parsed on its own:
      // the parser's cost grows faster than the text it is given ("> a" blocks by the thousand),
      // so it is never given more than one run and what continues it. Lists split this way are
      // joined again when the blocks are read (parse-body.ts).
      const indented = lines[at]![0] === ' ' || lines[at]![0] === '\t';
      if (!indented && !afterParsed) flush();
      pending = pending ? { from: pending.from, to: end } : { from: at, to: end };
      // …and so is a run that ends indented ("****" then a tab-indented line): its code block may go on.
      const lastIndented = lines[end - 1]![0] === ' ' || lines[end - 1]![0] === '\t';
      afterParsed = indented || lastIndented;
      // A long run is cut where a list item starts at the margin, for the same reason ("- a\n  - b" by the thousand).
      if (!indented && pending.from === at && end - at > MAX_PARSED_LINES) {
        pending = undefined;
        for (const [from, to] of marginItemChunks(lines, at, end)) {
          for (const node of parse(lines.slice(from, to).join('\n'))) nodes.push(shifted(node, from));
        }
      }
    }
    at = end;
  }
  flush();
  return nodes;
}

/** The most lines of one run given to the parser at once, when the run can be cut at a list item. */
const MAX_PARSED_LINES = 100;

/**
 * A run's lines cut into pieces of about {@link MAX_PARSED_LINES}, each ending before a line that
 * starts a list item at the margin; a run with no such line stays whole.
 */
function marginItemChunks(lines: readonly string[], from: number, to: number): [number, number][] {
  const chunks: [number, number][] = [];
  let start = from;
  for (let i = from + 1; i < to; i++) {
    if (i - start >= MAX_PARSED_LINES && MARGIN_ITEM.test(lines[i]!)) {
      chunks.push([start, i]);
      start = i;
    }
  }
  chunks.push([start, to]);
  return chunks;
}

/** A line that opens a list item at the margin ("- a", "* a", "+ a", "1. a", "1) a"). */
const MARGIN_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

/** Marks of constructs that can span blank lines or act at a distance: then the document is parsed whole. */
const CROSSES_BLANK_LINES = ['```', '~~~', '<', '[', '\r'];

/** Characters that can mean something anywhere in a line. */
const INLINE_MARKS = new Set(['*', '_', '`', '[', ']', '<', '>', '&', '\\', '|', '~', '=']);

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line[i] !== ' ' && line[i] !== '\t') return false;
  return true;
}

/**
 * True when lines `from`–`to` (a run between blank lines) can only be one plain paragraph: no
 * line opens with whitespace (code, continuation), a block marker (`#`, `-`, `+`, `*`, `>`, `1.`)
 * or a setext underline, and no character with an inline meaning appears.
 */
function isPlainProse(lines: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const first = line[0]!;
    if (first === ' ' || first === '\t' || first === '#' || first === '-' || first === '+' || first === '*' || first === '>') return false;
    if (first >= '0' && first <= '9') {
      let digits = 0;
      while (line[digits]! >= '0' && line[digits]! <= '9') digits++;
      if (line[digits] === '.' || line[digits] === ')') return false;
    }
    for (let c = 0; c < line.length; c++) if (INLINE_MARKS.has(line[c]!)) return false;
  }
  return true;
}

/** True when the next run after `end` opens at the margin (an indented run could continue a list item). */
function nextRunIsFlush(lines: readonly string[], end: number): boolean {
  let next = end;
  while (next < lines.length && isBlank(lines[next]!)) next++;
  return next >= lines.length || (lines[next]![0] !== ' ' && lines[next]![0] !== '\t');
}

/**
 * The list CommonMark makes of a run where every line is one item (`- text`, `1. text`) whose
 * text has no character with an inline or block meaning; undefined otherwise.
 */
function plainList(lines: readonly string[], from: number, to: number): RootContent | undefined {
  const items: RootContent[] = [];
  let ordered: boolean | undefined;
  let start: number | undefined;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    let marker = 0;
    while (marker < 9 && line[marker]! >= '0' && line[marker]! <= '9') marker++;
    const isOrdered = marker > 0;
    if (isOrdered ? line[marker] !== '.' && line[marker] !== ')' : line[0] !== '-' && line[0] !== '+' && line[0] !== '*') return undefined;
    const after = isOrdered ? marker + 1 : 1;
    if (line[after] !== ' ' || line.length <= after + 1 || line[after + 1] === ' ' || line[after + 1] === '\t') return undefined;
    const text = line.slice(after + 1);
    if (ordered === undefined) { ordered = isOrdered; if (isOrdered) start = Number(line.slice(0, marker)); }
    if (!isPlainProse([text], 0, 1)) return undefined;
    const position = { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: line.length + 1 } };
    const value = text.trim();
    items.push({ type: 'listItem', spread: false, checked: null, children: [{ type: 'paragraph', children: [{ type: 'text', value, position }], position }], position } as RootContent);
  }
  const position = { start: { line: from + 1, column: 1 }, end: { line: to, column: (lines[to - 1]?.length ?? 0) + 1 } };
  return { type: 'list', ordered: Boolean(ordered), start: start ?? null, spread: false, children: items, position } as RootContent;
}

/**
 * The heading CommonMark makes of a line standing alone that opens with one to six `#` and a
 * space, when its text has no character with an inline meaning; undefined otherwise.
 */
function plainHeading(line: string, index: number): RootContent | undefined {
  let depth = 0;
  while (line[depth] === '#') depth++;
  if (depth < 1 || depth > 6 || (depth < line.length && line[depth] !== ' ' && line[depth] !== '\t')) return undefined;
  let text = line.slice(depth).trim();
  // A closing run of '#' (alone, or after a space) is not part of the heading.
  let close = text.length;
  while (close > 0 && text[close - 1] === '#') close--;
  if (close < text.length && (close === 0 || text[close - 1] === ' ' || text[close - 1] === '\t')) text = text.slice(0, close).trim();
  for (let c = 0; c < text.length; c++) if (INLINE_MARKS.has(text[c]!)) return undefined;
  const position = { start: { line: index + 1, column: 1 }, end: { line: index + 1, column: line.length + 1 } };
  return { type: 'heading', depth: depth as 1 | 2 | 3 | 4 | 5 | 6, children: text ? [{ type: 'text', value: text, position }] : [], position };
}

/** The paragraph CommonMark makes of a plain run of lines (0-based `from`, exclusive `to`). */
function paragraph(lines: readonly string[], from: number, to: number): RootContent {
  const value = lines.slice(from, to).map((line) => line.trim()).join('\n');
  const position = { start: { line: from + 1, column: 1 }, end: { line: to, column: (lines[to - 1]?.length ?? 0) + 1 } };
  return { type: 'paragraph', children: [{ type: 'text', value, position }], position };
}

/** A node parsed from a slice of the document, its positions moved to the document's lines. */
function shifted<T extends RootContent>(node: T, lineOffset: number): T {
  const move = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    const item = value as { position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } }; children?: unknown[] };
    if (item.position) {
      item.position.start.line += lineOffset;
      item.position.end.line += lineOffset;
      delete item.position.start.offset;
      delete item.position.end.offset;
    }
    if (Array.isArray(item.children)) for (const child of item.children) move(child);
  };
  move(node);
  return node;
}
