import type { KnowledgeIndex } from './knowledge-index.js';

// "wear blue day - what date": the answer sits under the heading "WEAR BLUE DAY" and never repeats
// it ("January 11 is National Human Trafficking Awareness Day."). The search finds passages by their
// own words only (see fields.ts), so the passages under a heading that names the question's topic
// are found here.

/** Past this many passages under headings that write a term, the term names no one section: it finds none. */
export const MAX_HEADING_PASSAGES = 12;

/**
 * The passages under a section heading that writes `term` (an analysed term, as the index holds
 * it), in reading order; none when the headings that write it hold more than
 * {@link MAX_HEADING_PASSAGES} passages between them. Worked out for every term on first use, in
 * one pass over the passages.
 */
export function passagesUnderHeadings(index: KnowledgeIndex, term: string): readonly number[] {
  let table = tables.get(index);
  if (!table) tables.set(index, table = headingTable(index));
  return table.get(term) ?? NONE;
}

const NONE: readonly number[] = [];
const tables = new WeakMap<KnowledgeIndex, ReadonlyMap<string, readonly number[]>>();

function headingTable(index: KnowledgeIndex): ReadonlyMap<string, readonly number[]> {
  const termsOfHeading = new Map<string, readonly string[]>();
  const passagesOf = new Map<string, number[]>();
  for (const passage of index.passages) {
    if (!passage.section) continue;
    let terms = termsOfHeading.get(passage.section);
    if (!terms) termsOfHeading.set(passage.section, terms = [...new Set(index.analyseForMatching(passage.section).split(' ').filter(Boolean))]);
    for (const term of terms) {
      const ids = passagesOf.get(term);
      if (!ids) passagesOf.set(term, [passage.id]);
      else if (ids.length <= MAX_HEADING_PASSAGES) ids.push(passage.id);
    }
  }
  for (const [term, ids] of passagesOf) if (ids.length > MAX_HEADING_PASSAGES) passagesOf.delete(term);
  return passagesOf;
}
