import type { Nodes } from 'mdast';

/**
 * The plain text a reader sees in a piece of parsed Markdown: links keep their text, emphasis,
 * code marks, HTML tags and backslash escapes go, images go entirely, line breaks become spaces,
 * and runs of whitespace become one space. Answers are plain text that each adapter escapes for
 * its own platform.
 *
 * Works on the tree a CommonMark parser built (see {@link parseBody}), so no pattern ever runs on
 * the Markdown source: the time is linear in the text whatever it holds.
 *
 * @example plainTextOf(fromMarkdown('See **[the plan](https://example.org)** `now`')) // 'See the plan now'
 */
export function plainTextOf(node: Nodes): string {
  const parts: string[] = [];
  collect(node, parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function collect(node: Nodes, parts: string[]): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      parts.push(node.value);
      return;
    case 'break':
      parts.push(' ');
      return;
    case 'image':
    case 'imageReference':
    case 'html':
    case 'definition':
      return;
    default:
      if ('children' in node) for (const child of node.children) collect(child as Nodes, parts);
  }
}
