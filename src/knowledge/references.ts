import type { Block } from './document.js';

/** Headings of sections that list where a document comes from rather than say anything. */
const REFERENCE_HEADING = /^(sources?|references?|links?|further reading|see also|bibliography|external links|citations?|notes and references)\s*:?$/i;

/** A paragraph that only names the page its section comes from: "Source: https://…". */
const SOURCE_LINE = /^(?:sources?|url|link|page|see)\s*:\s*(https?:\/\/\S+(?:\s+https?:\/\/\S+){0,9})$/i;

const URL = /https?:\/\/[^\s<>"”)\]]+/g;

/** A document's blocks with its references taken out. */
export interface SeparatedReferences {
  /** The blocks that say something, each with the page its section names, if any. */
  blocks: Block[];
  /** Every address cited in reference sections and address-only lines, in order, once each. */
  links: string[];
}

/**
 * Takes a document's references out of its answerable text: sections headed "Sources",
 * "References", "Links"…, and paragraphs or lists that hold only addresses, become the document's
 * links; a "Source: <url>" line under a heading becomes the page of that section's blocks. A
 * list of URLs is where a fact came from, never an answer to a question.
 */
export function separateReferences(blocks: readonly Block[]): SeparatedReferences {
  const links: string[] = [];
  const cite = (text: string) => {
    for (const url of text.match(URL) ?? []) if (!links.includes(url)) links.push(url);
  };
  const pageOfSection = new Map<string | undefined, string>();
  const kept: Block[] = [];
  for (const block of blocks) {
    const texts = block.type === 'list' ? block.items : [block.text];
    if (block.section !== undefined && REFERENCE_HEADING.test(block.section.trim())) {
      texts.forEach(cite);
      continue;
    }
    if (block.type === 'paragraph' && REFERENCE_HEADING.test(block.text.trim())) continue;
    const sourceLine = block.type === 'paragraph' ? SOURCE_LINE.exec(block.text.trim()) : null;
    if (sourceLine) {
      cite(sourceLine[1]!);
      if (!pageOfSection.has(block.section)) pageOfSection.set(block.section, sourceLine[1]!.split(/\s+/)[0]!);
      continue;
    }
    if (texts.every(isOnlyAddresses)) {
      texts.forEach(cite);
      continue;
    }
    kept.push(block);
  }
  return {
    blocks: kept.map((block) => {
      const url = pageOfSection.get(block.section);
      return url ? { ...block, url } : block;
    }),
    links,
  };
}

/**
 * Text that is addresses and at most a short label ("Sources: https://…", "UNODC page –
 * https://…"): a citation, not a statement.
 */
function isOnlyAddresses(text: string): boolean {
  const urls = text.match(URL);
  if (!urls) return false;
  const rest = text.replace(URL, ' ').replace(/[\s:;,.–—|()\-[\]]+/g, ' ').trim();
  return rest === '' || rest.split(' ').length <= 6;
}
