/** The field of a passage a term is found in. */
export type MatchField = keyof PassageTerms;

/** The analysed terms of one passage, per field, space-separated with a space at each end. */
export interface PassageTerms {
  text: string;
  context: string;
  title: string;
}

/** How much a match in each field counts. */
export const FIELD_BOOSTS = { text: 2, context: 1, title: 0.5 } as const;

/**
 * The fields the search engine indexes. The title is left out: it is the same for every passage
 * of a document, so indexing it would repeat each title once per passage (a third of the index
 * on large knowledge) while telling passages of one document nothing apart. Title matches still
 * count when candidates are judged.
 */
export const SEARCHED_FIELDS = ['text', 'context'] as const;
