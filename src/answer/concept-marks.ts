import type { Concept } from './query.js';

/**
 * Which of a question's concepts one passage mentions (in some way), as a set that is cleared and
 * reused for each candidate: judging a candidate marks a few concepts, and a fresh `Set` per
 * candidate and per kind of mention was most of the garbage a question left behind.
 *
 * @example
 * const mentioned = new ConceptMarks(concepts);
 * for (const passage of candidates) { mentioned.clear(); mentioned.add(concepts[0]); mentioned.has(concepts[0]); }
 */
export class ConceptMarks {
  private readonly flags: Uint8Array;

  /** @param positions - each concept of the question with its position, shared by the marks of one question */
  constructor(private readonly positions: ReadonlyMap<Concept, number>) {
    this.flags = new Uint8Array(positions.size);
  }

  /** Each concept with its position, for {@link ConceptMarks}' constructor. */
  static positionsOf(concepts: readonly Concept[]): Map<Concept, number> {
    return new Map(concepts.map((concept, i) => [concept, i]));
  }

  add(concept: Concept): void {
    const at = this.positions.get(concept);
    if (at !== undefined) this.flags[at] = 1;
  }

  has(concept: Concept): boolean {
    const at = this.positions.get(concept);
    return at !== undefined && this.flags[at] === 1;
  }

  clear(): void {
    this.flags.fill(0);
  }
}
