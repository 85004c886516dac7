import { asPlainCharacters, countInlineMarks, withoutNoncharacters } from './plain-marks.js';

/** Limits {@link capBody} applies before a document is parsed; every default is far above real prose. */
export interface BodyCaps {
  /** The longest line kept, in characters; the rest of a longer line is dropped. Default 10 000. */
  maxLineLength: number;
  /**
   * The longest paragraph kept (a run of lines up to a blank line, list item, table row or
   * heading), in characters; its further lines are dropped. Default 30 000.
   */
  maxParagraphLength: number;
  /** The most lines a paragraph keeps; its further lines are dropped. Default 1 000. */
  maxParagraphLines: number;
  /** The longest run of block markers (`>`, `-`, `1.`, spaces…) opening a line; the rest is dropped. Default 64. */
  maxLinePrefix: number;
  /**
   * The most inline marks (`*`, `_`, `[`, `]`, backticks, `<`, `&`, backslashes) read as Markdown
   * in one paragraph; from the line that passes it on, they read as the characters they are.
   * Default 200.
   */
  maxDelimiters: number;
}

/** Defaults for {@link BodyCaps}. */
export const BODY_CAPS: BodyCaps = { maxLineLength: 10_000, maxParagraphLength: 30_000, maxParagraphLines: 1000, maxLinePrefix: 64, maxDelimiters: 200 };

/** A cut made by {@link capBody}, for a warning that names the file and line. */
export interface BodyCut {
  /** 1-based line in the body. */
  line: number;
  what: string;
}

/** A body ready for parsing, with where its lines came from. */
export interface CappedBody {
  /**
   * The body to parse. Marks past {@link BodyCaps.maxDelimiters} are placeholders there (see
   * `asPlainCharacters`), and a noncharacter U+FDD0–U+FDEF of the body reads as U+FFFD.
   */
  text: string;
  /** True when some marks are placeholders: the parsed tree needs `restoreMarks`. */
  plainMarks: boolean;
  /** The cuts made, for warnings. */
  cuts: BodyCut[];
  /**
   * The 1-based body line each line of `text` came from (index 0 is line 1 of `text`), when lines
   * were left out (runs of blank lines beyond two, lines of a paragraph past its cap); undefined
   * when `text` is the body as it was.
   */
  lineMap?: number[];
}

/**
 * Bounds the work parsing a document can take. The Markdown parser runs in linear time, but its
 * constant grows on some shapes (a megabyte of unclosed `[a ` on one line takes seconds), and
 * containers nested on one line (`- - - - …`, `> - > - …`) take time quadratic in their depth, as
 * do unmatched emphasis delimiters in one paragraph (`*a_` repeated: 20 KB took 3.7 s). No
 * real document comes near these limits, so cutting there changes nothing real; each cut is
 * reported so the loader can warn, naming the file and line.
 *
 * Marks past the cap become placeholders the parser reads as letters, not backslash escapes: an
 * escape costs the parser as much as the mark it escapes (1 MB of paragraphs of `__a ` took 6 s
 * to read escaped, 0.25 s with placeholders).
 *
 * One pass over the text, no pattern.
 */
