// Plain-text notes mark their lists and sections as typists do, not as Markdown does.

/** A lettered or roman item marker at the start of a line: "(a) ", "b) ", "(iv) ". */
const ITEM_MARKER = /^( {0,3})\(?([a-z]|[ivx]{1,4})\) +(?=\S)/;

/** A numbered line: "1) ORIGIN AND MANDATE", "2. THE PS"; a title when alone and mostly in capitals. */
const NUMBERED_LINE = /^( {0,3})(\d{1,2})([.)]) +(\S.*)$/;

/** The share of a title's letters in capitals: "ALLIANCE CONFERENCES (all at the Hofburg, Vienna)" is a title. */
const TITLE_CAPITALS = 0.6;

/** Roman numerals, for items marked (i), (ii)…; "(i)" right after "(h)" is the ninth letter. */
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/**
 * Reads the lists and section titles of a plain-text file the way its writer meant them, by
 * rewriting the start of each line into Markdown (one line in, one line out, so line numbers in
 * messages stay right):
 * - lines marked "(a)", "b)" or "(iv)" are the items of an ordered list, in that order, so "#3" or
 *   "what comes after (a)?" can be answered;
 * - a numbered title in capitals alone on its line ("1) ORIGIN AND MANDATE") is a heading, not a
 *   one-item list, so the passages below it know their section.
 *
 * Linear in the text: each line is matched once by anchored patterns with no nested repetition.
 */
export function markdownOfPlainText(body: string): string {
  const lines = body.split('\n');
  let previousMarker: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const blankAround = !lines[i - 1]?.trim() && !lines[i + 1]?.trim();
    const numbered = blankAround ? NUMBERED_LINE.exec(line) : null;
    const title = numbered && inCapitals(numbered[4]!) ? numbered : null;
    if (title) {
      // Escaping the marker keeps it a paragraph, which a lone short line makes a heading.
      lines[i] = `${title[1]}${title[2]}\\${title[3]} ${title[4]}`;
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
  return lines.join('\n');
}

/** Whether most of a text's letters are capitals. */
function inCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length >= letters.length * TITLE_CAPITALS;
}

/** The position a marker stands for: "c" is 3, "iv" is 4, "i" is 1 unless it follows "h" (then 9). */
function positionOf(marker: string, previousMarker: string | undefined): number {
  const followsLetter = marker.length === 1 && previousMarker !== undefined && previousMarker.charCodeAt(0) === marker.charCodeAt(0) - 1 && previousMarker.length === 1;
  const roman = ROMAN[marker];
  return roman !== undefined && !followsLetter ? roman : marker.charCodeAt(0) - 96;
}
