import type { KnowledgeIndex } from '../search/knowledge-index.js';
import { fold } from '../text/fold.js';
import { QUESTION_FRAME_WORDS } from '../text/stopwords.js';
import { contentTerms } from '../text/terms.js';
import { foldedTextOf } from './passage-reading.js';

// "girls vs boys - trafficked for what?", "which came first, the GPA or the trust fund?": one
// question about two things is two questions, one of each, answered together.

/** A question asked of two things at once, as the two questions it is. */
export interface TwoSides {
  /** The question asked of each side alone, in the order typed. */
  questions: readonly [string, string];
  /**
   * Which of the two the question asks for when it asks which came first ("which came first, A or
   * B?") or last ("which is more recent?"): each side is then asked when it happened.
   */
  order?: 'first' | 'last';
  /**
   * "Which came first, ICAT or the 2030 Agenda?" asks when each began: for each side, the question
   * of when it was established, asked first; {@link questions} are asked when it finds no answer.
   */
  beginnings?: readonly [string, string];
}

/** Where a side ends: punctuation, a dash between spaces, an ellipsis. */
const BOUNDARY = /[,;:?!()]|\s[-–—]\s|\.{2,}|…/g;

/** "A vs B", "A versus B", "A v. B". */
const VERSUS = /\s(?:vs\.?|versus|v\.)\s/i;
/** "A or B", a choice when the question asks which came first or last. */
const OR = /\sor\s/i;

/** Words asking which of two came first or last; "more recent" as one. */
const ORDER_WORDS = /\b(?:(first|earlier|earliest|sooner|older|oldest)|(last|later|latest|newer|newest|(?:more|most) recent(?:ly)?))\b/i;

