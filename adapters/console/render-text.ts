import type { Reply, Source } from '../../src/reply.js';

/**
 * Renders a reply as plain terminal text: what a follow-up was understood as (when it was one),
 * the answer, then where it came from, or the suggestions when there is no answer.
 */
export function renderText(reply: Reply): string {
  const lines = reply.understood ? [`(${reply.understood})`, reply.answer] : [reply.answer];
  if (reply.sources.length > 0) {
    lines.push('', ...reply.sources.map((source) => `Source: ${describeSource(source)}`));
  }
  if (reply.suggestions.length > 0) {
    lines.push('', reply.kind === 'declined' ? 'You could ask about:' : 'Try:', ...reply.suggestions.map((s) => `  - ${s}`));
  }
  return lines.join('\n');
}

/** "Title, section (file) url": one line naming a source. */
export function describeSource(source: Source): string {
  return `${source.title}${source.section ? `, ${source.section}` : ''} (${source.file})${source.url ? ` ${source.url}` : ''}`;
}
