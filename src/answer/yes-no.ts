import type { KnowledgeIndex } from '../search/knowledge-index.js';
import type { Passage } from '../search/passage.js';
import { fold } from '../text/fold.js';
import { patternOf } from '../text/patterns.js';
import { stem } from '../text/stem.js';
import { STOP_WORDS } from '../text/stopwords.js';
import type { Concept } from './query.js';
import type { QuestionShape } from './question.js';

// Saying "Yes" to a yes/no question only when the answer says everything the question claims.

/** Words that turn a sentence against what it states: such a sentence never confirms. */
const NEGATION = /\b(?:not|no|never|neither|nor|none|without|non|cannot|can't|isn't|wasn't|aren't|weren't|didn't|doesn't|hasn't|haven't|instead|rather than|only)\b/i;

const YEAR = /^(?:19|20)\d\d$/;
const YEARS = /\b(?:19|20)\d\d\b/g;

/**
 * Whether the passages an answer quotes confirm a yes/no question: each of the question's words
 * (dates and numbers included, as typed or as the same word in another form) is written in one
 * clause of the passages themselves, not only in their headings, no year but the one asked about is in them, and nothing negates ("ICAT was
 * formally established in March 2007 pursuant to resolution 61/180" confirms "ICAT formally est.
 * March 2007 under res 61/180, correct?"). A synonym does not count: "founded" for "established"
 * may be near, but a confirmation must not rest on a guess.
 */
export function confirms(index: KnowledgeIndex, passages: readonly Passage[], concepts: readonly Concept[], act?: QuestionShape['claimedAct']): boolean {
  if (concepts.length === 0 || passages.some((passage) => NEGATION.test(passage.text))) return false;
  // "UNHCR was co-chair in 2022, yes?" is not confirmed by "The 2021 Co-Chairs Report … was published in 2022":
  // where the question names a year and the answer holds another as well, which one dates the claim is not sure.
  const asked = new Set(concepts.map((concept) => concept.word).filter((word) => YEAR.test(word)));
  if (asked.size > 0 && passages.some((passage) => (passage.text.match(YEARS) ?? []).some((year) => !asked.has(year)))) return false;
  return passages.some((passage) => anyClauseConfirms(index, clausesOf(index, passage), concepts, act));
}

/**
 * Whether an answer's own text says everything a yes/no question claims, as {@link confirms}
 * asks of passages: for an answer that gives one item of a list ("The first is: 2013: …"), the
 * item given must say it, not another item of the same list.
 */
export function textConfirms(index: KnowledgeIndex, text: string, concepts: readonly Concept[], act?: QuestionShape['claimedAct']): boolean {
  if (concepts.length === 0 || NEGATION.test(text)) return false;
  const asked = new Set(concepts.map((concept) => concept.word).filter((word) => YEAR.test(word)));
  if (asked.size > 0 && (text.match(YEARS) ?? []).some((year) => !asked.has(year))) return false;
  // The item is read with its lead-in, as a list item is (see clausesOf).
  return anyClauseConfirms(index, [{ clause: text, written: ` ${index.analyseForMatching(text).trim()} ` }], concepts, act);
}

/** All of it in one clause: "UNICEF was ICAT Chair …; UNODC is Permanent Coordinator" does not say UNICEF coordinates ICAT. */
function anyClauseConfirms(index: KnowledgeIndex, clauses: readonly { clause: string; written: string }[], concepts: readonly Concept[], act?: QuestionShape['claimedAct']): boolean {
  return clauses.some(({ clause, written }) =>
    concepts.every((concept) => concept.alternatives.some((alternative) => !alternative.synonym && written.includes(` ${alternative.term} `)))
      && (!act || actedBy(index, clause, act))
      && concepts.every((concept) => !YEAR.test(concept.word) || yearDatesTheClaim(index, clause, concept.word, concepts)));
}

/** How far back the word before a year is read, in characters. */
const WORD_BEFORE_REACH = 24;

/** A word that makes the year after it a time: a preposition or a month ("in 2022", "during 2022", "May 2022"). */
const DATING_WORD = /^(?:in|on|during|since|for|of|by|until|till|from|to|between|through|throughout|year|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)$/i;

/**
 * Whether a clause writes a year as the time of what it says ("In 2022 …", "2022: …", "… in 2022",
 * "the 2022 co-chairs were …"), not only as the label of something else: "The 2022 Principals
 * meeting endorsed IOM and the OSRSG-VAC as the next co-chairs" dates the meeting, and does not say
 * who co-chaired in 2022. A label counts when it labels a word of the claim that ends the name.
 */
function yearDatesTheClaim(index: KnowledgeIndex, clause: string, year: string, concepts: readonly Concept[]): boolean {
  const claimed = new Set(concepts.flatMap((concept) => concept.alternatives.map((alternative) => alternative.term)));
  for (const match of clause.matchAll(new RegExp(`\\b${year}\\b(?:\\s+([\\p{L}][\\p{L}'’-]*))?(?:\\s+(\\p{L}))?`, 'gu'))) {
    const [, next, after] = match;
    // (The word before is read from a few characters back, so a long run of letters is never scanned twice.)
    const before = /(\p{L}+|\d+)\s+$/u.exec(clause.slice(Math.max(0, match.index - WORD_BEFORE_REACH), match.index))?.[1];
    // "in 2022", "March 2022", "2 May 2022": a date; "2022 were", "2022, …", "2022:": the year ends what it dates.
    if (before === undefined || /^\d/.test(before) || DATING_WORD.test(before) || next === undefined || STOP_WORDS.has(next.toLowerCase())) return true;
    const labelsTheClaim = index.analyseForMatching(next).split(' ').some((term) => claimed.has(term));
    if (labelsTheClaim && !(after !== undefined && /\p{Lu}/u.test(after))) return true;
  }
  return false;
}

/**
 * A passage's clauses, each with its analysed words, worked out once per passage. A list item is
 * one clause with its lead-in ("The members that met in Geneva in 2011 were the following: INTERPOL"),
 * and a whole list one such clause per clause of each item.
 */
function clausesOf(index: KnowledgeIndex, passage: Passage): readonly { clause: string; written: string }[] {
  let clauses = clauseMemo.get(passage);
  if (!clauses) {
    // A whole list is as many clauses as items, each read with the lead-in.
    const texts = passage.itemOf !== undefined ? [`${passage.context} ${passage.text}`]
      : passage.kind === 'list' && passage.items?.length ? passage.items.flatMap((item) => item.split(CLAUSE_END).map((clause) => `${passage.text} ${clause}`))
        : passage.text.split(CLAUSE_END);
    clauseMemo.set(passage, clauses = texts.map((clause) => ({ clause, written: ` ${index.analyseForMatching(clause).trim()} ` })));
  }
  return clauses;
}

const clauseMemo = new WeakMap<Passage, readonly { clause: string; written: string }[]>();

/**
 * Whether a clause has the claimed subject do the claimed verb: the subject is written before the
 * verb ("The CBSS joined ICAT…") or after "by" following it ("coordinated by UNODC"). "The Small
 * Grants Facility was launched in 2011 as part of the UN Voluntary Trust Fund" does not have the
 * Trust Fund launched in 2011. A verb written in another form than its stem is not checked.
 */
function actedBy(index: KnowledgeIndex, clause: string, act: NonNullable<QuestionShape['claimedAct']>): boolean {
  const text = fold(clause);
  const verb = stem(act.verb);
  const at = /^[a-z]{3,}$/.test(verb) ? text.search(patternOf(`\\b${verb}[a-z]*`)) : -1;
  const subject = index.analyseForMatching(act.subject).split(' ').filter(Boolean);
  if (at < 0 || subject.length === 0) return true;
  // Read as the knowledge is, so "the Council of the Baltic Sea States" is the CBSS.
  const before = ` ${index.analyseForMatching(text.slice(0, at))} `;
  const agent = /^[a-z]+ by ((?:[^\s,;]+ ){0,7}[^\s,;]+)/.exec(text.slice(at))?.[1];
  const by = agent ? ` ${index.analyseForMatching(agent)} ` : '';
  return subject.some((term) => before.includes(` ${term} `) || by.includes(` ${term} `));
}

/** Where a clause ends: a semicolon, or a full stop, question or exclamation mark before a space. */
const CLAUSE_END = /;|[.!?](?=\s)/;

/** A claim that places its object after a preposition: "from the security council", "coordinated by UNHCR". */
const CLAIM_SLOT = /^(?:[a-z]+(?:ed|en)\s+)?(from|by|under|with)\s+(?:the\s+)?([a-z][a-z .'-]{1,60})$/;

/**
 * What a yes/no question's claim puts after its preposition, read once per question: "from" and
 * "security council" of "is ICAT's mandate from the Security Council?". Undefined otherwise.
 */
export interface ClaimedSlot {
  /** The claim's preposition, then the capitalised name a passage writes after it. */
  pattern: RegExp;
  /** The claim's own words after the preposition, folded. */
  claimed: string;
}

/** The slot of a yes/no question's claim (see {@link ClaimedSlot}), or undefined. */
export function claimedSlotOf(shape: QuestionShape): ClaimedSlot | undefined {
  const slot = shape.yesNo ? CLAIM_SLOT.exec(shape.claim ?? '') : null;
  return slot ? { pattern: new RegExp(`\\b${slot[1]} (?:the )?((?:\\p{Lu}[\\p{L}'’-]*\\s?){1,6})`, 'u'), claimed: slot[2]!.trim() } : undefined;
}

/**
 * Whether a text writes the claim's preposition before a name that is not the claim's: "… from
 * the United Nations General Assembly" for "from the security council". Such a text speaks to the
 * claim and corrects it.
 */
export function fillsClaimedSlot(text: string, slot: ClaimedSlot): boolean {
  const after = slot.pattern.exec(text)?.[1];
  return after !== undefined && !fold(after).includes(slot.claimed);
}
