import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { blindSuites, knowledgeWith, type BlindPart } from '../../src/eval/blind-suites.js';
import { confidenceBands, formatBands } from '../../src/eval/confidence-bands.js';
import { judge, parseEvalFile, type EvalQuestion } from '../../src/eval/score.js';
import { IcatError } from '../../src/errors.js';
import { KnowledgeBase } from '../../src/knowledge-base.js';
import { PROJECT_ROOT, readRuntimeSettings, reportFatal } from '../project.js';
import { exitQuietlyOnClosedPipe } from './quiet-epipe.js';

const USAGE = 'Usage: npm run -s eval [-- FILE.jsonl] [--bands]   (default: the golden questions, test/golden/questions.jsonl)\n'
  + '       npm run -s eval -- --blind dev|test   (the blind sets in test/blind/, see test/blind/README.md)';

/** One question's outcome, kept for the confidence table and the stability comparison. */
interface Outcome {
  question: EvalQuestion;
  passed: boolean;
  answered: boolean;
  confidence: number;
  answer: string;
  problem: string;
}

/**
 * `npm run eval -- FILE.jsonl` scores the bot on a question file against the knowledge folder;
 * `npm run eval -- --blind dev` scores every blind suite (each with its own knowledge) and shows
 * how often answers are right per confidence band. Failures are printed with the answer given,
 * then "N passed, M failed". Exits non-zero when any question fails.
 */
async function main(args: string[]): Promise<void> {
  if (args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const blindAt = args.indexOf('--blind');
  if (blindAt >= 0) return evalBlind(args[blindAt + 1]);
  const bands = args.includes('--bands');
  const files = args.filter((arg) => arg !== '--bands');
  if (files.length > 1 || files.some((arg) => arg.startsWith('-'))) throw usageError(`expected at most one question file, got: ${args.join(' ')}.`);
  const file = files[0] ?? resolve(PROJECT_ROOT, 'test/golden/questions.jsonl');
  const { config } = readRuntimeSettings({ env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' } });
  const outcomes = await score(file, config.knowledgeDir, config.minConfidence, true);
  printSummary(outcomes, bands);
}

async function evalBlind(part: string | undefined): Promise<void> {
  if (part !== 'dev' && part !== 'test') throw usageError(`--blind takes "dev" or "test" (got ${part ?? 'nothing'}).`);
  const { config } = readRuntimeSettings({ env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' } });
  const all: Outcome[] = [];
  let before: Outcome[] = [];
  for (const suite of await blindSuites(resolve(PROJECT_ROOT, 'test/blind'), part as BlindPart)) {
    const knowledge = await knowledgeWith(config.knowledgeDir, suite.extraDocuments);
    try {
      process.stdout.write(`\n## ${suite.name}\n`);
      const outcomes = await score(suite.questionsFile, knowledge.dir, config.minConfidence, part === 'dev');
      const passed = outcomes.filter((o) => o.passed).length;
      process.stdout.write(`${suite.name}: ${passed}/${outcomes.length} right (${percent(passed, outcomes.length)})\n`);
      if (suite.extraDocuments.length > 0 && suite.name.startsWith('article')) {
        const broken = outcomes.filter((o, i) => before[i]?.passed && !o.passed);
        process.stdout.write(`right before the unseen documents were added, wrong after: ${broken.length}${broken.map((o) => `\n  ${o.question.q}`).join('')}\n`);
      } else {
        all.push(...outcomes);
      }
      before = outcomes;
    } finally {
      await knowledge.remove();
    }
  }
  process.stdout.write(`\n## all blind ${part} suites\n`);
  printSummary(all, true);
}

async function score(file: string, dir: string, minConfidence: number, showFailures: boolean): Promise<Outcome[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new IcatError('CONFIG_MISSING', `cannot read the question file ${file} (${error.code ?? error.message}). ${USAGE}`, { cause: error });
  });
  const questions = parseEvalFile(text, file);
  const knowledge = await KnowledgeBase.load({ dir, displayRoot: PROJECT_ROOT, answerer: { minConfidence, cacheSize: 0 } });
  return questions.map((question) => {
    const reply = knowledge.answerer.ask(question.q);
    const verdict = judge(question, reply);
    if (!verdict.passed && showFailures) {
      process.stdout.write(`FAIL ${question.q}\n  ${verdict.problem}\n  answer (confidence ${reply.confidence}): ${reply.answer.replace(/\n/g, ' / ')}\n`);
    }
    return { question, passed: verdict.passed, answered: reply.answered, confidence: reply.confidence, answer: reply.answer, problem: verdict.problem };
  });
}

function printSummary(outcomes: readonly Outcome[], bands: boolean): void {
  const passed = outcomes.filter((o) => o.passed).length;
  if (bands) process.stdout.write(`\nHow often answers are right, by confidence:\n${formatBands(confidenceBands(outcomes))}\n\n`);
  process.stdout.write(`${passed}/${outcomes.length} passed (${percent(passed, outcomes.length)})\n`);
  process.stdout.write(`${passed} passed, ${outcomes.length - passed} failed\n`);
  if (passed < outcomes.length) process.exitCode = 1;
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
}

function usageError(problem: string): Error {
  return new IcatError('CONFIG_INVALID', `${problem} ${USAGE}`);
}

exitQuietlyOnClosedPipe();
main(process.argv.slice(2)).catch(reportFatal);
