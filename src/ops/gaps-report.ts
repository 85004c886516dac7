import type { GapGroup } from './gaps.js';

/** Options for {@link renderGapsReport}. */
export interface GapsReportOptions {
  /** Groups shown, most asked first. Default 10. */
  top?: number;
  /** Where the entries came from, named in the heading. Default none. */
  source?: string;
  /** Log lines that could not be read, mentioned when any. Default 0. */
  skipped?: number;
}

/**
 * The `npm run gaps` report, in Markdown: the most asked unanswered topics, each with its wordings
 * and a knowledge-file stub to fill in and drop into `knowledge/`.
 */
export function renderGapsReport(groups: readonly GapGroup[], options: GapsReportOptions = {}): string {
  const { top = 10, source, skipped = 0 } = options;
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  const lines = [`# Unanswered questions${source ? ` in ${source}` : ''}`, ''];
  if (total === 0) {
    lines.push('No unanswered questions recorded yet.');
    if (skipped > 0) lines.push('', `${skipped} line${skipped === 1 ? '' : 's'} could not be read and ${skipped === 1 ? 'was' : 'were'} skipped.`);
    return `${lines.join('\n')}\n`;
  }
  const shown = groups.slice(0, top);
  lines.push(`${total} question${total === 1 ? '' : 's'} in ${groups.length} topic${groups.length === 1 ? '' : 's'}; the ${shown.length} most asked below, each with a stub for knowledge/.`);
  if (skipped > 0) lines.push(`${skipped} unreadable line${skipped === 1 ? ' was' : 's were'} skipped.`);
  shown.forEach((group, i) => lines.push('', ...renderGroup(group, i + 1)));
  return `${lines.join('\n')}\n`;
}

function renderGroup(group: GapGroup, rank: number): string[] {
  const others = group.wordings.slice(1, 6).map((wording) => `"${oneLine(wording.question)}"${wording.count > 1 ? ` (${wording.count}×)` : ''}`);
  const when = group.firstAsked && group.lastAsked ? `Asked from ${group.firstAsked.slice(0, 10)} to ${group.lastAsked.slice(0, 10)}` : 'Asked';
  const stub = knowledgeStub(group);
  const fence = fenceFor(stub);
  return [
    `## ${rank}. "${oneLine(group.question)}": asked ${group.count} time${group.count === 1 ? '' : 's'}`,
    '',
    ...(others.length > 0 ? [`Also asked as: ${others.join(', ')}${group.wordings.length > 6 ? ', …' : ''}.`, ''] : []),
    `${when}; best confidence ${group.bestConfidence.toFixed(2)}.`,
    '',
    `Stub for \`knowledge/${stubFileName(group)}\`:`,
    '',
    `${fence}markdown`,
    stub.trimEnd(),
    fence,
  ];
}

/**
 * A knowledge file ready to be filled in: title and example questions from the group, the
 * instructions as YAML comments. Until an answer is written under the heading the file has no
 * text, so loading it fails loudly instead of serving a placeholder.
 */
export function knowledgeStub(group: GapGroup): string {
  const examples = group.wordings.slice(0, 3).map((wording) => `  - ${JSON.stringify(oneLine(wording.question))}`);
  const title = titleOf(group.question);
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `# Asked ${group.count} time${group.count === 1 ? '' : 's'} without a good answer. Write the answer below the heading in a`,
    '# sentence or three, add "url:" for the source, then save this file in knowledge/.',
    'examples:',
    ...examples,
    '---',
    '',
    `# ${title}`,
    '',
  ].join('\n');
}

/** A file name for the stub, from its question: "who-funds-icat.md". */
export function stubFileName(group: GapGroup): string {
  const slug = group.question.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return `${slug || 'unanswered-question'}.md`;
}

function titleOf(question: string): string {
  // The look-behind starts the pattern only where a run of marks starts, so a long run is read once.
  const text = oneLine(question).replace(/(?<![\s?!.])[\s?!.]+$/, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** A code fence longer than any run of backticks in `text`, so a question cannot close it. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}
