import { fold } from '../text/fold.js';
import { MAX_ANSWER_LENGTH } from '../reply.js';

/**
 * One evaluation question, in the format of the sample questions file: either `expect` (every
 * group must be matched by one of its alternatives in the answer) or `unanswerable` (the bot must
 * decline).
 */
export interface EvalQuestion {
  q: string;
  expect?: string[][];
  unanswerable?: boolean;
}

/** The part of a reply evaluation looks at. */
export interface EvalReply {
  answered: boolean;
  answer: string;
}

/** The verdict on one question: passed, or why not. */
export interface EvalVerdict {
  question: EvalQuestion;
  passed: boolean;
  /** Why it failed, for the report; empty when passed. */
  problem: string;
}

/**
 * Judges a reply against an evaluation question: case- and accent-insensitive matching of every
 * `expect` group in the answer (at most 600 characters), or a decline for `unanswerable`.
 */
export function judge(question: EvalQuestion, reply: EvalReply): EvalVerdict {
  const verdict = (problem: string): EvalVerdict => ({ question, passed: problem === '', problem });
  if (question.unanswerable) return verdict(reply.answered ? 'should have declined but answered' : '');
  if (!reply.answered) return verdict('declined');
  if (reply.answer.length > MAX_ANSWER_LENGTH) return verdict(`answer is ${reply.answer.length} characters (limit ${MAX_ANSWER_LENGTH})`);
  const answer = fold(reply.answer);
  const missing = (question.expect ?? []).filter((group) => !group.some((alternative) => answer.includes(fold(alternative))));
  return verdict(missing.length ? `missing ${missing.map((group) => group.join(' | ')).join('; ')}` : '');
}

/**
 * Parses a JSON-lines question file. Throws with the line number of the first malformed line,
 * because a silently skipped question would inflate the score.
 */
export function parseEvalFile(content: string, fileName = 'questions'): EvalQuestion[] {
  const questions: EvalQuestion[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${fileName}:${i + 1}: not valid JSON.`);
    }
    const q = value as EvalQuestion;
    const validExpect = Array.isArray(q.expect) && q.expect.every((g) => Array.isArray(g) && g.every((a) => typeof a === 'string'));
    if (typeof q.q !== 'string' || (!q.unanswerable && !validExpect)) {
      throw new Error(`${fileName}:${i + 1}: each line needs "q" and either "expect" (groups of alternatives) or "unanswerable": true.`);
    }
    questions.push(q);
  });
  return questions;
}
