import type { KnowledgeDocument } from '../knowledge/document.js';
import type { AnswerFeatures } from './features.js';

/**
 * The unit the bot answers from: one sentence, or one whole list with the sentence that introduces
 * it. Small enough to quote as an answer, with its heading and document as context.
 */
export interface Passage {
  /** Position in the index's passage array. */
  id: number;
  document: KnowledgeDocument;
  section?: string;
  kind: 'sentence' | 'list';
  /** The text as written (a sentence; for a list, its lead-in). */
  text: string;
  /** The list's items, for `kind: 'list'`. */
  items?: string[];
  /** Whether the list is numbered. */
  ordered?: boolean;
  /** The paragraph (or list) this passage belongs to; sentences of one paragraph share it. */
  paragraph: number;
  /** The previous and next passage of the same section, in reading order, if any. */
  previous?: number;
  next?: number;
  /** What the passage is about beyond its own words: the paragraph's opening sentence or the lead-in before it. */
  context: string;
  features: AnswerFeatures;
}
