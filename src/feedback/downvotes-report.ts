import type { FeedbackEntry } from './feedback-log.js';

/** One answer people marked as not helpful: the question, where the answer came from, how many downvotes it has now. */
export interface DownvotedAnswer {
  question: string;
  /** "knowledge/file.md › Section", or "no source". */
  source: string;
  /** Downvotes still standing (a person who changed their mind to up is not counted). */
  downvotes: number;
  /** Upvotes on the same question and source, for balance. */
  upvotes: number;
  /** The knowledge versions the votes were cast on, so a report can tell fixed answers from open ones. */
  knowledgeVersions: string[];
}

/**
 * Groups the standing votes (see `parseFeedbackLog`) by question and source, keeping those with
 * at least one downvote, most downvoted first.
 */
export function downvotedAnswers(entries: readonly FeedbackEntry[]): DownvotedAnswer[] {
  const groups = new Map<string, DownvotedAnswer>();
  for (const entry of entries) {
    const source = entry.source ? `${entry.source.file}${entry.source.section ? ` › ${entry.source.section}` : ''}` : 'no source';
    const key = `${entry.question.trim().toLowerCase()}\u0000${source}`;
    const group = groups.get(key) ?? { question: entry.question.trim(), source, downvotes: 0, upvotes: 0, knowledgeVersions: [] };
    if (entry.vote === 'down') group.downvotes += 1;
    else group.upvotes += 1;
    if (entry.knowledgeVersion && !group.knowledgeVersions.includes(entry.knowledgeVersion)) group.knowledgeVersions.push(entry.knowledgeVersion);
    groups.set(key, group);
  }
  return [...groups.values()].filter((group) => group.downvotes > 0).sort((a, b) => b.downvotes - a.downvotes || a.upvotes - b.upvotes);
}

/** The "Downvoted answers" part of `npm run gaps`, in Markdown: what was asked, which section answered, how many said it did not help. */
export function renderDownvotes(answers: readonly DownvotedAnswer[], options: { top?: number; source?: string } = {}): string {
  const { top = 10, source } = options;
  const lines = [`# Downvoted answers${source ? ` in ${source}` : ''}`, ''];
  if (answers.length === 0) return `${[...lines, 'No downvoted answers recorded yet.'].join('\n')}\n`;
  lines.push(`${answers.length} answer${answers.length === 1 ? '' : 's'} marked as not helpful; check the section each came from.`);
  answers.slice(0, top).forEach((answer, i) => {
    const text = answer.question.replace(/\s+/g, ' ').slice(0, 200);
    lines.push('', `## ${i + 1}. "${text}": ${answer.downvotes} downvote${answer.downvotes === 1 ? '' : 's'}${answer.upvotes ? `, ${answer.upvotes} upvote${answer.upvotes === 1 ? '' : 's'}` : ''}`,
      '', `Answered from ${answer.source}; knowledge version ${answer.knowledgeVersions.join(', ') || 'unknown'}.`);
  });
  return `${lines.join('\n')}\n`;
}
