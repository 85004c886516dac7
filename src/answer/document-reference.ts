import type { KnowledgeDocument } from '../knowledge/document.js';
import type { KnowledgeIndex } from '../search/knowledge-index.js';

// "in the cbss article, what's the 4th priority?": where to look, said by naming a document of the knowledge.

/**
 * A question that names the document to answer from, read apart: the question without the
 * reference, and the documents it names.
 */
export interface DocumentReference {
  /** The question with the reference taken out ("what's the 4th priority?"). */
  question: string;
  /**
   * The documents named, whose passages alone answer. Undefined for the glossary: its entries
   * answer "what does X stand for" without being passages, so the reference only frames the question.
   */
  documents?: ReadonlySet<KnowledgeDocument>;
}

/** Nouns by which a chat question points at a document rather than at what it is about. */
const DOCUMENT_NOUNS = /^(?:article|piece|page|pg|webpage|doc|document|glossary|write-?up|factsheet|notes?|briefing)$/i;

/** A noun numbered ("article 3", "page 7") is part of what is asked, not a document of the knowledge. */
const NUMBERED = /^(?:\d+|[ivxlc]+)$/i;

/** Words that end a document's name on its left ("… in the cbss article"). */
const NAME_EDGE = new Set(['the', 'this', 'that', 'a', 'an', 'ur', 'your', 'our', 'in', 'per', 'from', 'on', 'to', 'by', 'of', 'acc', 'according', 'as', 'and', 'or']);

/** The most words a document's name is typed with ("per the baltic sea states article"). */
const MAX_NAME_WORDS = 5;

/** What may stand before the name: an article or a possessive, after "in", "per", "according to"… */
const DETERMINER = /(?:\b(?:the|this|that|ur|your|our)\s+)?$/i;
const PREPOSITION = /\b(?:in|per|from|on|by|according\s+to|acc\.?\s+to|as\s+per)\s+$/i;

/** After the noun, a verb that says the document is quoted ("the cbss article says …"). */
const QUOTED_VERB = /^\s+(?:says|said|writes|states|mentions|lists|notes)\b/i;

/**
 * Finds where a question names one of the knowledge's documents as the place to answer from:
 * "in the cbss article, …", "per the baltic sea states article", "(cbss article)", "cbss article
 * icat priority #3", "glossary: NAPTIP?". The name must match the title (or file name) of some
 * documents and not of all: "the campaign strategy doc" of "who presented …" is what is asked
 * about, and names no document. Undefined when the question names none.
 */
export function documentReferenceIn(index: KnowledgeIndex, question: string): DocumentReference | undefined {
  const words = [...question.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu)].map((match) => ({ text: match[0].replace(/[.]+$/, ''), at: match.index, end: match.index + match[0].replace(/[.]+$/, '').length }));
  for (let i = 0; i < words.length; i++) {
    const noun = words[i]!;
    if (!DOCUMENT_NOUNS.test(noun.text) || NUMBERED.test(words[i + 1]?.text ?? '')) continue;
    // The name: the words just before the noun, typed without punctuation between them.
    let first = i;
    while (first > 0 && i - first < MAX_NAME_WORDS && !NAME_EDGE.has(words[first - 1]!.text.toLowerCase()) && /^\s+$/.test(question.slice(words[first - 1]!.end, words[first]!.at))) first--;
    // "glossary: NAPTIP?", "in the glossary": the glossary is named by its noun alone.
    const glossary = /^glossary$/i.test(noun.text) && first === i;
    if (first === i && !glossary) continue;
    const name = question.slice(words[first]!.at, words[first]!.at + (first === i ? 0 : words[i - 1]!.end - words[first]!.at));
    // Where the reference begins: with the preposition and article before the name, if typed.
    const before = question.slice(0, words[first]!.at);
    const withArticle = before.length - DETERMINER.exec(before)![0].length;
    const preposition = PREPOSITION.exec(before.slice(0, withArticle));
    const start = preposition ? preposition.index : withArticle;
    const opens = /(?:^|[(,:;?!–—-])\s*$/.test(question.slice(0, start));
    const quoted = QUOTED_VERB.exec(question.slice(noun.end));
    if (!preposition && !opens && !quoted) continue;
    const documents = glossary ? undefined : namedDocuments(index, name);
    if (!glossary && documents === undefined) continue;
    const end = noun.end + (quoted ? quoted[0].length : 0);
    const rest = `${question.slice(0, start).replace(/[(]\s*$/, '')} ${question.slice(end).replace(/^\s*[):,;–—-]?/, '')}`.replace(/\s+/g, ' ').trim();
    if (!/[\p{L}\p{N}]/u.test(rest)) continue;
    return documents ? { question: rest, documents } : { question: rest };
  }
  return undefined;
}

/**
 * The documents a typed name points at: those whose title or file name writes every word of the
 * name that some document's title writes ("cbss news" is the CBSS document: no title writes
 * "news"). Undefined when no title writes any of its words, or when all documents match.
 */
function namedDocuments(index: KnowledgeIndex, name: string): ReadonlySet<KnowledgeDocument> | undefined {
  const titles = titleTermsOf(index);
  const typed = index.analyseForMatching(name).split(' ').filter((term) => term !== '');
  const inSomeTitle = typed.filter((term) => [...titles.values()].some((terms) => terms.has(term)));
  if (inSomeTitle.length === 0) return undefined;
  const documents = new Set([...titles].filter(([, terms]) => inSomeTitle.every((term) => terms.has(term))).map(([document]) => document));
  return documents.size > 0 && documents.size < titles.size ? documents : undefined;
}

/**
 * Each answering document's title and file name as terms, with the full names of the
 * abbreviations in them ("CBSS" in a title is also "Council of the Baltic Sea States"). Worked out once per index.
 */
function titleTermsOf(index: KnowledgeIndex): ReadonlyMap<KnowledgeDocument, ReadonlySet<string>> {
  const known = memo.get(index);
  if (known) return known;
  const titles = new Map<KnowledgeDocument, ReadonlySet<string>>();
  for (const document of index.documents) {
    if (document.kind === 'glossary') continue;
    const fileName = document.file.replace(/^.*\//, '').replace(/\.[a-z]+$/i, '').replace(/[-_]+/g, ' ');
    const terms = new Set(index.analyseForMatching(`${document.title} ${fileName}`).split(' ').filter((term) => term !== ''));
    for (const term of [...terms]) if (index.aliases.isToken(term)) for (const stem of index.aliases.longStemsOf(term)) terms.add(stem);
    titles.set(document, terms);
  }
  memo.set(index, titles);
  return titles;
}

const memo = new WeakMap<KnowledgeIndex, ReadonlyMap<KnowledgeDocument, ReadonlySet<string>>>();
