import { readFile } from 'node:fs/promises';
import { IcatError } from '../../src/errors.js';
import { detectReport } from '../../src/safeguarding/detect.js';
import { reportFatal } from '../project.js';

const USAGE = `Usage:
  npm run safeguarding -- --reports reports.txt --questions questions.txt [--show-misses]

Each file holds one message per line (or JSON lines with a "text" or "q" field). Prints the share
of reports the guard stops and the share of questions it lets through; with --show-misses, also
the messages it got wrong.`;

/**
 * `npm run safeguarding`: measures the safeguarding guard on two sets of messages, report-like
 * ones (which it must stop) and knowledge questions (which it must let through), such as the blind
 * sets written by someone who never saw the detector.
 */
async function main(args: string[]): Promise<void> {
  if (args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const reportsPath = valueOf('--reports');
  const questionsPath = valueOf('--questions');
  if (!reportsPath && !questionsPath) throw new IcatError('CONFIG_MISSING', `name at least one file to measure.\n${USAGE}`);
  const show = args.includes('--show-misses');
  const lines: string[] = [];
  if (reportsPath) lines.push(measure('reports stopped', await messagesIn(reportsPath), true, show));
  if (questionsPath) lines.push(measure('questions answered', await messagesIn(questionsPath), false, show));
  process.stdout.write(`${lines.join('\n')}\n`);
}

function measure(label: string, messages: string[], shouldFire: boolean, show: boolean): string {
  const wrong = messages.filter((message) => detectReport(message).fired !== shouldFire);
  const right = messages.length - wrong.length;
  const rate = messages.length === 0 ? 0 : (100 * right) / messages.length;
  const head = `${label}: ${right}/${messages.length} (${rate.toFixed(1)}%)`;
  return show && wrong.length > 0 ? [head, ...wrong.map((message) => `  missed: ${message}`)].join('\n') : head;
}

async function messagesIn(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new IcatError('CONFIG_INVALID', `cannot read ${path} (${error.code ?? error.message}): name an existing file.`);
  });
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).map((line) => {
    if (!line.startsWith('{')) return line;
    const parsed = JSON.parse(line) as { text?: unknown; q?: unknown; question?: unknown };
    return String(parsed.text ?? parsed.q ?? parsed.question ?? '');
  });
}

main(process.argv.slice(2)).catch(reportFatal);
