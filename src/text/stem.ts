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
 * Ordinal words, matched as the digits chat types for them ("the fiftieth country" and "50th
 * ratification", "fourth" and "4th"), from "first" to "ninety-ninth" (written joined, as hyphenated
 * words are also indexed: "twentyfirst").
 */
const ORDINALS: Readonly<Record<string, string>> = (() => {
  const units = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
  const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const suffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  const table: Record<string, string> = {};
  units.forEach((word, i) => { table[word] = `${i + 1}${suffix(i + 1)}`; });
  teens.forEach((word, i) => { table[word] = `${i + 10}th`; });
  tens.forEach((ten, t) => {
    const n = (t + 2) * 10;
    table[`${ten.slice(0, -1)}ieth`] = `${n}th`;
    units.forEach((unit, i) => { table[`${ten}${unit}`] = `${n + i + 1}${suffix(n + i + 1)}`; });
  });
  return table;
})();

/** Month abbreviations, matched as the month ("Dec. 2019" and "December 2019"). "May" is its own word; "mar" and "jun" are no English words. */
const MONTH_ABBREVIATIONS: Readonly<Record<string, string>> = {
  jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august',
  sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
};

/**
 * Reduces a folded word to the stem used for matching, so "coordinates", "coordinated" and
 * "coordination" meet, and so do British and American spellings ("organisation" and
 * "organization"); number and ordinal words meet their digits, month abbreviations their month.
 * Other numbers and very short words are kept as they are.
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
  const number = NUMBERS[word] ?? ORDINALS[word];
  if (number) return number;
  const month = MONTH_ABBREVIATIONS[word];
  if (month) return stemmer(month);
  // A code written with a padded number ("P029", "C029") is the one chat types without it ("p29").
  if (/^[a-z]{1,3}0+[1-9]\d*$/.test(word)) return word.replace(/0+(?=[1-9])/, '');
  if (word.length < 3 || /\d/.test(word)) return word;
  const irregular = IRREGULAR[word];
  if (irregular) return stemmer(irregular);
  const american = word.length >= 6 ? word.replace(/is(ation|ations|e|es|ed|ing|er|ers)$/, 'iz$1') : word;
  // Porter leaves "ratify" ("ratifi") apart from "ratification" ("ratif"), "identify" from "identification".
  return stemmer(american).replace(/(?<=..)ifi$/, 'if');
}
