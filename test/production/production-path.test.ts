import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/bot.js';
import { cleanEnv, startChild } from './child.js';

const run = promisify(execFile);

// An operator deploying the bot the way Node services are deployed: the image's steps (the same
// script the Dockerfile mirrors), production dependencies only, then plain `node` on dist/.
describe('an operator running the compiled build with production dependencies only', () => {
  let image: string;
  beforeAll(async () => {
    image = join(mkdtempSync(join(tmpdir(), 'icat-image-')), 'app');
    await run(join(PROJECT_ROOT, 'scripts/image-build.sh'), [image], { env: cleanEnv({ IMAGE_BUILD_OFFLINE: '1' }), maxBuffer: 16 * 1024 * 1024 });
  }, 180_000);
  afterAll(() => { rmSync(join(image, '..'), { recursive: true, force: true }); });

  it('gets an image with the build output, the knowledge and no dev tools', () => {
    expect(existsSync(join(image, 'dist/adapters/main.js'))).toBe(true);
    expect(existsSync(join(image, 'knowledge'))).toBe(true);
    expect(existsSync(join(image, 'node_modules/@slack/bolt'))).toBe(true);
    for (const devTool of ['typescript', 'tsx', 'vitest']) expect(existsSync(join(image, 'node_modules', devTool))).toBe(false);
    // No sources: the image runs what was compiled.
    expect(existsSync(join(image, 'src'))).toBe(false);
  });

  it('answers a question with `node dist/adapters/main.js` and serves /healthz', async () => {
    const bot = startChild(process.execPath, ['dist/adapters/main.js'], {
      cwd: image, env: cleanEnv({ NODE_ENV: 'production', HEALTH_PORT: '0', LOG_LEVEL: 'info' }),
    });
    try {
      const { port } = await bot.logLine('health listening');
      await bot.logLine('knowledge loaded');
      await bot.logLine('no chat platform configured (set SLACK_* or DISCORD_TOKEN): answering questions read from standard input until it ends');
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      const shipped = readdirSync(join(PROJECT_ROOT, 'knowledge')).filter((file) => /\.md$/.test(file) && file !== 'README.md').length;
      expect(await health.json()).toMatchObject({ status: 'ready', documents: shipped });

      bot.process.stdin!.write('When did the CBSS join ICAT?\n');
      await bot.waitForStdout(/April 2020/);
      bot.process.stdin!.end();
      expect(await bot.exited).toBe(0);
      expect(bot.stderr()).not.toMatch(/installing dependencies|building dist/);
    } finally {
      bot.process.kill('SIGKILL');
    }
  });

  it('reloads an edited knowledge file in a worker thread, compiled and with no tsx, and answers from it', async () => {
    const file = join(image, 'knowledge', 'cbss-joins-icat.md');
    const original = readFileSync(file, 'utf8');
    const bot = startChild(process.execPath, ['dist/adapters/main.js'], { cwd: image, env: cleanEnv({ NODE_ENV: 'production', LOG_LEVEL: 'info' }) });
    try {
      await bot.logLine('no chat platform configured (set SLACK_* or DISCORD_TOKEN): answering questions read from standard input until it ends');
      writeFileSync(file, `${original}\n## Zorbian league\n\nThe yearly membership fee of the Zorbian league is 42 florins.\n`);
      await bot.logLine('knowledge reloaded');

      bot.process.stdin!.write('What is the yearly membership fee of the Zorbian league?\n');
      await bot.waitForStdout(/42 florins/);
      bot.process.stdin!.end();
      expect(await bot.exited).toBe(0);
      // Had the worker failed to start from dist/, the reload would have run on the main thread with this warning.
      expect(bot.stderr()).not.toMatch(/worker thread/);
    } finally {
      bot.process.kill('SIGKILL');
      writeFileSync(file, original);
    }
  });

  it('answers from the command line with `node dist/adapters/cli/ask.js --json`', async () => {
    const { stdout } = await run(process.execPath, ['dist/adapters/cli/ask.js', '--json', 'who coordinates ICAT?'], { cwd: image, env: cleanEnv({ NODE_ENV: 'production' }) });
    expect(JSON.parse(stdout)).toMatchObject({ answered: true, answer: expect.stringContaining('UNODC') });
  });
});