export function capBody(original: string, caps: Partial<BodyCaps> = {}): CappedBody {
  const { maxLineLength, maxParagraphLength, maxParagraphLines, maxLinePrefix, maxDelimiters } = { ...BODY_CAPS, ...caps };
  const body = withoutNoncharacters(original);
  const lines = body.split('\n');
  const cuts: BodyCut[] = [];
  let paragraph = 0;
  let paragraphLines = 0;
  let dropping = false;
  let delimiters = 0;
  let escaping = false;
  let plainMarks = false;
  let inFence = false;
  const kept: string[] = [];
  const origin: number[] = [];
  let blankRun = 0;
  let omitted = false;
  lines.forEach((raw, index) => {
    let line = raw;
    if (line.length > maxLineLength) {
      line = line.slice(0, maxLineLength);
      cuts.push({ line: index + 1, what: `line longer than ${maxLineLength} characters cut` });
    }
    const prefix = markerPrefixLength(line);
    if (prefix > maxLinePrefix) {
      line = line.slice(0, maxLinePrefix) + line.slice(prefix);
      cuts.push({ line: index + 1, what: `more than ${maxLinePrefix} characters of nested block markers cut` });
    }
    if (!line.trim() || startsBlock(line)) { paragraph = 0; paragraphLines = 0; dropping = false; delimiters = 0; escaping = false; }
    if (isFence(line)) inFence = !inFence;
    if (!inFence) {
      const counted = countInlineMarks(line);
      delimiters += counted;
      if (delimiters > maxDelimiters && counted > 0) {
        if (!escaping) cuts.push({ line: index + 1, what: `more than ${maxDelimiters} emphasis, link or code marks in one paragraph: the rest read as plain characters` });
        escaping = true;
        plainMarks = true;
        line = asPlainCharacters(line);
      }
    }
    paragraph += line.length;
    paragraphLines += 1;
    if (paragraph > maxParagraphLength || paragraphLines > maxParagraphLines) {
      if (!dropping) cuts.push({ line: index + 1, what: paragraph > maxParagraphLength ? `paragraph longer than ${maxParagraphLength} characters cut` : `paragraph longer than ${maxParagraphLines} lines cut` });
      dropping = true;
      omitted = true;
      return;
    }
    // The parser's cost per line is high (200 000 blank lines took 0.8 s): beyond two, blank lines say nothing more.
    blankRun = line.trim() ? 0 : blankRun + 1;
    if (blankRun > 2) { omitted = true; return; }
    kept.push(line);
    origin.push(index + 1);
  });
  if (!cuts.length && !omitted) return { text: body, cuts, plainMarks };
  return { text: kept.join('\n'), cuts, plainMarks, ...(omitted ? { lineMap: origin } : {}) };
}

const MARKERS = new Set([' ', '\t', '>', '-', '*', '+']);

/**
 * How many characters of block markers open the line: spaces, quote and bullet markers, and
 * ordered-list markers ("1. ", "2) "), which nest lists on one line just as "- - -" does
 * (3 000 of "1. " took 1.3 s to parse, and 20 000 overflowed the stack).
 */
function markerPrefixLength(line: string): number {
  let at = 0;
  for (;;) {
    while (at < line.length && MARKERS.has(line[at]!)) at++;
    const ordered = orderedMarkerLength(line, at);
    if (ordered === 0) return at;
    at += ordered;
  }
}

/** The length of an ordered-list marker (1 to 9 digits, then "." or ")", then a space or tab) at `at`; 0 if there is none. */
function orderedMarkerLength(line: string, at: number): number {
  let end = at;
  while (end < line.length && end - at < 9 && line[end]! >= '0' && line[end]! <= '9') end++;
  if (end === at || (line[end] !== '.' && line[end] !== ')')) return 0;
  return line[end + 1] === ' ' || line[end + 1] === '\t' ? end + 1 - at : 0;
}

/** A line that starts a block of its own: a list item, a table row or a heading. */
function startsBlock(line: string): boolean {
  const text = line.trimStart();
  const first = text[0];
  if (first === '|' || first === '#') return true;
  if ((first === '-' || first === '*' || first === '+') && (text[1] === ' ' || text[1] === '\t')) return true;
  let digits = 0;
  while (digits < text.length && digits < 10 && text[digits]! >= '0' && text[digits]! <= '9') digits++;
  return digits > 0 && (text[digits] === '.' || text[digits] === ')') && (text[digits + 1] === ' ' || text[digits + 1] === '\t');
}


function isFence(line: string): boolean {
  const text = line.trimStart();
  return text.startsWith('```') || text.startsWith('~~~');
}
