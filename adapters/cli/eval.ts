import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { judge, parseEvalFile } from '../../src/eval/score.js';
import { IcatError } from '../../src/errors.js';
import { PROJECT_ROOT, reportFatal, startRuntime } from '../project.js';
import { exitQuietlyOnClosedPipe } from './quiet-epipe.js';

/** The project's own golden questions, scored when no file is named. */
const GOLDEN = join(PROJECT_ROOT, 'test/golden/questions.jsonl');

const USAGE = 'Usage: npm run -s eval [-- FILE.jsonl]   (default: the golden questions, test/golden/questions.jsonl)';

/**
 * `npm run eval [-- FILE.jsonl]`: scores the bot on a question file (the golden questions by
 * default), prints each failure with the answer given, then "N passed, M failed". Exits non-zero
 * when any question fails; a bad argument prints the usage line.
 */
async function main(args: string[]): Promise<void> {
  if (args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) throw new IcatError('CONFIG_INVALID', `expected at most one question file, got: ${args.join(' ')}. ${USAGE}`);
  const file = args[0] ?? GOLDEN;
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new IcatError('CONFIG_MISSING', `cannot read the question file ${file} (${error.code ?? error.message}). ${USAGE}`, { cause: error });
  });
  const questions = parseEvalFile(text, file);
  const { bot } = await startRuntime({ env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' } });
  let passed = 0;
  for (const question of questions) {
    const reply = bot.handle({ text: question.q, platform: 'cli' });
    const verdict = judge(question, reply);
    if (verdict.passed) { passed++; continue; }
    process.stdout.write(`FAIL ${question.q}\n  ${verdict.problem}\n  answer (confidence ${reply.confidence}): ${reply.answer.replace(/\n/g, ' / ')}\n`);
  }
  process.stdout.write(`${passed}/${questions.length} passed (${((100 * passed) / Math.max(1, questions.length)).toFixed(1)}%)\n`);
  process.stdout.write(`${passed} passed, ${questions.length - passed} failed\n`);
  if (passed < questions.length) process.exitCode = 1;
}

exitQuietlyOnClosedPipe();
main(process.argv.slice(2)).catch(reportFatal);
