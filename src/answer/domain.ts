import type { KnowledgeDocument } from '../knowledge/document.js';
import type { KnowledgeIndex } from '../search/knowledge-index.js';

// What the knowledge as a whole is about, for questions that do not say.

/**
 * The documents that write the knowledge's subject (`subject`, "ICAT" for this bot) in their text,
 * headings or title. A question that names nothing ("priority #4", "who coordinates?") is asked
 * of that subject, so when a document about something else (a neighbouring body's action plan)
 * matches as well, the one about the subject is meant. Undefined when the knowledge never writes
 * the subject. Worked out once per index and subject.
 */
export function domainDocuments(index: KnowledgeIndex, subject: string): ReadonlySet<KnowledgeDocument> | undefined {
  let bySubject = memo.get(index);
  if (!bySubject) memo.set(index, bySubject = new Map());
  if (!bySubject.has(subject)) bySubject.set(subject, findDomainDocuments(index, subject));
  return bySubject.get(subject);
}

const memo = new WeakMap<KnowledgeIndex, Map<string, ReadonlySet<KnowledgeDocument> | undefined>>();

function findDomainDocuments(index: KnowledgeIndex, subject: string): ReadonlySet<KnowledgeDocument> | undefined {
  const phrase = index.analyseForMatching(subject).trim();
  if (phrase === '') return undefined;
  const documents = new Set<KnowledgeDocument>();
  index.passages.forEach((passage, id) => {
    if (documents.has(passage.document)) return;
    const terms = index.terms[id]!;
    if (` ${terms.text} ${terms.context} ${terms.title} `.includes(` ${phrase} `)) documents.add(passage.document);
  });
  return documents.size > 0 ? documents : undefined;
}