/** Words opening a question before its first side ("did A or B join first?"): they are the frame's. */
const LEADING_FRAME = /^(?:(?:which|who|what|whats|what's|did|does|do|was|were|is|are|has|have|had)\s+)+/i;

/** Sides of more content words than this are clauses, not the two things compared ("the fight vs trafficking"). */
const MAX_SIDE_WORDS = 6;

/** Verbs that ask only that something happened ("which came first"; "came out" is published): the sides' beginnings are what is compared. */
const HAPPENING_VERBS = /^(?:came|come|comes|happened|happen|occurred|existed|exist|was|were)$/;

/**
 * Reads a question that sets two things side by side: "A vs B …" whatever it asks of them, or
 * "A or B" when it asks which came first or last. Undefined for any other question, and for "vs"
 * read as "against" where the knowledge writes "against" before the same word ("the fight vs
 * trafficking"). Linear in the question.
 */
export function twoSidesOf(index: KnowledgeIndex, text: string): TwoSides | undefined {
  const versus = VERSUS.exec(text);
  const order = ORDER_WORDS.exec(text);
  const marker = versus ?? (order ? OR.exec(text) : null);
  if (!marker) return undefined;
  // The stretch of the question between the boundaries around the marker.
  let start = 0;
  let end = text.length;
  for (const boundary of text.matchAll(BOUNDARY)) {
    if (boundary.index + boundary[0].length <= marker.index) start = boundary.index + boundary[0].length;
    else if (boundary.index >= marker.index + marker[0].length) { end = boundary.index; break; }
  }
  const before = text.slice(start, marker.index);
  let after = text.slice(marker.index + marker[0].length, end);
  const frameWords = LEADING_FRAME.exec(before.trimStart())?.[0] ?? '';
  const left = before.trimStart().slice(frameWords.length).trim();
  let right = after.trim();
  // "did icmpd or cbss join first": the second side runs into the question's own words; it is as long as the first.
  const rightWords = right.split(/\s+/);
  const leftWords = left.split(/\s+/);
  if (order && ORDER_WORDS.test(right) && rightWords.length > leftWords.length) {
    right = rightWords.slice(0, leftWords.length).join(' ');
    after = after.slice(after.indexOf(right) + right.length);
  } else {
    after = '';
  }
  // "issue brief 02 or 03": a bare number is the other side's name with that number.
  const sharedName = /^(.*\D)\s#?\d{1,4}$/.exec(left);
  if (sharedName && /^#?\d{1,4}$/.test(right)) right = `${sharedName[1]} ${right}`;
  if (!left || !right || contentTerms(left).length > MAX_SIDE_WORDS || contentTerms(right).length > MAX_SIDE_WORDS) return undefined;
  const firstAfter = fold(right).split(/[^a-z0-9]+/).find(Boolean);
  if (versus && firstAfter && writesAfterAgainst(index).has(firstAfter)) return undefined;
  const prefix = text.slice(0, start) + frameWords;
  const suffix = after + text.slice(end);
  const frame = `${prefix} ${suffix}`;
  if (order && ORDER_WORDS.test(`${left} ${right}`) && !ORDER_WORDS.test(frame)) return undefined;
  const asked = order ? (order[1] ? 'first' : 'last') : undefined;
  const sideQuestion = (side: string, other: string) => {
    // "the gender brief or the one on humanitarian crises": "the one" is the other side's noun.
    const named = side.replace(/\bthe one\b/i, `the ${other.split(/\s+/).pop()}`);
    if (asked) return `when ${withoutOrder(prefix).trimStart().replace(LEADING_FRAME, '')} ${named} ${withoutOrder(suffix)}`.replace(/\s+/g, ' ').trim();
    // "TIP vs THB - what's each one": a frame that names nothing asks what each side is.
    return asksSomething(frame) ? `${prefix}${named}${suffix}`.replace(/\s+/g, ' ').trim() : `what is ${named}`;
  };
  const questions = [sideQuestion(left, right), sideQuestion(right, left)] as const;
  // "which came first: A or B" names no event of its own: each side's beginning is.
  const namesNoEvent = asked !== undefined && !/\bc[ao]mes? out\b/i.test(frame) && contentTerms(withoutOrder(frame)).every((term) => HAPPENING_VERBS.test(term.surface) || QUESTION_FRAME_WORDS.has(term.surface));
  if (!namesNoEvent) return { questions, ...(asked ? { order: asked } : {}) };
  const began = (side: string) => `when was ${side.replace(/\bthe one\b/i, 'it')} established`.replace(/\s+/g, ' ').trim();
  return { questions: [`when was ${left}`, `when was ${right}`], order: asked, beginnings: [began(left), began(right)] };
}

/** Two question words asked together: "when n where", "who and when", "where + when", "dates + venue", "how many and when". */
const TWO_ASKS = /\b(when|where|who|what|how many|dates?|city|venue|place|year|yr)\s*(?:and|n|&|\+|\/)\s*(when|where|who|what|how many|dates?|city|venue|place|year|yr)\b/i;

/**
 * Reads a question that asks two things of one fact ("actip signed when n where", "50th
 * ratification - who and when") as the two questions it is, one per question word. Undefined
 * for any other question. Both answers are given when they differ; one passage that says both
 * answers both.
 */
export function twoAsksOf(text: string): TwoSides | undefined {
  const pair = TWO_ASKS.exec(text);
  if (!pair || pair[1]!.toLowerCase() === pair[2]!.toLowerCase()) return undefined;
  const asking = (word: string) => `${text.slice(0, pair.index)}${word}${text.slice(pair.index + pair[0].length)}`;
  return { questions: [asking(pair[1]!), asking(pair[2]!)] };
}

/** A second question joined to a first: "…, and how long is a term", "… & which org", "…, how long a term". */
const SECOND_ASK = secondAsk('\\s*[,;]\\s*(?:(?:and|&|\\+)\\s+)?|\\s+(?:and|&|\\+)\\s+');

/** …joined with "and", "&" or "+" only: what is tried when a comma alone parts a topic from its one ask. */
const SECOND_ASK_JOINED = secondAsk('(?:\\s*[,;]\\s*|\\s+)(?:and|&|\\+)\\s+');

/** A first part, a joint (its source given), and a second ask opening with a question word. */
function secondAsk(joint: string): RegExp {
  return new RegExp(`^(.+?)(${joint})((?:(?:for )?how (?:many|much|long|often)|what|which|who|whom|when|since when|where|in (?:which|what))\\b.*)$`, 'i');
}

/** A question word, which a first ask joined by a comma alone must have: "how many members, how long a term". */
const ASKING_WORD = /\b(?:how|what|which|who|whom|when|where)\b/i;

/** What a chat fragment asks, typed after its topic: "demand paper - yr", "gpa adopted when". */
const TRAILING_ASK = /(?:\s*[-–—:,]\s*|\s+)(?:(?:what|which|the)\s+)?(?:yr|year|date|day|when|who|where|number|no\.?)$/i;

/** A chat fragment's topic typed before what it asks, set off by a colon, a comma or a dash: "trust fund board: how many members". */
const TOPIC_BEFORE_ASK = /^([^:,–—]+?)\s*(?:[:,]|\s[-–—])\s*(?:how|what|which|who|whom|when|where)\b/i;

/** The words that open a question before its topic: "how many", "who was", "did". */
const OPENING_ASK = /^(?:(?:how (?:many|much|long|often)|what(?:'s| is| was| are| were)?|which|who(?:'s| is| was)?|whom|when|where|did|does|do|is|was|are|were)\s+)+/i;

/**
 * Reads a question that asks a second thing after "and" ("how many ppl on the board of trustees
 * and how long is a term", "which brief covers refugees and when did it come out") as the two
 * questions it is. The second is asked with the first's topic, which it leaves out ("how long is a
 * term" of the board of trustees). Undefined for any other question, and for "when and where",
 * which {@link twoAsksOf} reads. Linear in the question: one anchored pattern with a lazy first part.
 */
export function twoPartsOf(text: string): TwoSides | undefined {
  const commaParted = SECOND_ASK.exec(text.trim());
  // ("in the dates at a glance, what comes after …" is a topic, then one ask; "BVCF board, how many … and for how long …" asks two after it.)
  const parts = commaParted && !/and|&|\+/i.test(commaParted[2]!) && !ASKING_WORD.test(commaParted[1]!) ? SECOND_ASK_JOINED.exec(text.trim()) : commaParted;
  if (!parts) return undefined;
  const first = parts[1]!.trim();
  const second = parts[3]!.trim();
  if (first.split(/\s+/).length < 2 || second.split(/\s+/).length < 2) return undefined;
  // (Without what the first part asks: "demand paper - yr" is about the demand paper, and a question
  // "how many people sit on the trust fund board" about the trust fund board, the words after its first preposition.)
  const stripped = first.replace(OPENING_ASK, '').replace(/[?!.]+$/, '').replace(TRAILING_ASK, '');
  const clause = OPENING_ASK.test(first);
  // "trust fund board: how many members and how long is a term": a topic typed before its first ask is the second's topic too.
  const typedFirst = TOPIC_BEFORE_ASK.exec(first)?.[1];
  const topic = typedFirst ?? (clause ? /\b(?:on|of|in|at|for|from|about)\s+(.+)$/i.exec(stripped)?.[1] : undefined) ?? stripped;
  return { questions: [first, `${second.replace(/[?!.]+$/, '')} ${topic}`] };
}

/** The words around the sides without those asking which came first or last. */
function withoutOrder(words: string): string {
  return words.replace(EVERY_ORDER_WORD, ' ');
}

const EVERY_ORDER_WORD = new RegExp(ORDER_WORDS.source, 'gi');

/** Whether the words around the two sides ask something of their own ("trafficked for what"), beyond "what's each". */
function asksSomething(frame: string): boolean {
  return contentTerms(frame).some((term) => !QUESTION_FRAME_WORDS.has(term.surface) && !/^(?:one|ones|whats|each|both|them|two)$/.test(term.surface));
}

const afterAgainst = new WeakMap<KnowledgeIndex, ReadonlySet<string>>();

/** The words the knowledge writes right after "against" ("trafficking", "women"), read once per index. */
function writesAfterAgainst(index: KnowledgeIndex): ReadonlySet<string> {
  let words = afterAgainst.get(index);
  if (!words) {
    const found = new Set<string>();
    for (const passage of index.passages) for (const match of foldedTextOf(passage).matchAll(/\bagainst ([a-z0-9]+)/g)) found.add(match[1]!);
    afterAgainst.set(index, words = found);
  }
  return words;
}
