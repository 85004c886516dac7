// Plain-text notes draw their tables with characters, as a terminal or an e-mail does.

/** A border of a grid table: "+-------+------+", "+=====+=====+". */
const GRID_BORDER = /^ *\+[-=:+]*-[-=:+]*\+ *\r?$/;

/** A row line of a grid table: "| 1st   | Counter Trafficking Data | privacy |". */
const GRID_ROW = /^ *\|.*\| *\r?$/;

/** The rule under the header of a column table: two or more runs of dashes apart ("-------  -----  ----"). */
const COLUMN_RULE = /^ *-{3,}(?: +-{3,})+ *\r?$/;

/** The rule under the header of a table whose columns are parted by "|": dash runs joined by "+" or "|" ("-----+-----"). */
const PIPE_RULE = /^ *\|? *-{3,}(?: *[+|] *-{3,})+ *\|? *\r?$/;

/**
 * Rewrites the tables a plain-text note draws into Markdown tables, which the Markdown reader turns
 * into one fact per row ("Cycle: 2nd; Participants: Lantern Project …"). Three layouts are read:
 * - a grid of `+---+` borders and `|` columns, whose cells may wrap onto several lines between
 *   two borders (the lines of a cell are joined);
 * - columns under a rule of dash runs ("Year  Host" over "----  ----"), each column as wide as its
 *   run; a line whose first column is empty continues the row above;
 * - columns parted by "|" under a rule of dash runs joined by "+" or "|" ("Year | Host" over
 *   "-----+-----"), which Markdown does not read as a table.
 *
 * Line count is kept (a table's freed lines become blank lines after it), so line numbers in
 * messages stay right. Linear in the text: each line is matched once by anchored patterns.
 */
export function tablesAsMarkdown(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const end = GRID_BORDER.test(out[i]!) || (GRID_ROW.test(out[i]!) && GRID_BORDER.test(out[i + 1] ?? '')) ? gridEnd(out, i) : i;
    if (end > i) { i = rewrite(out, i, end, gridRows(out.slice(i, end))) - 1; continue; }
    if (i > 0 && COLUMN_RULE.test(out[i]!) && out[i - 1]!.trim()) {
      const last = columnEnd(out, i);
      i = rewrite(out, i - 1, last, columnRows(out.slice(i - 1, last))) - 1;
    } else if (i > 0 && PIPE_RULE.test(out[i]!) && out[i - 1]!.includes('|')) {
      const last = columnEnd(out, i);
      i = rewrite(out, i - 1, last, pipeRows(out.slice(i - 1, last))) - 1;
    }
  }
  return out;
}

/** The line after a grid table starting at `start`: its border and row lines run on. */
function gridEnd(lines: readonly string[], start: number): number {
  let end = start;
  while (end < lines.length && (GRID_BORDER.test(lines[end]!) || GRID_ROW.test(lines[end]!))) end++;
  return end;
}

/** The line after a column table whose rule is at `rule`: rows run to the first blank line. */
function columnEnd(lines: readonly string[], rule: number): number {
  let end = rule + 1;
  while (end < lines.length && lines[end]!.trim()) end++;
  return end;
}

/** A grid's rows, each a list of cells: the lines between two borders are one row, their cells joined. */
function gridRows(lines: readonly string[]): string[][] {
  const rows: string[][] = [];
  let row: string[] | undefined;
  for (const line of lines) {
    if (GRID_BORDER.test(line)) { row = undefined; continue; }
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());
    if (!row) rows.push(row = cells.map(() => ''));
    joinCells(row, cells);
  }
  return rows;
}

/** A column table's rows (its header, then its rule, then the rest), cut where the rule's dash runs start; a row with an empty first cell continues the one above. */
function columnRows(lines: readonly string[]): string[][] {
  const starts = [...lines[1]!.matchAll(/-{3,}/g)].map((run) => run.index!);
  const rows: string[][] = [];
  lines.forEach((line, k) => {
    if (k === 1) return;
    const cells = starts.map((start, c) => line.slice(c === 0 ? 0 : start, starts[c + 1] ?? line.length).trim());
    const above = rows[rows.length - 1];
    if (above && k > 1 && !cells[0]) joinCells(above, cells);
    else rows.push(cells);
  });
  return rows;
}

/** A pipe table's rows (its header, then its rule, then the rest), cut at each "|"; a row with an empty first cell continues the one above. */
function pipeRows(lines: readonly string[]): string[][] {
  const rows: string[][] = [];
  lines.forEach((line, k) => {
    if (k === 1) return;
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim());
    const above = rows[rows.length - 1];
    if (above && k > 1 && !cells[0]) joinCells(above, cells);
    else rows.push(cells);
  });
  return rows;
}

/** Adds a wrapped line's cells to the row they continue: "privacy-" and "preserving" join as one word. */
function joinCells(row: string[], cells: readonly string[]): void {
  cells.forEach((cell, c) => {
    if (!cell) return;
    const before = row[c] ?? '';
    row[c] = !before ? cell : /\p{L}-$/u.test(before) ? `${before}${cell}` : `${before} ${cell}`;
  });
}

/**
 * Writes rows as a Markdown table over lines[start … end − 1], the first row its header, and
 * blanks the lines left over; returns `end`. Fewer than two rows, or one column, is no table:
 * the lines are left as they are.
 */
function rewrite(lines: string[], start: number, end: number, rows: readonly string[][]): number {
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (rows.length < 2 || width < 2 || rows.length + 1 > end - start) return end;
  const line = (cells: readonly string[]) => `| ${Array.from({ length: width }, (_, c) => (cells[c] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  const table = [line(rows[0]!), line(Array<string>(width).fill('---')), ...rows.slice(1).map(line)];
  for (let k = start; k < end; k++) lines[k] = table[k - start] ?? '';
  return end;
}
