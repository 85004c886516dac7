// Plain-text notes mark their lists and sections as typists do, not as Markdown does.
import { tablesAsMarkdown } from './plain-text-tables.js';

/** A lettered or roman item marker at the start of a line: "(a) ", "b) ", "(iv) ". */
const ITEM_MARKER = /^( {0,3})\(?([a-z]|[ivx]{1,4})\) +(?=\S)/;

/** A numbered line: "1) ORIGIN AND MANDATE", "2. THE PS"; a title when alone and mostly in capitals. */
const NUMBERED_LINE = /^( {0,3})(\d{1,2})([.)]) +(\S.*)$/;

/** A setext underline: a row of "=" or "-". */
const UNDERLINE = /^ {0,3}(?:=+|-+) *\r?$/;

/** The share of a title's letters in capitals: "ALLIANCE CONFERENCES (all at the Hofburg, Vienna)" is a title. */
const TITLE_CAPITALS = 0.6;

/**
 * A "Label: value" line ("Seat: OSCE Secretariat, Vienna", "  Adopted by:   GA resolution 55/25"):
 * a short label starting with a capital or a digit, a colon, then the value. Not an item of a
 * numbered list ("2. Legatum Foundation: $5m").
 */
const LABEL_LINE = /^( {0,3})(?!\d{1,2}[.)] )([A-Z0-9][^:?]{0,40}): +(\S.*)$/;

/** A label line with a longer label ("Secretary General at time of Liberterra III results: Valdecy Urquiza"), a field only after another. */
const LONG_LABEL_LINE = /^( {0,3})(?!\d{1,2}[.)] )([A-Z0-9][^:?]{0,80}): +(\S.*)$/;

/** A verb that makes words before a colon a clause, not a label: "In 2024 the course had three partner ports: …". */
const CLAUSE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|do|does|did)\b/i;

/**
 * An entry of a dated or labelled run of lines ("2009 - SOS Esclaves, for its work in Mauritania"):
 * a short label starting with a capital or a digit, a spaced dash, then the entry. Not a line
 * already marked as an item ("6. 14 Sept 2017 - …", "- …").
 */
const DASH_ENTRY = /^( {0,3})(?![-*+] |\d{1,2}[.)] )([A-Z0-9][^\n]{0,40}?) [-–—] (?=\S)/;

/**
 * An entry of a timeline set out in columns ("  Sept 2013     Launch announced at CGI"): a short
 * label with a digit (a date or a year), two spaces or more, then the entry.
 */
const COLUMN_ENTRY = /^( {0,3})(?![-*+] |\d{1,2}[.)] )((?=[^\n]{0,20}\d)[A-Z0-9][^\n]{0,18}?\S) {2,}(?=\S)/;

/** Whether a line is an entry of a run: "label - entry", or a date and an entry in columns. */
function isEntry(line: string): boolean {
  return DASH_ENTRY.test(line) || COLUMN_ENTRY.test(line);
}

/** Labels that open a question-and-answer pair or a remark, not a field of a record. */
const NOT_FIELDS = /^(?:q|a|ans|answer|question|note|nb|n\.b\.)$/i;

/** Roman numerals, for items marked (i), (ii)…; "(i)" right after "(h)" is the ninth letter. */
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/**
 * Reads the lists and section titles of a plain-text file the way its writer meant them, by
 * rewriting the start of each line into Markdown (one line in, one line out, so line numbers in
 * messages stay right):
 * - lines marked "(a)", "b)" or "(iv)" are the items of an ordered list, in that order, so "#3" or
 *   "what comes after (a)?" can be answered;
 * - a numbered title in capitals alone on its line ("1) ORIGIN AND MANDATE") is a heading, not a
 *   one-item list, so the passages below it know their section;
 * - two or more "Label: value" lines in a row ("Seat: Vienna", "Date: 31 March 2025") are a
 *   record whose fields are list items, each its own fact, not one long run-on sentence;
 * - a block of "label - entry" lines ("2009 - SOS Esclaves, …"), or of dates and entries set out in
 *   columns ("Sept 2013     Launch announced …"), is a list of those entries;
 * - a table drawn with characters (a `+---+` grid, or columns under a rule of dashes) is a
 *   Markdown table, one fact per row (see plain-text-tables.ts);
 * - a line after a list item that starts a new paragraph ends the list, though no blank line
 *   comes between them.
 *
 * Linear in the text: each line is matched once by anchored patterns with no nested repetition.
 */
