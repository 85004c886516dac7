import { basename, extname } from 'node:path';
import { KnowledgeParseError } from '../errors.js';
import type { AliasEntry, KnowledgeDocument } from './document.js';
import { splitFrontMatter } from './front-matter.js';
import { parseBody } from './parse-body.js';
import { separateReferences } from './references.js';

/** A glossary line: "**CBSS**: Council of …", "CBSS — Council of …" or "CBSS = Council of …". */
const GLOSSARY_ITEM = /^\s*(?:\*\*|__)?([^*_:=—–]+?)(?:\*\*|__)?\s*(?::|=|—|–| - )\s*(.+)$/;

/**
 * Parses one knowledge file (Markdown, or plain text where a short first line is the title) into a
 * {@link KnowledgeDocument}. The title comes from front matter, else the first `#` heading, else
 * the first line of a text file, else the file name. Throws {@link KnowledgeParseError} naming the
 * file and line when the file cannot be trusted.
 *
 * @param file - the path shown to people in sources and errors
 * @param content - the file's text
 */
export function parseDocument(file: string, content: string): KnowledgeDocument {
  const plain = extname(file).toLowerCase() === '.txt';
  const { frontMatter, body, bodyLine } = splitFrontMatter(file, content);
  const parsed = parseBody(body, { firstLine: bodyLine, plainHeadings: plain });
  const { firstHeading } = parsed;
  const { blocks, links } = separateReferences(parsed.blocks);
  const title = frontMatter.title ?? firstHeading ?? titleFromFileName(file);
  const kind = frontMatter.kind ?? 'article';
  const aliases: AliasEntry[] = Object.entries(frontMatter.aliases ?? {}).map(([short, long]) => ({ short, long, file, title }));
  if (kind === 'glossary') {
    for (const block of blocks) {
      const entries = block.type === 'list' ? block.items : [block.text];
      entries.forEach((entry, i) => {
        const match = GLOSSARY_ITEM.exec(entry);
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
