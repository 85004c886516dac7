import type { Concept } from './query.js';

/**
 * Which of a question's concepts one passage mentions (in some way), as a set that is cleared and
 * reused for each candidate: judging a candidate marks a few concepts, and a fresh `Set` per
 * candidate and per kind of mention was most of the garbage a question left behind.
 *
 * @example
 * const mentioned = new ConceptMarks(ConceptMarks.positionsOf(concepts), concepts.length);
 * for (const passage of candidates) { mentioned.clear(); mentioned.mark(0); mentioned.has(concepts[0]); }
 */
export class ConceptMarks {
  private readonly flags: Uint8Array;

  /**
   * @param positions - each concept of the question with its (first) position, shared by the marks of one question
   * @param count - how many concepts the question has
   */
  constructor(private readonly positions: ReadonlyMap<Concept, number>, count: number) {
    this.flags = new Uint8Array(count);
  }

  /** Each concept with its first position, for {@link ConceptMarks}' constructor. */
  static positionsOf(concepts: readonly Concept[]): Map<Concept, number> {
    const positions = new Map<Concept, number>();
    concepts.forEach((concept, i) => { if (!positions.has(concept)) positions.set(concept, i); });
    return positions;
  }

  /** Marks the concept at this position of the question's concepts. */
  mark(position: number): void {
    this.flags[position] = 1;
  }

  has(concept: Concept): boolean {
    const at = this.positions.get(concept);
    return at !== undefined && this.flags[at] === 1;
  }

  clear(): void {
    this.flags.fill(0);
  }
}
