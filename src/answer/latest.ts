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
  const dated: { candidate: Candidate; year: number }[] = [];
  for (const candidate of candidates) {
    if (candidate.score < best.score - NEAR_TIE) break;
    const year = yearOf(candidate.passage);
    if (year !== undefined && Math.abs(candidate.coverage - best.coverage) <= SAME_COVERAGE) dated.push({ candidate, year });
  }
  if (dated.length === 0) return best;
  // The document holding most of these dated answers is the series the question is about ("co-chairs by year").
  const perDocument = new Map<unknown, number>();
  for (const { candidate } of dated) perDocument.set(candidate.passage.document, (perDocument.get(candidate.passage.document) ?? 0) + 1);
  const series = [...perDocument].sort((a, b) => b[1] - a[1])[0]![0];
  return dated.filter(({ candidate }) => candidate.passage.document === series).sort((a, b) => b.year - a.year)[0]!.candidate;
}

/** The year a passage's fact belongs to: its item's label ("2025: …"), its heading's year, else the latest year it names. */
function yearOf(passage: Passage): number | undefined {
  const labelled = itemYearOf(passage) ?? headingYearOf(passage);
  if (labelled) return Number(labelled);
  const years = passage.text.match(/\b(?:19|20)\d\d\b/g);
  return years ? Math.max(...years.map(Number)) : undefined;
}
