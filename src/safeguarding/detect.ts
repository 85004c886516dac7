import { countAll, hasAny, locatePhrase, phrasesStartingIn, type Phrase } from './phrases.js';
import {
  ASKER_PHRASES, CONTROL_SIGNS, DISTRESS_SIGNS, FIRST_PERSON, FIRST_PERSON_POSSESSIVE, GENERIC_PEOPLE, KNOWLEDGE_FRAMING, PERSON_PHRASES,
  QUESTION_OPENERS, THEIR_PERSON, THIRD_PERSON,
} from './signs.js';
import { guardTokens } from './tokens.js';

/** What the guard concluded about one message. Never logged: it is derived from the message's text. */
export interface GuardVerdict {
  /** True when the message looks like a report of a person at risk and must not be answered from the knowledge. */
  fired: boolean;
  /** How many signs of control (cannot leave, papers taken, forced, locked in, threatened, in debt…) it holds. */
  control: number;
  /** How many signs of distress or of asking for help now it holds. */
  distress: number;
  /** How particular the person is: 0 none or only people in general, 1 "she"/"a girl", 2 the speaker or "my neighbour". */
  person: 0 | 1 | 2;
  /** How many signs of a knowledge question (definitions, figures, indicators, what someone said) it holds. */
  knowledge: number;
}

/**
 * Decides whether a message looks like a report of a possible trafficking situation or a person at
 * risk ("I think my neighbour's housekeeper is being held against her will", "a girl at the
 * station says she can't leave"), rather than a question about the knowledge ("what does forced
 * labour mean?").
 *
 * It looks for a combination, not a list of sentences: signs of control over someone, a particular
 * person (the speaker, or someone they point at), and the absence of a knowledge question's
 * framing. It errs toward caution: with a particular person and a sign of control it fires even
 * when the message is phrased as a question ("is it normal that my boss keeps my passport?"), and
 * two signs of control, or control with distress, are enough without a person.
 */
export function detectReport(text: string): GuardVerdict {
  const tokens = withoutAskerWords(guardTokens(text));
  // A hundred phrases are listened for; only those that can start in this message are looked for.
  const starts = phrasesStartingIn(tokens);
  const controlSpans = CONTROL_SIGNS.map((pattern) => locatePhrase(tokens, pattern, starts)).filter((span) => span !== undefined);
  const control = controlSpans.length;
  const distress = countAll(tokens, DISTRESS_SIGNS, starts);
  const knowledge = countAll(tokens, KNOWLEDGE_FRAMING, starts) + (QUESTION_OPENERS.has(tokens[0] ?? '') ? 1 : 0);
  const person = personOf(tokens, controlSpans, knowledge, starts);
  return { fired: decide(control, distress, person, knowledge), control, distress, person, knowledge };
}

function decide(control: number, distress: number, person: 0 | 1 | 2, knowledge: number): boolean {
  // Distress about a particular person, in a message that asks nothing about the knowledge.
  if (control === 0) return distress > 0 && person > 0 && knowledge === 0;
  // The speaker or someone they name as theirs, with a sign of control: a report, however it is phrased.
  if (person === 2) return knowledge < 3 || distress > 0 || control > 1;
  if (person === 1) return knowledge === 0 || (distress > 0 && knowledge < 2) || control > knowledge + 1;
  return (control > 1 && knowledge === 0) || (distress > 0 && knowledge === 0);
}

/**
 * How near a sign of control a speaker's pronoun must be to make them part of the story: just
 * before it as its subject ("I can't leave", "we are not allowed"), or just after it as its object
 * ("won't let me go"). Further away it is a witness or an asker ("what should I do if I think
 * someone is…"), and the story needs a person of its own.
 */
const SPEAKER_BEFORE = 2;
const SPEAKER_AFTER = 1;

/**
 * How particular the person spoken of is, ignoring people in general ("a victim", "someone",
 * "victims"). The speaker counts only as part of the story (next to a sign of control, or naming
 * someone as theirs), not as the asker ("I read that…", "our team is preparing…").
 */
function personOf(
  tokens: readonly string[], controlSpans: readonly { start: number; end: number }[], knowledge: number, starts: ReadonlySet<Phrase>,
): 0 | 1 | 2 {
  const speakerInvolved = controlSpans.some(({ start, end }) => tokens.some((token, i) =>
    (FIRST_PERSON.has(token) && i >= start - SPEAKER_BEFORE && i < end + SPEAKER_AFTER) || (FIRST_PERSON_POSSESSIVE.has(token) && i >= start && i < end)));
  if (speakerInvolved || hasAny(tokens, THEIR_PERSON, starts)) return 2;
  const third = tokens.some((token) => THIRD_PERSON.has(token));
  const pointed = hasAny(tokens, PERSON_PHRASES, starts);
  // "I'm on a fishing boat and can't get off": the speaker is the only person in the story.
  if (controlSpans.length > 0 && knowledge === 0 && !third && !pointed && tokens.some((token) => FIRST_PERSON.has(token)) && !hasAny(tokens, GENERIC_PEOPLE, starts)) return 2;
  if (!third && !pointed) return 0;
  // "She"/"he" in a question about people in general ("what if a victim says she can't leave?") points at nobody.
  if (!pointed && knowledge > 0 && hasAny(tokens, GENERIC_PEOPLE, starts)) return 0;
  return 1;
}

/** The tokens without the asker's own framing ("I want to know", "can I ask", "tell me"). */
function withoutAskerWords(tokens: readonly string[]): string[] {
  const kept = [...tokens];
  const starts = phrasesStartingIn(kept);
  for (const pattern of ASKER_PHRASES) {
    for (let guard = 0; guard < 5; guard++) {
      const at = locatePhrase(kept, pattern, starts);
      if (!at) break;
      for (let i = at.start; i < at.end; i++) kept[i] = '';
    }
  }
  return kept.filter(Boolean);
}
