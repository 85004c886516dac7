import type { Answerer } from '../answerer.js';
import type { Reply } from '../reply.js';
import { readFollowUp } from './follow-up.js';
import { nextPassage } from './more.js';
import { fillEllipsis, replacePronoun } from './rewrite.js';
import { latestSubject } from './subject.js';
import type { ConversationTurn } from './turn.js';

/** The longest question rewritten, in characters: the answerer reads no more (`ANSWERER_DEFAULTS.maxQuestionLength`). */
const MAX_QUESTION_LENGTH = 1000;

/**
 * Answers a question in the light of the conversation before it: a layer around the answerer
 * that turns a follow-up into a standalone question (or a direct lookup) and then asks as usual.
 *
 * - "what did she say?" after an answer about Åsa Regner asks "what did Åsa Regner say?", and the
 *   reply says so: `understood` is "about Åsa Regner";
 * - "and in 2021?" / "and the OSCE?" asks the last question again with that part changed;
 * - "tell me more" gives the next passage of the section the last answer came from;
 * - a question that stands alone is answered exactly as without a conversation.
 *
 * With no conversation (or nothing in it to point at), a follow-up is answered as a standalone
 * question when the knowledge answers it, and otherwise gets a reply asking for the name: the bot
 * never guesses silently what "she" is.
 *
 * @param turns - earlier turns of the same thread or DM, oldest first; empty when there are none
 */
export function answerInConversation(answerer: Answerer, question: string, turns: readonly ConversationTurn[]): Reply {
  const followUp = readFollowUp(question);
  const asked = String(question ?? '').slice(0, MAX_QUESTION_LENGTH).replace(/\s+/g, ' ').trim();
  switch (followUp.type) {
    case 'standalone':
      return answerer.ask(question);
    case 'more': {
      const last = [...turns].reverse().find((turn) => turn.kind === 'answer');
      if (!last) return unclear(answerer, asked, 'Tell you more about what? Ask me a question first; "tell me more" then goes on from my answer.');
      const more = nextPassage(answerer.index, last);
      if (!more.found) {
        const where = more.section ? ` under “${more.section}”` : '';
        return { ...unclear(answerer, asked, `That is all my knowledge says${where}. Ask me something else about ICAT.`), standalone: last.question };
      }
      return {
        kind: 'answer', question: asked, answered: true, answer: more.text, sources: [more.source], confidence: 1, suggestions: [],
        understood: `more from “${more.section}”`, standalone: last.question,
      };
    }
    case 'pronoun': {
      const name = turns.length > 0 ? latestSubject(turns, followUp.refersTo) : undefined;
      if (!name) {
        const alone = answerer.ask(question);
        if (alone.kind === 'answer') return alone;
        const who = followUp.refersTo === 'person' ? 'who' : 'what';
        return unclear(answerer, asked, `I can't tell ${who} “${followUp.pronoun}” means here. Please ask again with the name (I only remember earlier questions in the same thread or direct message).`);
      }
      const standalone = replacePronoun(asked, followUp.pronoun, name);
      return { ...answerer.ask(standalone), question: asked, understood: `about ${name}`, standalone };
    }
    case 'ellipsis': {
      const previous = turns[turns.length - 1]?.question;
      const standalone = previous ? fillEllipsis(previous, followUp.fragment) : undefined;
      if (!standalone) return answerer.ask(question);
      return { ...answerer.ask(standalone), question: asked, understood: `as “${standalone}”`, standalone };
    }
  }
}

/** A reply that asks the user to say more, with questions the knowledge covers. */
function unclear(answerer: Answerer, question: string, text: string): Reply {
  return { kind: 'help', question, answered: false, answer: text, sources: [], confidence: 0, suggestions: answerer.topics().slice(0, 3) };
}
