import type { Block } from './document.js';
import { plainText } from './inline-markdown.js';

/** What the body parser found: the blocks, and the first top-level heading (a title candidate). */
export interface ParsedBody {
  blocks: Block[];
  firstHeading?: string;
}

/** Options for {@link parseBody}. */
export interface ParseBodyOptions {
  /** 1-based line number of the body's first line in the file. Default 1. */
  firstLine?: number;
  /**
   * Treat a short line standing alone, without closing punctuation, as a heading (plain-text files
   * have no `#`). Default false.
   */
  plainHeadings?: boolean;
}

const LIST_ITEM = /^\s{0,6}(?:([-*+•])|(\d{1,3})[.)])\s+(.*)$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/**
 * Reads a Markdown (or plain-text) body into paragraphs and lists under their headings. Tables
 * become one paragraph per row ("Header: cell; …"); block quotes are read as their text; a list
 * whose items are spread over blank lines stays one list.
 */
export function parseBody(body: string, options: ParseBodyOptions = {}): ParsedBody {
  const { firstLine = 1, plainHeadings = false } = options;
  const lines = body.split(/\r?\n/);
  const blocks: Block[] = [];
  let section: string | undefined;
  let firstHeading: string | undefined;
  let paragraph: { lines: string[]; line: number } | undefined;
  let list: { items: string[]; ordered: boolean; line: number } | undefined;
  let table: { header: string[]; line: number } | undefined;
  let inFence = false;

  const flushParagraph = () => {
    if (paragraph) {
      const text = plainText(paragraph.lines.join(' '));
      if (text) blocks.push({ type: 'paragraph', text, section, line: paragraph.line });
    }
    paragraph = undefined;
  };
  const flushList = () => {
    if (list && list.items.length) blocks.push({ type: 'list', items: list.items, ordered: list.ordered, section, line: list.line });
    list = undefined;
  };
  const flushAll = () => { flushParagraph(); flushList(); table = undefined; };
  const setHeading = (text: string, level: number) => {
    flushAll();
    const heading = plainText(text);
    if (level === 1 && firstHeading === undefined) firstHeading = heading;
    section = level === 1 ? undefined : heading;
  };

  lines.forEach((rawLine, index) => {
    const lineNumber = firstLine + index;
    if (/^\s*(```|~~~)/.test(rawLine)) { flushAll(); inFence = !inFence; return; }
    const line = inFence ? rawLine : rawLine.replace(/^\s{0,3}>\s?/, '');
    if (!line.trim()) {
      flushParagraph();
      table = undefined;
      return;
    }
    const heading = inFence ? null : HEADING.exec(line);
    if (heading) { setHeading(heading[2] ?? '', heading[1]!.length); return; }
    if (plainHeadings && looksLikePlainHeading(lines, index)) {
      if (firstHeading === undefined && blocks.length === 0 && !paragraph) setHeading(line.trim(), 1);
      else setHeading(line.trim(), 2);
      return;
    }
    if (!inFence && /^\s*\|.*\|\s*$/.test(line)) {
      flushParagraph(); flushList();
      if (TABLE_SEPARATOR.test(line)) return;
      const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => plainText(cell));
      if (!table) { table = { header: cells, line: lineNumber }; return; }
      const row = cells.map((cell, i) => (table!.header[i] ? `${table!.header[i]}: ${cell}` : cell)).filter(Boolean).join('; ');
      blocks.push({ type: 'paragraph', text: row, section, line: lineNumber });
      return;
    }
    const item = inFence ? null : LIST_ITEM.exec(line);
    if (item) {
      flushParagraph();
      const ordered = item[2] !== undefined;
      if (!list) list = { items: [], ordered, line: lineNumber };
      list.items.push(plainText(item[3] ?? ''));
      return;
    }
    if (list && /^\s{2,}\S/.test(line) && !paragraph) {
      const last = list.items.length - 1;
      list.items[last] = `${list.items[last]} ${plainText(line)}`;
      return;
    }
    flushList();
    if (!paragraph) paragraph = { lines: [], line: lineNumber };
    paragraph.lines.push(line.trim());
  });
  flushAll();
  return { blocks, firstHeading };
}

/** A plain-text heading: a short line alone between blank lines, with no closing punctuation. */
function looksLikePlainHeading(lines: string[], index: number): boolean {
  const line = lines[index]!.trim();
  const blankBefore = index === 0 || !lines[index - 1]!.trim();
  const blankAfter = index === lines.length - 1 || !lines[index + 1]!.trim();
  return blankBefore && blankAfter && line.length <= 160 && !/[.!?:;,"”…]$/.test(line) && !LIST_ITEM.test(line)
    && /^[A-Z0-9À-Ý“"]/.test(line) && line.split(/\s+/).length <= 20;
}
