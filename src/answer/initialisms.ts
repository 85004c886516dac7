import type { KnowledgeIndex } from '../search/knowledge-index.js';

// Chat initialisms the knowledge never defines: "IB 11" for Issue Brief 11, "GA res" for a General Assembly resolution.

/** The longest initialism read this way; longer ones are names the knowledge would define. */
const MAX_LETTERS = 4;

/** Capitalised names of the knowledge by their initials, built once per index on first use. */
interface InitialsTable {
  /** Two initials → the stem pairs written as one capitalised name ("ib" → ["issu brief"]). */
  pairs: Map<string, string[][]>;
  /** A name's word → the words that follow it inside a capitalised name, for three and four initials. */
  next: Map<string, string[]>;
}

const tables = new WeakMap<KnowledgeIndex, InitialsTable>();

/**
 * The words of a capitalised name of the knowledge whose initials a typed word spells ("ib" →
 * ["issu", "brief"], "gpa" → ["global", "plan", "action"]), as the stems they are indexed under;
 * undefined when no name fits. Of several names, the one whose words the knowledge uses most
 * (ties alphabetically, so every index answers alike).
 */
export function nameWithInitials(index: KnowledgeIndex, initials: string): string[] | undefined {
  if (initials.length < 2 || initials.length > MAX_LETTERS || !/^[a-z]+$/.test(initials)) return undefined;
  const table = initialsTable(index);
  let chains = table.pairs.get(initials.slice(0, 2)) ?? [];
  for (const letter of initials.slice(2)) {
    chains = chains.flatMap((chain) => (table.next.get(chain[chain.length - 1]!) ?? []).filter((word) => word[0] === letter).map((word) => [...chain, word]));
  }
  const used = (chain: string[]) => chain.reduce((sum, word) => sum + (index.passageFrequency.get(word) ?? 0), 0);
  return chains.sort((a, b) => used(b) - used(a) || (a.join(' ') < b.join(' ') ? -1 : 1))[0];
}

function initialsTable(index: KnowledgeIndex): InitialsTable {
  let table = tables.get(index);
  if (table) return table;
  table = { pairs: new Map(), next: new Map() };
  for (const pair of index.capitalised.pairs) {
    const [first, second] = pair.trim().split(' ');
    if (!first || !second) continue;
    const key = first[0]! + second[0]!;
    const list = table.pairs.get(key) ?? [];
    list.push([first, second]);
    table.pairs.set(key, list);
    const following = table.next.get(first) ?? [];
    following.push(second);
    table.next.set(first, following);
  }
  tables.set(index, table);
  return table;
}