export function markdownOfPlainText(body: string): string {
  const lines = tablesAsMarkdown(body.split('\n'));
  const inRecord = recordFields(lines);
  const entries = dashEntries(lines);
  let previousMarker: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    // A title stands alone, or is underlined ("1. PURPOSE" over "----------").
    const blankAround = !lines[i - 1]?.trim() && (!lines[i + 1]?.trim() || UNDERLINE.test(lines[i + 1]!));
    const numbered = blankAround ? NUMBERED_LINE.exec(line) : null;
    const title = numbered && inCapitals(numbered[4]!) ? numbered : null;
    if (title) {
      // Escaping the marker keeps it a paragraph, which a lone short line makes a heading.
      lines[i] = `${title[1]}${title[2]}\\${title[3]} ${title[4]}`;
      previousMarker = undefined;
      continue;
    }
    if (inRecord[i]) {
      const [, indent, label, value] = LONG_LABEL_LINE.exec(line)!;
      lines[i] = `${indent}- ${label!.trim()}: ${value}`;
      previousMarker = undefined;
      continue;
    }
    if (entries[i]) {
      // "Sept 2013     Launch announced …" reads as "Sept 2013 - Launch announced …".
      const column = DASH_ENTRY.test(line) ? null : COLUMN_ENTRY.exec(line);
      lines[i] = `${' '.repeat(indentOf(line))}- ${column ? `${column[2]} - ${line.slice(column[0].length).trim()}` : line.trim()}`;
      previousMarker = undefined;
      continue;
    }
    const item = ITEM_MARKER.exec(line);
    if (!item) {
      if (!line.trim()) previousMarker = undefined;
      continue;
    }
    const marker = item[2]!;
    const position = positionOf(marker, previousMarker);
    previousMarker = marker;
    lines[i] = `${item[1]}${position}. ${line.slice(item[0].length)}`;
  }
  return listsEndedBeforeParagraphs(listsOutOfCodeIndent(lines)).join('\n');
}

/** How far Markdown lets a list item's marker be indented; four spaces or more make code. */
const CODE_INDENT = 4;

/**
 * Plain text indents a list for the eye ("It includes:" over "    - an e-learning module"), which
 * Markdown would read as code, or as more of the paragraph above: such a list, its wrapped lines
 * and its deeper items, are moved left by its first item's indent. The list ends at a blank line
 * followed by a line that is no item. Linear: each line is looked at once or twice.
 */
function listsOutOfCodeIndent(lines: string[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const first = MARKDOWN_ITEM.exec(lines[i]!);
    if (!first || first[1]!.length < CODE_INDENT || (i > 0 && MARKDOWN_ITEM.test(lines[i - 1]!))) continue;
    const base = first[1]!.length;
    let j = i;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (!line.trim()) {
        if (lines[j + 1] !== undefined && lines[j + 1]!.trim() && !MARKDOWN_ITEM.test(lines[j + 1]!)) break;
        continue;
      }
      if (indentOf(line) < base) break;
      lines[j] = line.slice(base);
    }
    i = j - 1;
  }
  return lines;
}

/** A Markdown list item's line, as the rewrite above leaves it: "  - Amazon", "3. …". */
const MARKDOWN_ITEM = /^( *)(?:[-*+•]|\d{1,9}[.)]) +\S/;

/** How full a line must be, against the width the text is wrapped at, for the line after it to be its wrapped continuation. */
const WRAPPED_SHARE = 0.6;

/**
 * Ends a list where a typist started a new paragraph on the next line without a blank line
 * ("  - Vodafone" over "Salesforce.org also took part …"): Markdown would read that line as part of
 * the last item. The next line starts a paragraph when it is indented no deeper than the item's
 * marker, starts with a capital, and the item could not have wrapped onto it: the item's line is
 * short against the width the text is wrapped at, or it ends a sentence. A blank line is put
 * between them, and the next run of two blank lines loses one, so the lines after it keep their numbers.
 */
