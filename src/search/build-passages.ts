import type { KnowledgeDocument } from '../knowledge/document.js';
import { balanceQuotes, splitSentences } from '../text/sentences.js';
import { answerFeatures, LEAD_IN } from './features.js';
import type { Passage } from './passage.js';

/**
 * Cuts documents into passages: each sentence of a paragraph, and each list whole (with the
 * sentence that introduces it). A sentence keeps as context the opening of its paragraph, and a
 * paragraph that follows a lead-in ending in ":" keeps that lead-in, so a quotation stays
 * attached to the person who said it.
 */
export function buildPassages(documents: readonly KnowledgeDocument[]): Passage[] {
  const passages: Passage[] = [];
  let paragraph = 0;
  for (const document of documents) {
    let leadIn = '';
    let lastSentence = '';
    let lastSection: string | undefined;
    let previousInSection: Passage | undefined;
    for (const block of document.blocks) {
      if (block.section !== lastSection) { leadIn = ''; lastSentence = ''; previousInSection = undefined; lastSection = block.section; }
      paragraph++;
      const add = (fields: Omit<Passage, 'id' | 'document' | 'section' | 'paragraph' | 'features'>) => {
        const passage: Passage = {
          id: passages.length, document, ...(block.section ? { section: block.section } : {}), paragraph,
          features: answerFeatures([fields.text, ...(fields.items ?? [])].join(' ')), ...fields,
        };
        if (previousInSection) { previousInSection.next = passage.id; passage.previous = previousInSection.id; }
        previousInSection = passage;
        passages.push(passage);
      };
      if (block.type === 'list') {
        const intro = lastSentence || block.section || '';
        add({ kind: 'list', text: intro, items: block.items, ordered: block.ordered, context: intro });
        leadIn = '';
        lastSentence = '';
        continue;
      }
      const sentences = splitSentences(block.text).map(balanceQuotes);
      const opening = sentences[0] ?? '';
      sentences.forEach((sentence, i) => {
        const context = [leadIn, i > 0 ? opening : ''].filter(Boolean).join(' ');
        add({ kind: 'sentence', text: sentence, context });
      });
      lastSentence = sentences[sentences.length - 1] ?? '';
      leadIn = LEAD_IN.test(lastSentence) ? lastSentence : '';
    }
  }
  return passages;
}
