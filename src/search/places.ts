import { isLowerCaseWord, isNameInWordNet } from '../lexicon/wordnet.js';
import { fold } from '../text/fold.js';

// Whether a text names a place, read once per passage at indexing.

/**
 * Names of countries that English texts still write though ICU now gives another ("Turkey" for
 * Türkiye, "Czech Republic" for Czechia, "Swaziland" for Eswatini), and the parts of one that are
 * countries in everyday writing ("England", "Britain").
 */
const NAMES_STILL_WRITTEN: readonly string[] = ['Turkey', 'Czech Republic', 'Ivory Coast', 'Swaziland', 'Burma', 'Macedonia', 'Cabo Verde', 'East Timor', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Holland'];

/**
 * The English names of the world's countries and territories, from the ICU data Node ships
 * (`Intl.DisplayNames`): "Norway", "Cape Verde", "South Sudan". Maintained by Unicode, so no
 * list is kept here.
 */
const COUNTRIES: readonly string[] = (() => {
  // Codes ICU names that are bodies or groupings, not places: the United Nations, the European Union, the eurozone…
  const NOT_COUNTRIES = new Set(['UN', 'EU', 'EZ', 'QO', 'ZZ', 'XA', 'XB']);
  // A Node built without ICU's region names has none to give: places are then read from "in …" alone.
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return [];
  }
  const found = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = names.of(code);
      // "Myanmar (Burma)" is both names.
      for (const part of name && name !== code && !NOT_COUNTRIES.has(code) ? name.split(/\s*[()]\s*/) : []) {
        if (/^[\p{L} .'’-]+$/u.test(part)) found.add(part);
      }
    }
  }
  for (const name of NAMES_STILL_WRITTEN) found.add(name);
  return [...found];
})();

/** A country's name as a whole word, in the case it is written. */
const COUNTRY = COUNTRIES.length === 0 ? /(?!)/ : new RegExp(`(?<![\\p{L}])(?:${COUNTRIES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'u');

/** A capitalised run after a word that places something: "in Vienna", "based in New York", "held at Geneva". */
const AFTER_A_PLACE_WORD = /\b(?:in|at|from|to|based in|held in|located in|headquartered in)\s+(?:the\s+)?((?:[A-ZÀ-Ý][a-zà-ÿ'’-]{2,}\s*){1,3})/gu;

/** Month names, which follow "in" as places do ("in March"). */
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** Whether a text names a country or territory ("Belarus helped organise …"), as it writes it. */
export function namesACountry(text: string): boolean {
  return COUNTRY.test(text);
}

/**
 * Whether a text names a place: a country ("of Norway", "to Italy"), or a capitalised name after
 * "in", "at", "from"… of which one word is no English word or is a name in WordNet too ("in
 * Vienna", "in New York", "in Geneva"), so that "in the Principals meeting" or "at the Global
 * Forum" is not taken for one.
 */
export function namesAPlace(text: string): boolean {
  if (COUNTRY.test(text)) return true;
  for (const match of text.matchAll(AFTER_A_PLACE_WORD)) {
    const words = match[1]!.trim().split(/\s+/);
    if (MONTH_WORD.test(words[0]!)) continue;
    if (words.some((word) => { const bare = fold(word).replace(/['’]s$/, ''); return !isLowerCaseWord(bare) || isNameInWordNet(bare); })) return true;
  }
  return false;
}
