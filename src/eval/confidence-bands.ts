/** One confidence band of an evaluation: the answers given with a confidence in [from, to). */
export interface ConfidenceBand {
  from: number;
  to: number;
  /** Questions answered (not declined) in this band. */
  answered: number;
  /** Of those, how many were right. */
  right: number;
}

/** Where the bands start: the decline threshold sits at 0.55 by default, and 0.8 is the "sure" mark. */
export const BAND_EDGES: readonly number[] = [0, 0.55, 0.7, 0.8, 0.9, 1.0001];

/**
 * Groups answered questions by the confidence they were given, to show how far confidence can be
 * trusted: a well calibrated bot is right more often in higher bands, and never wrong at ≥ 0.8.
 */
export function confidenceBands(results: readonly { answered: boolean; confidence: number; passed: boolean }[]): ConfidenceBand[] {
  const bands = BAND_EDGES.slice(0, -1).map((from, i) => ({ from, to: BAND_EDGES[i + 1]!, answered: 0, right: 0 }));
  for (const result of results) {
    if (!result.answered) continue;
    const band = bands.find((b) => result.confidence >= b.from && result.confidence < b.to);
    if (!band) continue;
    band.answered++;
    if (result.passed) band.right++;
  }
  return bands;
}

/** The bands as a Markdown table, for the terminal and for notes. */
export function formatBands(bands: readonly ConfidenceBand[]): string {
  const rows = bands.map((b) => {
    const to = b.to > 1 ? '1.0' : b.to.toFixed(2);
    const share = b.answered ? `${Math.round((100 * b.right) / b.answered)}%` : '–';
    return `| ${b.from.toFixed(2)}–${to} | ${b.answered} | ${b.right} | ${share} |`;
  });
  return ['| confidence | answered | right | accuracy |', '|---|---|---|---|', ...rows].join('\n');
}
