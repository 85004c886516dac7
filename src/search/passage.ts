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
  /**
   * For one item of a list, indexed on its own so that a question about one item is judged on that
   * item alone: the id of the whole list's passage, and the item's position in it.
   */
  itemOf?: number;
  item?: number;
  /** For a sub-item, the id of the item it sits under, whose words introduce it in an answer. */
  parentItem?: number;
  /** Who said it, when the passage is a quotation or reported speech ("UNODC Executive Director Ghada Waly"). */
  speaker?: string;
  /** True when the passage is (part of) a quotation: then it is shown with its speaker. */
  quoted?: boolean;
  /** The page the passage's facts come from, when its section names one (else the document's). */
  url?: string;
  /**
   * When the passage's facts were true: the document's `as_of`, or the year its heading names
   * ("Co-chairs in 2024"). Answers from it say so.
   */
  asOf?: string;
}

/**
 * The same passage as an object with every field of {@link Passage} present, in one order (the
 * absent ones `undefined`). Passages are read for every candidate of every question; built with
 * only the fields each has, they came in some forty shapes, and every read of one of their fields
 * took the engine's slow path for objects of many shapes.
 */
export function inOneShape(p: Passage): Passage {
  return {
    id: p.id, document: p.document, section: p.section, kind: p.kind, text: p.text, items: p.items, ordered: p.ordered,
    paragraph: p.paragraph, previous: p.previous, next: p.next, context: p.context, features: p.features, itemOf: p.itemOf,
    item: p.item, parentItem: p.parentItem, speaker: p.speaker, quoted: p.quoted, url: p.url, asOf: p.asOf,
  };
}
