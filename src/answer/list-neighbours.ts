import type { KnowledgeIndex } from '../search/knowledge-index.js';

// Which item of a list comes right before or after the one a question names.

/**
 * "What comes after 'building the evidence base'?": the item next to the one the question quotes,
 * when exactly one item shares most of the quoted words.
 */
export function neighbourItem(index: KnowledgeIndex, items: readonly string[], relative: { direction: -1 | 1; anchor: string }): { anchor: number; at: number } | undefined {
  const wanted = index.analyseForMatching(relative.anchor).split(' ').filter(Boolean);
  if (wanted.length === 0) return undefined;
  const scores = items.map((item) => {
    const terms = new Set(index.analyseForMatching(item).split(' '));
    return wanted.filter((term) => terms.has(term)).length / wanted.length;
  });
  const best = Math.max(...scores);
  const anchor = scores.indexOf(best);
  const at = anchor + relative.direction;
  if (best < 0.5 || scores.filter((score) => score === best).length > 1 || at < 0 || at >= items.length) return undefined;
  return { anchor, at };
}
