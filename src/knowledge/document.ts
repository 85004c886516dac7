/** An abbreviation and its full name, with where the knowledge says so. */
export interface AliasEntry {
  /** The short form as written, e.g. "CBSS" or "TF THB". */
  short: string;
  /** The full name, e.g. "Council of the Baltic Sea States". */
  long: string;
  /** The knowledge file that defines it. */
  file: string;
  /** The title of that file's document. */
  title: string;
}

/** A paragraph of prose, with the heading it sits under. */
export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
  /** The nearest heading above it, if any (the document title is not repeated here). */
  section?: string;
  /** 1-based line where the block starts. */
  line: number;
  /** The page this block's facts come from, from a `Source: <url>` line under its heading. */
  url?: string;
  /** Set when the block is one row of a table ("Year: 2019; Host: Vienna"): a record, not prose that leads into what follows. */
  tableRow?: true;
}

/** A bulleted or numbered list, kept whole so it can be answered as a list. */
export interface ListBlock {
  type: 'list';
  /** Every item's own text in reading order, a nested list's items right after their parent's. */
  items: string[];
  /**
   * How deep each item sits (0: the list's own items, 1: a sub-item…), when any item is nested;
   * absent for a flat list. A sub-item's parent is the nearest item before it that sits higher.
   */
  depths?: number[];
  ordered: boolean;
  section?: string;
  line: number;
  /** The page this list's facts come from, from a `Source: <url>` line under its heading. */
  url?: string;
}

/** A unit of a document's body, in reading order. */
export type Block = ParagraphBlock | ListBlock;

/**
 * One knowledge file, parsed: its metadata from front matter (only what the file states) and its
 * body as blocks. Glossary documents feed abbreviation expansion rather than answers.
 */
export interface KnowledgeDocument {
  /** The file as shown in sources, e.g. "knowledge/cbss-joins-icat.md". */
  file: string;
  title: string;
  kind: 'article' | 'glossary';
  url?: string;
  source?: string;
  date?: string;
  /** When the document's facts were true (front matter `as_of`): a year or a date. */
  asOf?: string;
  /**
   * The addresses the document cites in a "Sources" or "References" section, or on lines that hold
   * only addresses. They are shown with its sources, never given as answers.
   */
  links: string[];
  /** Example questions this document answers, for help texts. */
  examples: string[];
  /** Abbreviations the document defines (front matter `aliases`, glossary entries). */
  aliases: AliasEntry[];
  blocks: Block[];
}
