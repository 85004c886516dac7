import type { BlockContent, Code, DefinitionContent, Html, List, ListItem, Nodes, RootContent, Table } from 'mdast';
import type { Block, ListBlock } from './document.js';
import { plainTextOf } from './inline-markdown.js';
import { markdownTree } from './markdown-tree.js';
import { restoreMarks } from './plain-marks.js';

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
  /** The body line each line of `body` came from, when lines were left out (see `capBody`). Default: one to one. */
  lineMap?: readonly number[];
  /**
   * Read the whole body with micromark instead of building plain prose, headings and simple
   * lists directly. Slower, and the result is the same: kept to check exactly that. Default false.
   */
  parseWhole?: boolean;
  /**
   * Put back the inline marks `capBody` swapped for placeholders (its `plainMarks`), so they read
   * as the characters they are. Default false: the body is read as it is.
   */
  restoreMarks?: boolean;
}

/**
 * Reads a Markdown (or plain-text) body into paragraphs and lists under their headings, with a
 * CommonMark parser (micromark, through `mdast-util-from-markdown`, with GFM tables) that runs in
 * linear time by design: no hand-written pattern ever sees the document. Tables become one
 * paragraph per row ("Header: cell; …"); block quotes are read as their text; code blocks as
 * plain paragraphs; a list whose items are spread over blank lines stays one list, and a nested
 * list's items join the list they sit in.
 */
export function parseBody(body: string, options: ParseBodyOptions = {}): ParsedBody {
  const { firstLine = 1, plainHeadings = false, lineMap, parseWhole = false } = options;
  const tree = markdownTree(body, { whole: parseWhole });
  if (options.restoreMarks) restoreMarks(tree);
  const lines = plainHeadings ? body.split(/\r?\n/) : [];
  const state: State = { blocks: [], section: undefined, firstHeading: undefined, list: undefined, firstLine };
  const lineOf = (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    return firstLine + (lineMap?.[line - 1] ?? line) - 1;
  };

  const setHeading = (text: string, level: number) => {
    state.list = undefined;
    if (level === 1 && state.firstHeading === undefined) state.firstHeading = text;
    state.section = level === 1 ? undefined : text;
  };
  const pushParagraph = (text: string, line: number) => {
    state.list = undefined;
    if (text) state.blocks.push({ type: 'paragraph', text, ...section(state), line });
  };

  const visit = (nodes: readonly (RootContent | BlockContent | DefinitionContent)[]) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          setHeading(plainTextOf(node), node.depth);
          break;
        case 'paragraph': {
          const text = plainTextOf(node);
          if (plainHeadings && text && looksLikePlainHeading(lines, node, text)) {
            setHeading(text, state.firstHeading === undefined && state.blocks.length === 0 ? 1 : 2);
          } else {
            pushParagraph(text, lineOf(node));
          }
          break;
        }
        case 'list':
          addList(state, node, lineOf);
          break;
        case 'table':
          addTable(state, node, lineOf);
          break;
        case 'blockquote':
          visit(node.children);
          break;
        case 'code':
        case 'html':
          codeParagraphs(node, body, lineOf)
            .forEach(({ text, line }) => pushParagraph(text, line));
          break;
        default:
          // Thematic breaks and link definitions hold no text to answer from; they do end a list.
          state.list = undefined;
          break;
      }
    }
  };
  visit(tree);
  return { blocks: state.blocks, firstHeading: state.firstHeading };
}

interface State {
  blocks: Block[];
  section: string | undefined;
  firstHeading: string | undefined;
  /** The list being filled: lists separated only by blank lines stay one list. */
  list: { block: ListBlock; items: string[]; depths: number[] } | undefined;
  firstLine: number;
}

function section(state: State): { section?: string } {
  return state.section === undefined ? {} : { section: state.section };
}

/** Adds a list's items (nested lists' items after their parent's) to the open list, or opens one. */
function addList(state: State, list: List, lineOf: (node: Nodes) => number): void {
  if (!state.list) {
    const block: ListBlock = { type: 'list', items: [], ordered: Boolean(list.ordered), ...section(state), line: lineOf(list) };
    state.blocks.push(block);
    state.list = { block, items: block.items, depths: [] };
  }
  const open = state.list;
  const addItems = (node: List, depth: number) => {
    for (const item of node.children) {
      open.items.push(itemText(item));
      open.depths.push(depth);
      for (const child of item.children) if (child.type === 'list') addItems(child, depth + 1);
    }
  };
  addItems(list, 0);
  if (open.depths.some((depth) => depth > 0)) open.block.depths = open.depths;
}

