import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { IcatError } from '../../src/errors.js';
import { groupGaps, parseGapsLog } from '../../src/ops/gaps.js';
import { renderGapsReport } from '../../src/ops/gaps-report.js';
import { PROJECT_ROOT, readRuntimeSettings, reportFatal } from '../project.js';
import { exitQuietlyOnClosedPipe } from './quiet-epipe.js';

const USAGE = `Usage:
  npm run gaps                      report on the log UNANSWERED_LOG names
  npm run gaps -- path/to/log.jsonl report on another log
  npm run gaps -- --top 20          show more topics (default 10)`;

/**
 * `npm run gaps`: the most asked questions the bot could not answer, grouped by topic, each with
 * a Markdown stub to fill in and drop into `knowledge/`. Reads the log `npm start` writes when
 * `UNANSWERED_LOG` is set.
 */
async function main(args: string[]): Promise<void> {
  if (args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 10;
  if (!Number.isInteger(top) || top < 1) throw new IcatError('CONFIG_INVALID', `--top must be a whole number of topics, at least 1 (got "${args[topAt + 1] ?? ''}").\n${USAGE}`);
  const paths = args.filter((arg, i) => !arg.startsWith('--') && (topAt < 0 || i !== topAt + 1));
  const path = paths[0] ?? readRuntimeSettings({ env: { ...process.env, LOG_LEVEL: 'silent' } }).ops.unansweredLog;
  if (!path) throw new IcatError('CONFIG_MISSING', `UNANSWERED_LOG is not set: set it to a file path for npm start to record unanswered questions there, or name a log file.\n${USAGE}`);
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new IcatError('CONFIG_MISSING', `no unanswered-questions log at ${path} yet: npm start writes it once a question goes unanswered (with UNANSWERED_LOG set).`);
    throw error;
  });
  const { entries, skipped } = parseGapsLog(text);
  const shown = relative(PROJECT_ROOT, path);
  process.stdout.write(renderGapsReport(groupGaps(entries), { top, skipped, source: shown && !shown.startsWith('..') ? shown : path }));
}

exitQuietlyOnClosedPipe();
main(process.argv.slice(2)).catch(reportFatal);
