import { execFile, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './helpers/bot.js';

const TSX = resolve(PROJECT_ROOT, 'node_modules/.bin/tsx');
const run = promisify(execFile);

/** Runs `npm run ask -- …` the way a script would (without npm's own output). */
function ask(args: string[], env: Record<string, string> = {}) {
  return run(TSX, ['adapters/cli/ask.ts', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, LOG_LEVEL: 'silent', ...env } });
}

describe('npm run ask, the scriptable command line', () => {
  it('prints the answer, then its sources, as text', async () => {
    const { stdout } = await ask(['when did the CBSS join?']);
    const [answer, blank, source, end] = stdout.split('\n');
    expect(answer).toContain('April 2020');
    expect(blank).toBe('');
    // "Source: <title>, <section> (<file>) <page>": the page the fact came from, when the document names one.
    expect(source).toMatch(/^Source: .+, The CBSS joins ICAT.* \(knowledge\/[\w-]+\.md\)( https:\/\/\S+)?$/);
    expect(end).toBe('');
  });

  it('prints one JSON object in the documented contract with --json', async () => {
    const { stdout } = await ask(['--json', 'Who', 'coordinates', 'ICAT?']);
    const reply = JSON.parse(stdout);
    expect(Object.keys(reply)).toEqual(['question', 'answered', 'answer', 'sources', 'confidence']);
    expect(reply).toMatchObject({ question: 'Who coordinates ICAT?', answered: true });
    expect(reply.answer).toContain('United Nations Office on Drugs and Crime');
    expect(reply.sources[0]).toMatchObject({ file: expect.stringMatching(/^knowledge\/[\w-]+\.md$/), section: expect.any(String) });
  });

  it('answers a stream of questions with --jsonl, one line each, in order, flushing as it goes', async () => {
    const child = spawn(TSX, ['adapters/cli/ask.ts', '--jsonl'], { cwd: PROJECT_ROOT, env: { ...process.env, LOG_LEVEL: 'silent' } });
    const lines: string[] = [];
    let buffer = '';
    const firstLine = new Promise<void>((resolveFirst) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const parts = buffer.split('\n');
        buffer = parts.pop()!;
        lines.push(...parts);
        if (lines.length >= 1) resolveFirst();
      });
    });
    child.stdin.write('when did the cbss join?\n');
    await firstLine; // answered before the input ends: output is flushed per question
    child.stdin.end('Who is the CEO of Slack?\n\nwhat is the first priority area?\n');
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(0);
    const replies = lines.map((line) => JSON.parse(line));
    expect(replies.map((r) => [r.question, r.answered])).toEqual([
      ['when did the cbss join?', true], ['Who is the CEO of Slack?', false], ['', false], ['what is the first priority area?', true],
    ]);
    expect(replies[3].answer).toContain('Building the evidence base');
  });

  it('exits non-zero, naming the problem, when the knowledge cannot be loaded', async () => {
    const failure = await ask(['--json', 'anything'], { KNOWLEDGE_DIR: '/nonexistent/icat-knowledge' }).catch((error) => error);
    expect(failure.code).toBe(1);
    expect(failure.stderr).toContain('knowledge folder /nonexistent/icat-knowledge does not exist');
    expect(failure.stdout).toBe('');
  });
});

describe('npm run eval', () => {
  it('scores a question file and prints the pass count', async () => {
    const { stdout } = await run(TSX, ['adapters/cli/eval.ts', 'test/golden/questions.jsonl'], { cwd: PROJECT_ROOT, env: { ...process.env, LOG_LEVEL: 'silent' } });
    expect(stdout).toMatch(/^(\d+)\/\1 passed \(100\.0%\)\n\1 passed, 0 failed\n$/);
  });

  it('prints each failure and exits non-zero when a question fails', async () => {
    const failure = await run(TSX, ['adapters/cli/eval.ts', 'test/fixtures/eval-with-failure.jsonl'], { cwd: PROJECT_ROOT, env: { ...process.env, LOG_LEVEL: 'silent' } }).catch((e) => e);
    expect(failure.code).toBe(1);
    expect(failure.stdout).toContain('FAIL When did the CBSS join ICAT?\n  missing March 1999');
    expect(failure.stdout).toContain('1 passed, 1 failed');
  });
});
