/**
 * Discord Markdown for text that comes from users or documents: escaped so it shows as written,
 * and shortened to a limit without cutting a word or a list line in half.
 */

/** A line the core writes as a list item ("1. …", "- …", "• …"): its marker is kept as Markdown. */
const LIST_MARKER = /^(\s*(?:\d{1,3}[.)]|[-•*]))\s+/;

/**
 * Escapes one piece of plain text for Discord Markdown: emphasis, code, spoilers, links, headings
 * and quotes show literally; `<@id>`-style mentions, channels, emoji and timestamps stay raw text;
 * `@everyone` and `@here` get a zero-width space so they can never read (or act) as a broadcast.
 * List markers at the start of a line are kept, so the core's lists still render as lists.
 */
export function escapeDiscord(text: string): string {
  return text.split('\n').map(escapeLine).join('\n');
}

function escapeLine(line: string): string {
  const marker = LIST_MARKER.exec(line);
  const head = marker ? `${marker[1]!.replace('*', '-')} ` : '';
  const body = marker ? line.slice(marker[0].length) : line;
  const escaped = body
    .replace(/[\\*_~`|[\]]/g, '\\$&')
    .replace(/<(?=[@#:/]|a:|t:)/g, '\\<')
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/^(\s*)([#>-])/, '$1\\$2');
  return head + escaped;
}

/** Shown where text was shortened. */
export const ELLIPSIS = '…';

/**
 * Shortens `text` (already escaped) to at most `max` characters. Whole lines are kept while they
 * fit, so a list loses its last items rather than half of one; when even the first line does not
 * fit it is cut at the last space that does. An ellipsis marks any cut. Text within the limit is
 * returned unchanged.
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const lines = text.split('\n');
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    const added = (kept.length > 0 ? 1 : 0) + line.length;
    if (length + added + 1 + ELLIPSIS.length > max) break;
    kept.push(line);
    length += added;
  }
  if (kept.length > 0) return `${kept.join('\n')}\n${ELLIPSIS}`;
  return cutAtWord(lines[0] ?? '', max - ELLIPSIS.length - 1) + ` ${ELLIPSIS}`;
}

/** The longest prefix of `line` within `max` characters that ends at a word boundary. */
function cutAtWord(line: string, max: number): string {
  if (max <= 0) return '';
  const room = line.slice(0, max + 1);
  const space = room.lastIndexOf(' ');
  // One word longer than the whole limit (a URL, say) has no boundary to cut at: leave it out.
  const cut = space > 0 ? room.slice(0, space) : '';
  // The look-behind starts the pattern only where a run of backslashes starts, so a long run is read once.
  return cut.replace(/(?<!\\)\\+$/, (slashes) => (slashes.length % 2 === 1 ? slashes.slice(1) : slashes)).trimEnd();
}
