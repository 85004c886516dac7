import { createInterface } from 'node:readline';
import { renderText } from '../console/render-text.js';
import { reportFatal, startRuntime } from '../project.js';
import { toJsonReply } from './json-reply.js';
import { exitQuietlyOnClosedPipe } from './quiet-epipe.js';

const USAGE = `Usage:
  npm run ask -- "question"           answer as text (answer, then sources)
  npm run ask -- --json "question"    answer as one JSON object
  npm run ask -- --jsonl < questions  one question per line in, one JSON object per line out`;

/** `npm run ask`: the scriptable command line. Exit 0 whether or not a question is answered. */
async function main(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const jsonl = args.includes('--jsonl');
  const question = args.filter((arg) => !arg.startsWith('--')).join(' ');
  if (args.includes('--help') || (!jsonl && !question.trim())) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { bot } = await startRuntime({ env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' } });
  if (!jsonl) {
    const reply = bot.handle({ text: question, platform: 'cli' });
    process.stdout.write(json ? `${JSON.stringify(toJsonReply(reply))}\n` : `${renderText(reply)}\n`);
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    process.stdout.write(`${JSON.stringify(toJsonReply(bot.handle({ text: line, platform: 'cli' })))}\n`);
  }
}

exitQuietlyOnClosedPipe();
main(process.argv.slice(2)).catch(reportFatal);
