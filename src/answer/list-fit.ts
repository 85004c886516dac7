/** The shortest a list item is cut to so that every item fits: below this an item says too little to be worth showing cut. */
const MIN_CUT_ITEM_LENGTH = 60;

/**
 * The lines of a list cut so that all of them fit in `room` characters (joined by newlines): the
 * longest lines are cut at a word, each marked with "…", down to one common length, and the short
 * ones stay whole. "ICAT has the following functions:" then shows all four functions, not three
 * and "…and 1 more". Returns undefined when even lines of {@link MIN_CUT_ITEM_LENGTH} characters
 * would not fit, and the lines unchanged when they fit already.
 *
 * @example linesCutToFit(['• a long first item …', '• short'], 40)
 */
export function linesCutToFit(lines: readonly string[], room: number): string[] | undefined {
  const available = room - Math.max(0, lines.length - 1);
  const total = lines.reduce((sum, line) => sum + line.length, 0);
  if (total <= available) return [...lines];
  // The common length: the largest cap at which the capped lines fit ("water-filling" over the sorted lengths).
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
  let spent = 0;
  let cap = 0;
  for (let i = 0; i < lengths.length; i++) {
    const left = lengths.length - i;
    const even = Math.floor((available - spent) / left);
    if (even < lengths[i]!) { cap = even; break; }
    spent += lengths[i]!;
  }
  if (cap < MIN_CUT_ITEM_LENGTH) return undefined;
  return lines.map((line) => (line.length <= cap ? line : cutAtWord(line, cap)));
}

/** A line cut to at most `length` characters at the last space, with "…" in place of what is left out. */
function cutAtWord(line: string, length: number): string {
  const cut = line.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
