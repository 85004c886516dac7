import type { MatchField, PassageTerms } from './fields.js';

/** The fields as coded in a table entry's two low bits, in order of precedence: a term in the text is found there. */
const FIELD_CODES: readonly (MatchField | undefined)[] = [undefined, 'title', 'context', 'text'];

/** A free slot of a table (no key is negative). */
const EMPTY = -1;
/** Spreads consecutive keys over a table's slots (Knuth's multiplicative hash). */
const HASH_MULTIPLIER = 0x9e3779b1;

/** One passage's table (see {@link FieldTables}): where each of its terms is found, by key. */
export type FieldTable = Int32Array;

/**
 * The field of a passage where the term with this key is found, if any, from the passage's table:
 * fetch the table once per candidate ({@link FieldTables.tableOf}), then ask it for each term.
 */
export function fieldIn(table: FieldTable, key: number): MatchField | undefined {
  if (key < 0) return undefined;
  const mask = table.length - 1;
  for (let slot = Math.imul(key, HASH_MULTIPLIER) & mask; ; slot = (slot + 1) & mask) {
    const entry = table[slot]!;
    if (entry === EMPTY) return undefined;
    if (entry >> 2 === key) return FIELD_CODES[entry & 3];
  }
}

/**
 * Where each term of each passage is found: in its own text, else its context, else its
 * document's title. Judging candidates asks this of every candidate for every word of the
 * question, so it is kept compact: a term is a small integer key (see {@link FieldTables.keyOf}),
 * and a passage is one `Int32Array` of `key << 2 | field` entries, a hash table at most half full,
 * built on the passage's first use. Many candidates' tables fit in the processor's cache, where
 * one map of strings per passage did not.
 *
 * @example
 * const key = tables.keyOf('icat');              // once per question
 * fieldIn(tables.tableOf(passageId), key)        // 'text', 'context', 'title' or undefined, per candidate
 */
export class FieldTables {
  private readonly keys = new Map<string, number>();
  private readonly tables: (FieldTable | undefined)[];

  /**
   * @param terms - each passage's analysed terms per field
   * @param known - every term of any field of any passage: only these get a key, so questions cannot grow the table
   */
  constructor(private readonly terms: readonly PassageTerms[], private readonly known: ReadonlySet<string>) {
    this.tables = new Array<FieldTable | undefined>(terms.length);
  }

  /** The key a term is looked up by, or -1 when no passage holds it. Resolve it once per question, not per passage. */
  keyOf(term: string): number {
    const key = this.keys.get(term);
    if (key !== undefined) return key;
    return this.known.has(term) ? this.assign(term) : -1;
  }

  /** A passage's table, for {@link fieldIn}. */
  tableOf(passage: number): FieldTable {
    return this.tables[passage] ?? this.build(passage);
  }

  private build(passage: number): Int32Array {
    const best = new Map<number, number>();
    const terms = this.terms[passage]!;
    for (const [code, field] of [[1, terms.title], [2, terms.context], [3, terms.text]] as const) {
      for (const term of field.split(' ')) if (term) best.set(this.keys.get(term) ?? this.assign(term), code);
    }
    // Open addressing, at most half full, so a look-up ends after a probe or two.
    let size = 4;
    while (size < 2 * best.size) size *= 2;
    const table = new Int32Array(size).fill(EMPTY);
    const mask = size - 1;
    for (const [key, code] of best) {
      let slot = Math.imul(key, HASH_MULTIPLIER) & mask;
      while (table[slot] !== EMPTY) slot = (slot + 1) & mask;
      table[slot] = (key << 2) | code;
    }
    this.tables[passage] = table;
    return table;
  }

  private assign(term: string): number {
    const key = this.keys.size;
    this.keys.set(term, key);
    return key;
  }
}
