import { stemmer } from 'stemmer';

/** Irregular forms the Porter stemmer leaves apart from their base word. */
const IRREGULAR: Readonly<Record<string, string>> = {
  children: 'child', women: 'woman', men: 'man', people: 'person', persons: 'person',
  took: 'take', taken: 'take', became: 'become', made: 'make', held: 'hold', met: 'meet', led: 'lead',
  gave: 'give', given: 'give', began: 'begin', begun: 'begin', went: 'go', gone: 'go', said: 'say',
  told: 'tell', wrote: 'write', written: 'write', chose: 'choose', chosen: 'choose', spoke: 'speak',
  spoken: 'speak', brought: 'bring', thought: 'think', sought: 'seek', found: 'find', built: 'build',
  sent: 'send', spent: 'spend', kept: 'keep', won: 'win', fought: 'fight', grew: 'grow', grown: 'grow',
  saw: 'see', seen: 'see', knew: 'know', known: 'know', ran: 'run', rose: 'rise', risen: 'rise',
};

/** Number words, matched as the digits they stand for ("six priority areas" and "6 priority areas"). */
const NUMBERS: Readonly<Record<string, string>> = Object.fromEntries(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ').map((word, i) => [word, String(i)]),
);

/**
 * Reduces a folded word to the stem used for matching, so "coordinates", "coordinated" and
 * "coordination" meet, and so do British and American spellings ("organisation" and
 * "organization"). Numbers and very short words are kept as they are.
 *
 * @example stem('organisations') === stem('organizations')
 */
export function stem(word: string): string {
  let stemmed = memo.get(word);
  if (stemmed === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, stemmed = stemUncached(word));
  }
  return stemmed;
}

/** Stems already computed: a knowledge folder and its questions use a bounded vocabulary. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

function stemUncached(word: string): string {
  const number = NUMBERS[word];
  if (number) return number;
  if (word.length < 3 || /\d/.test(word)) return word;
  const irregular = IRREGULAR[word];
  if (irregular) return stemmer(irregular);
  const american = word.length >= 6 ? word.replace(/is(ation|ations|e|es|ed|ing|er|ers)$/, 'iz$1') : word;
  return stemmer(american);
}
