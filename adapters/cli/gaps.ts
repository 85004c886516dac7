import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { IcatError } from '../../src/errors.js';
import { downvotedAnswers, parseFeedbackLog, renderDownvotes } from '../../src/feedback/index.js';
import { groupGaps, parseGapsLog } from '../../src/ops/gaps.js';
import { renderGapsReport } from '../../src/ops/gaps-report.js';
import { PROJECT_ROOT, readRuntimeSettings, reportFatal } from '../project.js';
import { exitQuietlyOnClosedPipe } from './quiet-epipe.js';

const USAGE = `Usage:
  npm run gaps                                   report on the logs UNANSWERED_LOG and FEEDBACK_LOG name
  npm run gaps -- path/to/log.jsonl              report on another unanswered-questions log
  npm run gaps -- --feedback path/to/votes.jsonl report on another feedback log
  npm run gaps -- --top 20                       show more topics (default 10)`;

/**
 * `npm run gaps`: the most asked questions the bot could not answer, grouped by topic, each with
 * a Markdown stub to fill in and drop into `knowledge/`; then the answers people marked as not
 * helpful, with the section each came from. Reads the logs `npm start` writes when
 * `UNANSWERED_LOG` and `FEEDBACK_LOG` are set.
 */
async function main(args: string[]): Promise<void> {
  if (args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const topAt = args.indexOf('--top');
  const feedbackAt = args.indexOf('--feedback');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 10;
  if (!Number.isInteger(top) || top < 1) throw new IcatError('CONFIG_INVALID', `--top must be a whole number of topics, at least 1 (got "${args[topAt + 1] ?? ''}").\n${USAGE}`);
  const optionValues = new Set([topAt + 1, feedbackAt + 1].filter((i) => i > 0));
  const paths = args.filter((arg, i) => !arg.startsWith('--') && !optionValues.has(i));
  const ops = readRuntimeSettings({ env: { ...process.env, LOG_LEVEL: 'silent' } }).ops;
  const path = paths[0] ?? ops.unansweredLog;
  const feedbackPath = feedbackAt >= 0 ? args[feedbackAt + 1] : ops.feedbackLog;
  if (!path && !feedbackPath) {
    throw new IcatError('CONFIG_MISSING', `UNANSWERED_LOG is not set: set it (and FEEDBACK_LOG for votes) to a file path for npm start to record unanswered questions there, or name a log file.\n${USAGE}`);
  }
  const parts: string[] = [];
  if (path) {
    const text = await readLog(path, `no unanswered-questions log at ${path} yet: npm start writes it once a question goes unanswered (with UNANSWERED_LOG set).`);
    const { entries, skipped } = parseGapsLog(text);
    parts.push(renderGapsReport(groupGaps(entries), { top, skipped, source: shown(path) }));
  }
  if (feedbackPath) {
    const text = await readLog(feedbackPath, `no feedback log at ${feedbackPath} yet: npm start writes it once someone votes on an answer (with FEEDBACK_LOG set).`, feedbackAt < 0);
    parts.push(renderDownvotes(downvotedAnswers(parseFeedbackLog(text).entries), { top, source: shown(feedbackPath) }));
  }
  process.stdout.write(parts.join('\n'));
}

/** The log's text; a missing log is an error naming what writes it, or empty when `optional`. */
async function readLog(path: string, missing: string, optional = false): Promise<string> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    if (optional) return '';
    throw new IcatError('CONFIG_MISSING', missing);
  });
}

function shown(path: string): string {
  const rel = relative(PROJECT_ROOT, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

exitQuietlyOnClosedPipe();
main(process.argv.slice(2)).catch(reportFatal);
