import type { KnowledgeIndex } from '../search/knowledge-index.js';

/** Up to `count` example questions: those the documents list in front matter, else their topics. */
export function exampleQuestions(index: KnowledgeIndex, count = 4): string[] {
  const examples = index.documents.flatMap((doc) => doc.examples);
  if (examples.length >= count) return examples.slice(0, count);
  const topics = [...new Set(index.passages.map((p) => p.section ?? p.document.title))].map((topic) => `Tell me about ${lowerFirst(topic)}`);
  return [...examples, ...topics].slice(0, count);
}

/**
 * Everything the knowledge can be asked about, as questions: the documents' example questions,
 * then "Tell me about …" for each section heading (and for each document without headings). For
 * autocomplete and pickers; deduplicated, in knowledge order.
 */
export function topicQuestions(index: KnowledgeIndex): string[] {
  const topics = index.passages.filter((p) => p.document.kind === 'article').map((p) => p.section ?? p.document.title);
  return [...new Set([...index.documents.flatMap((doc) => doc.examples), ...topics.map((topic) => `Tell me about ${lowerFirst(topic)}`)])];
}

/** The usage text: what the bot does and how to ask. Adapters add their own command syntax. */
export function helpText(index: KnowledgeIndex): string {
  const titles = index.documents.filter((doc) => doc.kind === 'article').length;
  return `I answer questions about ICAT, the Inter-Agency Coordination Group Against Trafficking in Persons, `
    + `from ${titles} knowledge document${titles === 1 ? '' : 's'}, and say where each answer comes from. `
    + 'Ask a question in plain words, for example:';
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
