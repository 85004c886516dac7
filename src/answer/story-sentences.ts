import { fold } from '../text/fold.js';
import { QUESTION_FRAME_WORDS, STOP_WORDS } from '../text/stopwords.js';

/**
 * A sentence that asks: it ends with a question mark, holds a question word ("… - which one"),
 * opens with an auxiliary ("did the board meet …") or with a request ("tell me …", "pls name …").
 */
const ASKS = /\?\s*$|\b(?:who|whom|whose|what|whats|when|where|which|why|how)\b|^(?:is|are|was|were|do|does|did|can|could|has|have|had|will|would|should|may|might)\b|^(?:(?:please|pls|plz|kindly) )?(?:tell|name|list|give|confirm|share|remind|explain|describe|send|check)\b/;

/**
 * A sentence about the asker: it speaks in the first person ("I'm preparing …", "our office is
 * compiling …", "Ahmed left me a draft") or opens with what they are doing or need, its subject
 * left out as chat leaves it ("Covering for Maria this week …", "need the name for a thank you
 * note"). A statement of fact ("The 2024 co-chairs proposed three priorities.") tells no story: it
 * sets out what the question asks about.
 */
const TELLS_OF_THE_ASKER = /\b(?:i|im|ive|id|me|my|mine|we|weve|our|ours|us)\b|^(?:\p{L}{2,}ing|need|needs|needed|want|wants|wanted|asked|new)\b/u;

/** The fewest words a sentence telling the asker's story has ("need it for a note"). */
const STORY_LENGTH = 4;

/**
 * Where one sentence of a chat message ends: after "?" or "!", or after a full stop that ends a
 * word of four letters or more, a number or a closing bracket, and before the next word. (A full
 * stop after a short word may be an abbreviation's: "res. 64/293", "No. 3", "U.N.") A comma, a
 * colon, a semicolon or a dash between spaces ends a clause that may tell the story as well ("I
 * need two things for the file: what date …", "icmpd full name pls, writing it out in a letter").
 * A run of spaces, or of marks, is tried once, from its start.
 */
const SENTENCE_BREAK = /(?<![?!:;,])[?!:;,]+\s+|(?<!\s)\s+[-–—]+\s+|(?<=(?:\p{L}{4}|\d|\)))\.+\s+/gu;

/**
 * The words a question types only in the sentences where the asker tells their own story, before
 * or after the sentence that asks: "Covering for Maria this week and finishing her history note
 * for the Director. … Which session of the HRC was that?", "who opened the 2022 principals
 * meeting? need the name for a thank you note". Such a sentence says why the question is asked
 * and may hold what it is about ("members meeting in Geneva in 2011"), but its everyday wording
 * ("covering", "note", "finishing") is no part of what the answer writes, and a passage missing it
 * answers no less. Empty when the message is one sentence, when no sentence of it asks, or when
 * the sentence that asks names nothing ("… Who was it?"): then the story is what is asked about.
 *
 * Words are folded, as the question's concepts name them. Linear in the message's length.
 */
export function storyWords(question: string): ReadonlySet<string> {
  const told = storyOf(question);
  if (!told) return NONE;
  const askedWords = new Set(told.rest.flatMap((clause) => wordsOf(fold(clause))));
  const story = new Set<string>();
  for (const clause of told.story) for (const word of wordsOf(fold(clause))) if (!askedWords.has(word)) story.add(word);
  return story;
}

/**
 * The question without the clauses that tell the asker's story ({@link storyWords}): "icmpd full
 * name pls, writing it out in a letter" asks "icmpd full name pls". The question itself when it
 * tells none.
 */
export function withoutStory(question: string): string {
  return storyOf(question)?.rest.join(' ') ?? question;
}

/** The clauses of a message that tell the asker's story, and the rest; undefined when it tells none. */
function storyOf(question: string): { story: string[]; rest: string[] } | undefined {
  const clauses = question.split(SENTENCE_BREAK).map((clause) => clause.trim()).filter(Boolean);
  if (clauses.length < 2) return undefined;
  const folded = clauses.map(fold);
  const story: string[] = [];
  const rest: string[] = [];
  clauses.forEach((clause, i) => {
    const words = wordsOf(folded[i]!);
    // ("angela me - what's her job": two words are a name, not a story.)
    const tells = !ASKS.test(folded[i]!) && words.length >= STORY_LENGTH && TELLS_OF_THE_ASKER.test(folded[i]!);
    (tells ? story : rest).push(clause);
  });
  // "I'm preparing a note on the 2018 London heads meeting. Who was it?": an ask that names nothing asks about the story.
  if (!rest.flatMap((clause) => wordsOf(fold(clause))).some((word) => word.length > 1 && !STOP_WORDS.has(word) && !QUESTION_FRAME_WORDS.has(word))) return undefined;
  return story.length > 0 ? { story, rest } : undefined;
}

function wordsOf(sentence: string): string[] {
  return sentence.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const NONE: ReadonlySet<string> = new Set();
