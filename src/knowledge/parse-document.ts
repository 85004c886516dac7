import { markdownOfPlainText } from './plain-text-lists.js';
import { basename, extname } from 'node:path';
import { KnowledgeParseError } from '../errors.js';
import type { AliasEntry, KnowledgeDocument } from './document.js';
import { splitFrontMatter } from './front-matter.js';
import { BODY_CAPS, capBody, type BodyCaps } from './caps.js';
import { parseBody } from './parse-body.js';
import { separateReferences } from './references.js';

/** A glossary line: "**CBSS**: Council of …", "CBSS — Council of …" or "CBSS = Council of …". */
const GLOSSARY_ITEM = /^\s*(?:\*\*|__)?([^*_:=—–]+?)(?:\*\*|__)?\s*(?::|=|—|–| - )\s*(.+)$/;

/** Options for {@link parseDocument}. */
export interface ParseDocumentOptions {
  /** Limits on line and paragraph length, see {@link BodyCaps}. Default {@link BODY_CAPS}. */
  caps?: Partial<BodyCaps>;
  /**
   * Told of each cut the caps made, with the 1-based line in the file, so the loader can warn
   * naming the file. Default: nobody.
   */
  onCut?: (line: number, what: string) => void;
  /**
   * Told of each front matter field icat-bot does not read ("category", or a typo like "titel"),
   * with its line, so the loader can warn naming the file. Default: nobody.
   */
  onIgnoredField?: (line: number, field: string) => void;
}

/** A glossary entry longer than this is not "ABBREVIATION: full name" (and is never run through a pattern). */
const MAX_GLOSSARY_ENTRY = 1000;

/**
 * Parses one knowledge file (Markdown, or plain text where a short first line is the title) into a
 * {@link KnowledgeDocument}. The title comes from front matter, else the first `#` heading, else
 * the first line of a text file, else the file name. Throws {@link KnowledgeParseError} naming the
 * file and line when the file cannot be trusted.
 *
 * @param file - the path shown to people in sources and errors
 * @param content - the file's text
 * @param options - see {@link ParseDocumentOptions}
 */
export function parseDocument(file: string, content: string, options: ParseDocumentOptions = {}): KnowledgeDocument {
  const plain = extname(file).toLowerCase() === '.txt';
  const { frontMatter, body, bodyLine } = splitFrontMatter(file, content, options.onIgnoredField);
  const capped = capBody(plain ? markdownOfPlainText(body) : body, options.caps);
  for (const cut of capped.cuts) options.onCut?.(bodyLine + cut.line - 1, cut.what);
  const parsed = parseBody(capped.text, {
    firstLine: bodyLine, plainHeadings: plain, restoreMarks: capped.plainMarks, ...(capped.lineMap ? { lineMap: capped.lineMap } : {}),
  });
  const { firstHeading } = parsed;
  const { blocks, links } = separateReferences(parsed.blocks);
  const title = frontMatter.title ?? firstHeading ?? titleFromFileName(file);
  const kind = frontMatter.kind ?? 'article';
  const aliases: AliasEntry[] = Object.entries(frontMatter.aliases ?? {}).map(([short, long]) => ({ short, long, file, title }));
  if (kind === 'glossary') {
    for (const block of blocks) {
      const entries = block.type === 'list' ? block.items : [block.text];
      entries.forEach((entry, i) => {
        const match = entry.length <= MAX_GLOSSARY_ENTRY ? GLOSSARY_ITEM.exec(entry) : null;
        if (!match) {
          throw new KnowledgeParseError(file, block.line + i, `glossary entry "${entry.slice(0, 60)}" should read "ABBREVIATION: full name".`);
        }
        aliases.push({ short: match[1]!.trim(), long: match[2]!.trim(), file, title });
      });
    }
  }
  if (kind === 'article' && blocks.length === 0) {
    throw new KnowledgeParseError(file, bodyLine, 'the document has no text to answer from: add paragraphs or lists below the front matter.');
  }
  return {
    file,
    title,
    kind,
    ...(frontMatter.url ? { url: frontMatter.url } : {}),
    ...(frontMatter.source ? { source: frontMatter.source } : {}),
    ...(frontMatter.date ? { date: frontMatter.date } : {}),
    ...(frontMatter.as_of ? { asOf: frontMatter.as_of } : {}),
    links,
    examples: frontMatter.examples ?? [],
    aliases,
    blocks: kind === 'glossary' ? [] : blocks,
  };
}

function titleFromFileName(file: string): string {
  const name = basename(file, extname(file)).replace(/^\d+[_-]?/, '').replace(/[_-]+/g, ' ').trim();
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : basename(file);
}
