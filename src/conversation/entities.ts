/**
 * Names in a text, found with a linear scan of its words: people ("Åsa Regner", two or more
 * capitalised words that are not titles or organisation words) and organisations (abbreviations in
 * capitals such as "CBSS" or "OSCE", and "UN Women"-style names). Used to know what an earlier
 * reply was about, so "she" and "it" in a follow-up can be resolved.
 */
export interface Entities {
  people: string[];
  organisations: string[];
}

/** Capitalised words that are titles, roles or parts of organisation and topic names, never part of a person's name. */
const NOT_NAME = new Set([
  'the', 'a', 'an', 'of', 'and', 'in', 'on', 'at', 'for', 'by', 'to', 'with', 'from', 'as', 'during', 'statement', 'statements',
  'assistant', 'secretary', 'general', 'deputy', 'executive', 'director', 'special', 'representative', 'president', 'vice',
  'chair', 'co', 'chairs', 'minister', 'ambassador', 'head', 'chief', 'officer', 'ms', 'mr', 'mrs', 'dr', 'prof', 'professor',
  'council', 'states', 'state', 'sea', 'baltic', 'nations', 'united', 'office', 'group', 'force', 'task', 'expert', 'women', 'union',
  'organization', 'organisation', 'europe', 'european', 'security', 'cooperation', 'co-operation', 'trafficking', 'human',
  'beings', 'persons', 'crime', 'drugs', 'children', 'risk', 'action', 'plan', 'protocol', 'principals', 'meeting', 'inter',
  'agency', 'coordination', 'against', 'read', 'half', 'despite', 'coordinated', 'responses', 'tackling', 'covid', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'who', 'what',
  'when', 'where', 'why', 'how', 'which', 'did', 'does', 'is', 'are', 'was', 'tell', 'and', 'global', 'world', 'icat', 'un',
]);

/** Abbreviations that are ordinary words in capitals, not organisations. */
const NOT_ORGANISATION = new Set(['I', 'A', 'OK', 'AND', 'THE', 'OR', 'TO', 'IN', 'ON', 'AT', 'US', 'IT']);

/** Finds the people and organisations named in `text`, each once, in order of appearance. */
export function entitiesIn(text: string): Entities {
  const words = wordsOf(text.slice(0, 4000));
  const people: string[] = [];
  const organisations: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length >= 2 && !people.includes(run.join(' '))) people.push(run.join(' '));
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (isAbbreviation(word)) {
      endRun();
      const name = word === 'UN' && words[i + 1] === 'Women' ? 'UN Women' : word;
      if (name !== 'UN' && !organisations.includes(name)) organisations.push(name);
      continue;
    }
    if (isCapitalised(word) && !NOT_NAME.has(word.toLowerCase())) run.push(word);
    else endRun();
  }
  endRun();
  return { people, organisations };
}

function isAbbreviation(word: string): boolean {
  if (word.length < 2 || word.length > 8 || NOT_ORGANISATION.has(word)) return false;
  let letters = 0;
  for (const char of word) {
    if (char >= 'A' && char <= 'Z') letters++;
    else if (!(char >= '0' && char <= '9') && char !== '-') return false;
  }
  return letters >= 2;
}

function isCapitalised(word: string): boolean {
  const first = word[0]!;
  const rest = word.slice(1);
  return first !== first.toLowerCase() && rest.length > 0 && rest !== rest.toUpperCase();
}

/** The words of a text, split at anything that is not a letter, digit, hyphen or apostrophe inside a word. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  // Where the word being read starts, or -1: a word is one run of the text, cut out when it ends.
  let start = -1;
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isLetterOrDigit(code, text, i, width) || (start >= 0 && (code === HYPHEN || code === APOSTROPHE || code === RIGHT_QUOTE))) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(trimTail(text.slice(start, i)));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) words.push(trimTail(text.slice(start)));
  return words.filter(Boolean);
}

const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** A letter (a character with a case) or an ASCII digit; ASCII is told without making strings. */
function isLetterOrDigit(code: number, text: string, at: number, width: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  const char = text.slice(at, at + width);
  return char.toLowerCase() !== char.toUpperCase();
}

function trimTail(word: string): string {
  let end = word.length;
  while (end > 0 && "-'\u2019".includes(word[end - 1]!)) end--;
  const trimmed = word.slice(0, end);
  // "Regner's" names Regner.
  return trimmed.endsWith("'s") || trimmed.endsWith('\u2019s') ? trimmed.slice(0, -2) : trimmed;
}
