import { readFile } from 'node:fs/promises';
import { judge, parseEvalFile } from '../../src/eval/score.js';
import { reportFatal, startRuntime } from '../project.js';

/**
 * `npm run eval -- FILE.jsonl`: scores the bot on a question file, prints each failure with the
 * answer given, then "N passed, M failed". Exits non-zero when any question fails.
 */
async function main(args: string[]): Promise<void> {
  const file = args[0];
  if (!file) throw new Error('usage: npm run eval -- FILE.jsonl (questions in the format of test/golden/questions.jsonl)');
  const questions = parseEvalFile(await readFile(file, 'utf8'), file);
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

main(process.argv.slice(2)).catch(reportFatal);