/** An item's own text: its paragraphs (and any other text it holds), without its nested lists. */
function itemText(item: ListItem): string {
  return item.children.filter((child) => child.type !== 'list').map((child) => plainTextOf(child)).filter(Boolean).join(' ');
}

/** A table: each body row becomes a paragraph "Header: cell; Header: cell". */
function addTable(state: State, table: Table, lineOf: (node: Nodes) => number): void {
  state.list = undefined;
  const [head, ...rows] = table.children;
  const header = head ? head.children.map((cell) => plainTextOf(cell)) : [];
  for (const row of rows) {
    const text = row.children.map((cell, i) => {
      const value = plainTextOf(cell);
      return header[i] ? `${header[i]}: ${value}` : value;
    }).filter(Boolean).join('; ');
    if (text) state.blocks.push({ type: 'paragraph', text, tableRow: true, ...section(state), line: lineOf(row) });
  }
}

/** True when a code block opens with a fence line (its text then starts one line lower). */
function isFenced(body: string, node: Nodes): boolean {
  const offset = node.position?.start.offset;
  if (offset === undefined) return false;
  const lineStart = body.lastIndexOf('\n', offset) + 1;
  const first = body.slice(lineStart, Math.min(body.length, lineStart + 8)).trimStart();
  return first.startsWith('```') || first.startsWith('~~~');
}

/** Code and raw HTML read as text: one paragraph per run of non-blank lines (tags dropped from HTML). */
function codeParagraphs(node: Code | Html, body: string, lineOf: (node: Nodes) => number): { text: string; line: number }[] {
  const html = node.type === 'html';
  const opening = node.position?.start.line ?? 1;
  const valueStart = opening + (node.type === 'code' && isFenced(body, node) ? 1 : 0);
  const lineAt = (index: number) => lineOf({ type: 'text', value: '', position: { start: { line: valueStart + index, column: 1 }, end: { line: valueStart + index, column: 1 } } });
  const paragraphs: { text: string; line: number }[] = [];
  let current: { parts: string[]; line: number } | undefined;
  node.value.split('\n').forEach((raw, index) => {
    const line = html ? withoutTags(raw) : raw;
    if (!line.trim()) {
      if (current) paragraphs.push({ text: current.parts.join(' ').replace(/\s+/g, ' ').trim(), line: current.line });
      current = undefined;
      return;
    }
    current ??= { parts: [], line: lineAt(index) };
    current.parts.push(line.trim());
  });
  if (current) paragraphs.push({ text: current.parts.join(' ').replace(/\s+/g, ' ').trim(), line: current.line });
  return paragraphs.filter((paragraph) => paragraph.text);
}

/** The text of a line of HTML without its tags, by a scan (no pattern). */
function withoutTags(line: string): string {
  let out = '';
  let inTag = false;
  for (const char of line) {
    if (char === '<') inTag = true;
    else if (char === '>' && inTag) inTag = false;
    else if (!inTag) out += char;
  }
  return out;
}

/**
 * A plain-text heading: a paragraph of one short line alone between blank lines, with no closing
 * punctuation, starting with a capital, a digit or a quote.
 */
function looksLikePlainHeading(lines: readonly string[], node: Nodes, text: string): boolean {
  const start = node.position?.start.line;
  const end = node.position?.end.line;
  if (start === undefined || start !== end) return false;
  const index = start - 1;
  const blankBefore = index === 0 || !lines[index - 1]?.trim();
  const blankAfter = index === lines.length - 1 || !lines[index + 1]?.trim();
  const raw = lines[index]!.trim();
  return blankBefore && blankAfter && raw.length <= 160 && !CLOSING_PUNCTUATION.has(raw[raw.length - 1]!)
    && /^[A-Z0-9À-Ý“"]/.test(raw) && text.split(' ').length <= 20;
}

const CLOSING_PUNCTUATION = new Set(['.', '!', '?', ':', ';', ',', '"', '”', '…']);
