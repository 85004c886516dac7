/**
 * "acronym for the Expert Group on Children at Risk": a question asking for a name's short form is
 * answered only by a passage that writes one. The knowledge's definitions ("… (TF THB)") answer it
 * first; when they hold none for the name, a passage that merely names it says nothing of its
 * short form, however well it matches.
 */

/** Words asking for a short form: "acronym", "abbreviation", "abbrev", and their slips; "short form", "short name". */
const ASKS_FOR_A_SHORT_FORM = /\b(?:abbrev|acron)[a-z]*\b|\bshort (?:form|name|version)\b|\binitials\b/i;

/** A word, with the marks short forms are written with ("OSRSG-VAC", "U.N.", "A&E"). */
const WORD = /[\p{L}\p{N}&.-]+/gu;

/** A word typed as a short form: capitals only, two or more ("NAPTIP", "TF", "OSRSG-VAC"). */
function isShortForm(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && /^\p{Lu}+$/u.test(letters);
}

/** The words of a text that are short forms. */
function shortFormsOf(text: string): string[] {
  return (text.match(WORD) ?? []).filter(isShortForm);
}

/**
 * Whether a question asks for the short form of a name it spells out ("abbrev for nigeria's
 * national agency …"), not for the long form of one it types ("what does NAPTIP stand for?").
 */
export function asksForAShortForm(question: string): boolean {
  return ASKS_FOR_A_SHORT_FORM.test(question) && shortFormsOf(question).length === 0;
}

/**
 * Whether an answer writes a short form of the name the question spells out: a word of capitals
 * holding in order at least half the initials of the name's words, and two or more ("NAPTIP" for
 * "national agency for prohibition of traficking"; not "CBSS" for "Expert Group on Children at
 * Risk"). A name of one word cannot be judged so, and passes.
 *
 * @param answer - the answer's text.
 * @param nameWords - the words that spell the name out, as typed (without those that ask for its short form).
 */
export function writesAShortFormOf(answer: string, nameWords: readonly string[]): boolean {
  const initials = nameWords.map((word) => word.charAt(0).toUpperCase()).filter((letter) => /\p{L}/u.test(letter));
  if (initials.length === 0) return true;
  const needed = Math.max(2, Math.ceil(initials.length / 2));
  if (initials.length < needed) return true;
  for (const word of shortFormsOf(answer)) {
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (initialsInOrder(letters, initials) >= needed) return true;
  }
  return false;
}

/** How many of the initials a short form's letters hold in order, skipping those it lacks. */
function initialsInOrder(letters: string, initials: readonly string[]): number {
  let found = 0;
  let at = 0;
  for (const initial of initials) {
    const next = letters.indexOf(initial, at);
    if (next < 0) continue;
    found++;
    at = next + 1;
  }
  return found;
}

/**
 * How near the best score a passage that writes the short form asked for must come to answer in
 * the best one's place: the ranking cannot tell "the UN Voluntary Trust Fund …" from "… Trust
 * Fund … (UNVTF)", and only the second answers "abbrev for the trust fund …".
 */
const NEAR_THE_BEST = 0.9;

/**
 * Of the candidate passages for a question asking a name's short form, the best-ranked one that
 * writes one ({@link writesAShortFormOf}) and scores at least {@link NEAR_THE_BEST} of `best`'s
 * score; undefined when none does.
 */
export function firstWritingAShortForm<C extends { score: number; passage: { text: string } }>(
  candidates: readonly C[], best: C, nameWords: readonly string[],
): C | undefined {
  return candidates.find((candidate) => candidate.score >= best.score * NEAR_THE_BEST && writesAShortFormOf(candidate.passage.text, nameWords));
}

/**
 * Whether a text writes `word` alone in brackets, as a name's short form follows it: "The
 * Coordination Centre against Human Trafficking (CoMensha) registered …" for "comensha".
 * Case-insensitive; `word` is letters and digits.
 */
export function writesInBrackets(text: string, word: string): boolean {
  return new RegExp(`\\(\\s*${word}\\s*\\)`, 'i').test(text);
}

/**
 * Of the candidate passages for "what does X stand for" where the knowledge defines no short form
 * X, the best-ranked one that writes X in brackets after its full form ({@link writesInBrackets}):
 * the others only use it. Undefined when none does.
 */
export function firstWritingInBrackets<C extends { passage: { text: string } }>(candidates: readonly C[], word: string): C | undefined {
  return candidates.find((candidate) => writesInBrackets(candidate.passage.text, word));
}
