import { parseDocument } from 'yaml';
import { KnowledgeParseError } from '../errors.js';

/**
 * Front matter fields icat-bot understands. Any other field ("category", "tags") is ignored with a
 * warning naming it, so a document written for another tool still loads and a typo is still seen.
 */
export interface FrontMatter {
  title?: string;
  source?: string;
  date?: string;
  url?: string;
  /**
   * When the document's facts were true: a year ("2025") or a date ("2025-03-01"). Answers built
   * on it say so ("As of 2025, …"), so nobody takes an old chair for the current one.
   */
  as_of?: string;
  kind?: 'article' | 'glossary';
  examples?: string[];
  /** Abbreviation → full name, e.g. `{ CBSS: Council of the Baltic Sea States }`. */
  aliases?: Record<string, string>;
}

/** A file split into its front matter and body; `bodyLine` is the 1-based line where the body starts. */
export interface SplitFile {
  frontMatter: FrontMatter;
  body: string;
  bodyLine: number;
}

/** The fields {@link FrontMatter} reads, as listed in warnings about the others. */
export const KNOWN_FIELDS: ReadonlySet<string> = new Set(['title', 'source', 'date', 'url', 'as_of', 'kind', 'examples', 'aliases']);

/**
 * Separates and validates a file's YAML front matter (between `---` lines at the very top).
 * A file without front matter is fine; broken front matter throws a {@link KnowledgeParseError}
 * naming the file and line, because silently indexing half a file would give wrong answers.
 */
export function splitFrontMatter(file: string, content: string, onIgnoredField: (line: number, field: string) => void = () => {}): SplitFile {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return { frontMatter: {}, body: lines.join('\n'), bodyLine: 1 };
  const end = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (end < 0) {
    throw new KnowledgeParseError(file, 1, 'front matter opened with "---" is never closed: add a "---" line after it.');
  }
  const yamlText = lines.slice(1, end).join('\n');
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = (firstError.linePos?.[0]?.line ?? 1) + 1;
    const reason = firstError.message.split('\n')[0] ?? 'invalid YAML';
    throw new KnowledgeParseError(file, line, `front matter is not valid YAML: ${reason}`, { cause: firstError });
  }
  const data: unknown = doc.toJS() ?? {};
  const frontMatter = validate(file, data, (key) => lineOfKey(lines, end, key), onIgnoredField);
  return { frontMatter, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

function lineOfKey(lines: string[], end: number, key: string): number {
  const index = lines.slice(1, end).findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? 1 : index + 2;
}

function validate(file: string, data: unknown, lineOf: (key: string) => number, onIgnoredField: (line: number, field: string) => void): FrontMatter {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new KnowledgeParseError(file, 2, 'front matter must be a set of "field: value" lines.');
  }
  const fields = data as Record<string, unknown>;
  const fail = (key: string, problem: string): never => {
    throw new KnowledgeParseError(file, lineOf(key), problem);
  };
  for (const key of Object.keys(fields)) {
    if (!KNOWN_FIELDS.has(key)) onIgnoredField(lineOf(key), key);
  }
  const text = (key: string): string | undefined => {
    const value = fields[key];
    if (value === undefined || value === null) return undefined;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value !== 'string' && typeof value !== 'number') fail(key, `"${key}" must be text.`);
    return String(value).trim() || undefined;
  };
  const frontMatter: FrontMatter = {};
  for (const key of ['title', 'source', 'date', 'url', 'as_of'] as const) {
    const value = text(key);
    if (value !== undefined) frontMatter[key] = value;
  }
  if (frontMatter.url && !/^https?:\/\/\S+$/.test(frontMatter.url)) fail('url', '"url" must be an http(s) address.');
  if (frontMatter.as_of && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(frontMatter.as_of)) {
    fail('as_of', '"as_of" must be a year or a date, e.g. 2025 or 2025-03-01.');
  }
  const kind = text('kind');
  if (kind !== undefined) {
    if (kind !== 'article' && kind !== 'glossary') fail('kind', '"kind" must be "article" or "glossary".');
    frontMatter.kind = kind as 'article' | 'glossary';
  }
  if (fields.examples !== undefined) {
    const examples = fields.examples;
    if (!Array.isArray(examples) || !examples.every((e) => typeof e === 'string')) {
      fail('examples', '"examples" must be a list of questions.');
    }
    frontMatter.examples = examples as string[];
  }
  if (fields.aliases !== undefined) {
    const aliases = fields.aliases;
    if (typeof aliases !== 'object' || aliases === null || Array.isArray(aliases)
      || !Object.values(aliases).every((v) => typeof v === 'string')) {
      fail('aliases', '"aliases" must map each abbreviation to its full name, e.g. "CBSS: Council of the Baltic Sea States".');
    }
    frontMatter.aliases = aliases as Record<string, string>;
  }
  return frontMatter;
}
