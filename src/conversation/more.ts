import type { KnowledgeIndex } from '../search/knowledge-index.js';
import type { Passage } from '../search/passage.js';
import { MAX_ANSWER_LENGTH, type Source } from '../reply.js';
import type { ConversationTurn } from './turn.js';

/** The next passage after a turn's answer, with the source to show for it; or why there is none. */
export type MoreResult =
  | { found: true; text: string; source: Source; section: string }
  | { found: false; section?: string };

/**
 * Finds what "tell me more" continues with: the passage that follows, in the same section, the
 * last passage the turn's answer quoted. The answer's passage is recognised by its text (the
 * reply carries its source's file and section, and the answer quotes the passage), so nothing
 * about ranking needs to know about conversations.
 */
export function nextPassage(index: KnowledgeIndex, turn: ConversationTurn): MoreResult {
  const source = turn.sources[0];
  if (!source || turn.kind !== 'answer') return { found: false };
  const section = source.section ?? source.title;
  const answer = normalise(turn.answer);
  let last: Passage | undefined;
  for (const passage of index.passages) {
    if (passage.document.file !== source.file || (passage.section ?? passage.document.title) !== section) continue;
    const text = normalise(passage.text);
    if (text.length > 0 && answer.includes(text.slice(0, 80))) last = passage;
  }
  const next = last?.next === undefined ? undefined : index.passages[last.next];
  if (!next) return { found: false, section };
  return { found: true, text: clip(passageText(next)), source, section };
}

function passageText(passage: Passage): string {
  if (passage.kind !== 'list' || !passage.items) return passage.text;
  const items = passage.items.map((item, i) => `${passage.ordered ? `${i + 1}.` : '•'} ${item}`);
  return [passage.text, ...items].filter(Boolean).join('\n');
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** At most {@link MAX_ANSWER_LENGTH} characters, cut at a space. */
function clip(text: string): string {
  if (text.length <= MAX_ANSWER_LENGTH) return text;
  const head = text.slice(0, MAX_ANSWER_LENGTH - 1);
  const space = head.lastIndexOf(' ');
  return `${space > 0 ? head.slice(0, space) : head}…`;
}
