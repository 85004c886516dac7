import type { Passage } from '../search/passage.js';
import type { QuestionShape } from './question.js';
import type { Candidate } from './rank.js';
import { headingYearOf, itemYearOf } from './year-labels.js';

// For questions about now: the latest dated fact among equally good answers.

/** Candidates this close to the best are equally good answers, between which the date decides. */
const NEAR_TIE = 0.12;

/** …and that cover the question as fully as the best does. */
const SAME_COVERAGE = 0.03;

/**
 * For a question about now ("who chairs ICAT?", "current members"), the latest dated fact among
 * the answers that match it about equally well: the 2025 co-chairs, not the 2019 ones. Other
 * questions keep the best candidate.
 */
export function latestWhenAskedAboutNow(candidates: readonly Candidate[], shape: QuestionShape): Candidate | undefined {
  const best = candidates[0];
  // A timeless best answer ("ICAT is coordinated by UNODC") stays; a dated one gives way to the latest of its series.
  if (!best || !shape.now || shape.years || yearOf(best.passage) === undefined) return best;
  const dated: { candidate: Candidate; year: number; labelled: boolean }[] = [];
  for (const candidate of candidates) {
    if (candidate.score < best.score - NEAR_TIE) break;
    const labelled = itemYearOf(candidate.passage) ?? headingYearOf(candidate.passage);
    const year = labelled ? Number(labelled) : yearOf(candidate.passage);
    if (year !== undefined && Math.abs(candidate.coverage - best.coverage) <= SAME_COVERAGE) dated.push({ candidate, year, labelled: labelled !== undefined });
  }
  if (dated.length === 0) return best;
  // The document holding most of these answers under year labels is the series the question is about ("co-chairs by year").
  const perDocument = new Map<unknown, number>();
  for (const { candidate, labelled } of dated) if (labelled) perDocument.set(candidate.passage.document, (perDocument.get(candidate.passage.document) ?? 0) + 1);
  const [series, size] = [...perDocument].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  // No document holds such a series (mentions in passing, from several documents): the latest of all is the one meant.
  const inSeries = size > 1 ? dated.filter(({ candidate }) => candidate.passage.document === series) : dated;
  return inSeries.sort((a, b) => b.year - a.year)[0]!.candidate;
}

/** The year a passage's fact belongs to: its item's label ("2025: …"), its heading's year, else the latest year it names. */
function yearOf(passage: Passage): number | undefined {
  const labelled = itemYearOf(passage) ?? headingYearOf(passage);
  if (labelled) return Number(labelled);
  const years = passage.text.match(/\b(?:19|20)\d\d\b/g);
  return years ? Math.max(...years.map(Number)) : undefined;
}