function listsEndedBeforeParagraphs(lines: string[]): string[] {
  const width = typicalWidth(lines);
  for (let i = 0; i + 1 < lines.length; i++) {
    const item = MARKDOWN_ITEM.exec(lines[i]!);
    const next = lines[i + 1]!;
    if (!item || !next.trim() || MARKDOWN_ITEM.test(next) || UNDERLINE.test(next) || indentOf(next) > item[1]!.length) continue;
    const text = lines[i]!.trimEnd();
    // A paragraph starts with a capital, a digit or a quotation mark; a wrapped line of the item need not.
    if (!/^\s*[\p{Lu}\p{N}"“]/u.test(next)) continue;
    const wrapped = text.length >= width * WRAPPED_SHARE && !/[.!?;:]["”)]?$/.test(text);
    if (wrapped) continue;
    // The next double blank line gives one up, so the lines after it keep their numbers.
    let spare = i + 2;
    while (spare < lines.length && (lines[spare]!.trim() || lines[spare - 1]!.trim())) spare++;
    if (spare < lines.length) lines.splice(spare, 1);
    lines.splice(i + 1, 0, '');
    i++;
  }
  return lines;
}

/** Whether most of a text's letters are capitals. */
function inCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length >= letters.length * TITLE_CAPITALS;
}

/**
 * Which lines are fields of a record: two or more "Label: value" lines in a row, each field
 * perhaps wrapped onto more deeply indented lines ("Legal basis:  Article 17 …, but" then
 * "                 not before …"). Each field becomes one list item, one fact, not part of a run-on sentence.
 */
function recordFields(lines: readonly string[]): boolean[] {
  const isField: boolean[] = [];
  lines.forEach((line, i) => {
    const match = LABEL_LINE.exec(line.replace(/\r$/, ''));
    // "Unit that coordinated Operation Weka (2021): …" under "Headquarters: Lyon": a longer label goes on a record already started.
    const long = match === null && i > 0 && isField[i - 1]! ? LONG_LABEL_LINE.exec(line.replace(/\r$/, '')) : null;
    isField.push(match !== null ? !NOT_FIELDS.test(match[2]!.trim()) : long !== null && !CLAUSE.test(long[2]!));
  });
  const inRecord = lines.map(() => false);
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) for (const i of run) inRecord[i] = true;
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (isField[i]) run.push(i);
    // A wrapped value: indented deeper than its field, and not blank.
    else if (!(run.length > 0 && lines[i]!.trim() && indentOf(lines[i]!) > indentOf(lines[run[run.length - 1]!]!))) close();
  }
  close();
  return inRecord;
}

/**
 * Which lines are entries of a run: two or more lines that end a block (between blank lines) and
 * start it or follow a lead-in ending in ":", of which every one is "label - entry" (see {@link DASH_ENTRY}),
 * as in "Winners include:" over "2007 - Coalition of Immokalee Workers …" and "2009 - SOS Esclaves …".
 * A wrapped paragraph whose lines merely hold a dash is no such run: each line must start one, or
 * continue the one above it, indented deeper.
 */
function dashEntries(lines: readonly string[]): boolean[] {
  const entries = lines.map(() => false);
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.trim()) continue;
    // The block is lines[start … i − 1]: its entries run from its start, or from after a line ending in ":", to its end;
    // an entry may wrap onto lines indented deeper than it ("1951 - Gerrit Jan van Heuven Goedhart … High" over "       Commissioner; …").
    let first = i;
    let count = 0;
    for (let k = i - 1; k >= start; k--) {
      if (isEntry(lines[k]!)) { first = k; count++; } else if (indentOf(lines[k]!) <= 3) break;
    }
    // (…or from under a heading's underline: "6. DATES AT A GLANCE" over "-----" over the entries.)
    const introduced = first === start || /:\s*\r?$/.test(lines[first - 1]!) || UNDERLINE.test(lines[first - 1]!);
    if (introduced && count >= 2) for (let k = first; k < i; k++) entries[k] = isEntry(lines[k]!);
    start = i + 1;
  }
  return entries;
}

/** The width a typist wrapped the text at: the longest line but for the longest tenth (addresses in a sources list run long). */
function typicalWidth(lines: readonly string[]): number {
  const lengths = lines.map((line) => line.trimEnd().length).filter((length) => length > 0).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The position a marker stands for: "c" is 3, "iv" is 4, "i" is 1 unless it follows "h" (then 9). */
function positionOf(marker: string, previousMarker: string | undefined): number {
  const followsLetter = marker.length === 1 && previousMarker !== undefined && previousMarker.charCodeAt(0) === marker.charCodeAt(0) - 1 && previousMarker.length === 1;
  const roman = ROMAN[marker];
  return roman !== undefined && !followsLetter ? roman : marker.charCodeAt(0) - 96;
}
