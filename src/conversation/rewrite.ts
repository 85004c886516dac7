import { entitiesIn, wordsOf } from './entities.js';

/** Words after which "her" is an object ("about her"), not a possessive ("her statement"). */
const AFTER_OBJECT = new Set(['to', 'about', 'in', 'at', 'on', 'for', 'from', 'with', 'and', 'or', 'say', 'said', 'by', 'than', 'as']);
const POSSESSIVES = new Set(['his', 'its', 'their', 'hers', 'theirs']);

/**
 * Puts `name` in place of the first `pronoun` of `question`, keeping the rest as written:
 * "what did she say?" → "what did Åsa Regner say?", "when did it join?" → "when did the CBSS join?",
 * "what is her role?" → "what is Åsa Regner's role?".
 */
export function replacePronoun(question: string, pronoun: string, name: string): string {
  const pieces = splitKeepingWords(question);
  const index = pieces.findIndex((piece) => piece.toLowerCase() === pronoun);
  if (index < 0) return question;
  const nextWord = pieces.slice(index + 1).find((piece) => /\p{L}/u.test(piece))?.toLowerCase();
  const possessive = POSSESSIVES.has(pronoun) || (pronoun === 'her' && nextWord !== undefined && !AFTER_OBJECT.has(nextWord) && !pieces.slice(index + 1).join('').trim().startsWith('?'));
  const named = isAbbreviation(name) && index > 0 ? `the ${name}` : name;
  pieces[index] = possessive ? `${named}'s` : named;
  return pieces.join('');
}

/**
 * Builds the question an ellipsis stands for from the one before it: a year replaces the
 * earlier year ("who chaired ICAT in 2020?" + "and in 2021?" → "who chaired ICAT in 2021?"), a
 * name replaces the earlier name ("when did the CBSS join?" + "and the OSCE?" → "when did the OSCE
 * join?"). Undefined when the two share nothing to swap.
 */
export function fillEllipsis(previous: string, fragment: string): string | undefined {
  const base = withoutEndPunctuation(previous);
  const year = yearIn(fragment);
  if (year) {
    const earlier = yearIn(base);
    if (earlier) return `${base.replace(earlier, year)}?`;
    return `${base} ${withoutEndPunctuation(fragment)}?`;
  }
  const wanted = entitiesIn(fragment);
  const replacement = wanted.organisations[0] ?? wanted.people[0] ?? capitalisedOf(fragment);
  if (!replacement) return undefined;
  const had = entitiesIn(base);
  const replaced = had.organisations[0] && wanted.organisations[0] ? had.organisations[0] : had.people[0] ?? had.organisations[0];
  if (!replaced) return undefined;
  return `${base.replace(replaced, replacement)}?`;
}

/** The text without the question marks, stops and spaces at its end (a loop: no pattern can backtrack on what a user typed). */
function withoutEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '?.! \t\n'.includes(text[end - 1]!)) end--;
  return text.slice(0, end).trim();
}

function yearIn(text: string): string | undefined {
  return wordsOf(text).find((word) => word.length === 4 && /^(1[89]|20)\d\d$/.test(word));
}

/** A fragment's name when it is written in capitals but not recognised as an organisation ("and Interpol?"). */
function capitalisedOf(fragment: string): string | undefined {
  const words = wordsOf(fragment).filter((word) => word.toLowerCase() !== 'the');
  return words.length > 0 && words.every((word) => word[0] !== word[0]!.toLowerCase()) ? words.join(' ') : undefined;
}

function isAbbreviation(name: string): boolean {
  return name.length >= 2 && name === name.toUpperCase() && !name.includes(' ');
}

function splitKeepingWords(text: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let inWord = false;
  for (const char of text) {
    const letter = char.toLowerCase() !== char.toUpperCase();
    if (letter !== inWord && current) { pieces.push(current); current = ''; }
    inWord = letter;
    current += char;
  }
  if (current) pieces.push(current);
  return pieces;
}
