import { entitiesIn, wordsOf } from './entities.js';

/**
 * What kind of message a question is, with respect to the conversation before it:
 * - `standalone`: it names what it asks about, and is answered as it is;
 * - `pronoun`: it points back with "she", "he", "it", "they"… ("what did she say?");
 * - `ellipsis`: it repeats the last question with one part changed ("and in 2021?", "and the OSCE?");
 * - `more`: it asks to go on ("tell me more", "what else?").
 */
export type FollowUp =
  | { type: 'standalone' }
  | { type: 'pronoun'; pronoun: string; refersTo: 'person' | 'organisation' | 'either' }
  | { type: 'ellipsis'; fragment: string }
  | { type: 'more' };

/** The longest message read as a follow-up, in words: a follow-up is short by nature. */
const MAX_FOLLOW_UP_WORDS = 14;

const PERSON_PRONOUNS = new Set(['she', 'he', 'her', 'him', 'his', 'hers', 'herself', 'himself']);
const THING_PRONOUNS = new Set(['it', 'its']);
const EITHER_PRONOUNS = new Set(['they', 'them', 'their', 'theirs']);
/** Words a "tell me more" request is made of; any other word makes it a question of its own. */
const MORE_WORDS = new Set([
  'tell', 'me', 'more', 'please', 'about', 'that', 'this', 'it', 'her', 'him', 'them', 'can', 'could', 'you', 'some', 'a', 'bit',
  'little', 'go', 'on', 'give', 'any', 'anything', 'else', 'what', 'and', 'ok', 'okay', 'the', 'details', 'detail', 'keep', 'going',
  'continue', 'next', 'then', 'further', 'say', 'said', 'did', 'does', 'she', 'he', 'they', 'is', 'there', 'yes', 'sure', 'elaborate',
]);
const MORE_CORE = new Set(['more', 'else', 'continue', 'elaborate', 'further', 'next']);
const ELLIPSIS_OPENERS = [['and'], ['what', 'about'], ['how', 'about'], ['what', 'of'], ['and', 'what', 'about'], ['and', 'how', 'about']];

/**
 * Reads whether `question` is a follow-up and of which kind, from its words alone (no
 * conversation needed), in one pass over at most the first few hundred characters.
 *
 * @example
 * readFollowUp('what did she say?')  // { type: 'pronoun', pronoun: 'she', refersTo: 'person' }
 * readFollowUp('and in 2021?')       // { type: 'ellipsis', fragment: 'in 2021' }
 * readFollowUp('tell me more')       // { type: 'more' }
 */
export function readFollowUp(question: string): FollowUp {
  const text = String(question ?? '').slice(0, 300);
  const words = wordsOf(text);
  const lower = words.map((word) => word.toLowerCase());
  if (lower.length === 0 || lower.length > MAX_FOLLOW_UP_WORDS) return { type: 'standalone' };
  if ((lower.some((word) => MORE_CORE.has(word)) || isGoOn(lower)) && lower.every((word) => MORE_WORDS.has(word))) return { type: 'more' };
  const opener = ELLIPSIS_OPENERS.filter((open) => open.every((word, i) => lower[i] === word)).sort((a, b) => b.length - a.length)[0];
  if (opener && lower.length - opener.length >= 1 && lower.length - opener.length <= 5 && !hasVerb(lower.slice(opener.length))) {
    return { type: 'ellipsis', fragment: words.slice(opener.length).join(' ') };
  }
  const own = entitiesIn(text);
  // "What did Åsa Regner say in her statement?": the pronoun points at the name right there.
  if (own.people.length > 0) return { type: 'standalone' };
  for (const word of lower) {
    if (PERSON_PRONOUNS.has(word)) return { type: 'pronoun', pronoun: word, refersTo: 'person' };
  }
  // "it" and "they" are often nobody in particular ("what does it mean?"): only a follow-up when the question names nothing itself.
  if (own.organisations.length > 0 || own.people.length > 0) return { type: 'standalone' };
  for (const word of lower) {
    if (THING_PRONOUNS.has(word) && !dummyIt(lower)) return { type: 'pronoun', pronoun: word, refersTo: 'organisation' };
    if (EITHER_PRONOUNS.has(word)) return { type: 'pronoun', pronoun: word, refersTo: 'either' };
  }
  return { type: 'standalone' };
}

function isGoOn(lower: readonly string[]): boolean {
  return lower.join(' ') === 'go on' || lower.join(' ') === 'keep going';
}

/** A fragment with a verb ("and who coordinates ICAT?") is a question of its own, not an ellipsis. */
const VERBS = new Set([
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'say', 'said', 'join', 'joined', 'coordinates', 'coordinate', 'mean', 'means',
  'stand', 'stands', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should', 'who', 'when', 'what', 'where', 'why', 'how',
  'which', 'recommend', 'recommends', 'lead', 'leads', 'chair', 'chaired',
]);
function hasVerb(words: readonly string[]): boolean {
  return words.some((word) => VERBS.has(word));
}

/** "What does it mean…", "is it true that…", "it is …": an "it" that points at nothing. */
function dummyIt(lower: readonly string[]): boolean {
  const at = lower.indexOf('it');
  const next = lower[at + 1];
  return next === 'mean' || next === 'means' || next === 'true' || next === 'possible' || next === 'take' || next === 'to' || next === 'that';
}
