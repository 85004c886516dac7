/**
 * A set of stem sequences ("council baltic sea state", "cbss"), each with a value, that finds
 * where each sequence first occurs in a text's stems in one pass over them. Matching each sequence
 * against the text in turn cost sequences × text length: at indexing, every abbreviation against
 * every passage. Here the cost is the text's length times the depth of the longest match from
 * each position (a few words), whatever the number of sequences.
 *
 * @example
 * const sequences = new StemSequences<string>();
 * sequences.add(['council', 'baltic', 'sea', 'state'], 'CBSS in full');
 * sequences.add(['cbss'], 'CBSS');
 * sequences.firstOccurrences(['the', 'cbss', 'and', 'council', 'baltic', 'sea', 'state'])
 * // Map { 'CBSS' => 1, 'CBSS in full' => 3 }
 */
export class StemSequences<T> {
  private readonly root: TrieNode<T> = newNode();

  /** Adds `sequence` with its value; an empty sequence is never found. */
  add(sequence: readonly string[], value: T): void {
    if (sequence.length === 0) return;
    let node = this.root;
    for (const stem of sequence) {
      let next = node.next.get(stem);
      if (!next) node.next.set(stem, (next = newNode()));
      node = next;
    }
    node.values.push(value);
  }

  /**
   * Each value whose sequence occurs in `stems`, with the index where it first starts: what
   * searching `stems` for each sequence from the start would give, in the order the values are
   * first found.
   */
  firstOccurrences(stems: readonly string[]): Map<T, number> {
    const found = new Map<T, number>();
    for (let start = 0; start < stems.length; start++) {
      let node: TrieNode<T> | undefined = this.root;
      for (let at = start; at < stems.length; at++) {
        node = node.next.get(stems[at]!);
        if (!node) break;
        for (const value of node.values) if (!found.has(value)) found.set(value, start);
      }
    }
    return found;
  }
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

function newNode<T>(): TrieNode<T> {
  return { next: new Map(), values: [] };
}
