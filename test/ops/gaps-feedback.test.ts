import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { Feedback, FeedbackLog } from '../../src/feedback/index.js';
import { shippedBot, PROJECT_ROOT } from '../helpers/bot.js';
import { tempFolder, type TempFolder } from './helpers.js';

const FIXTURE = resolve(import.meta.dirname, 'fixtures/unanswered.jsonl');
const tsx = resolve(PROJECT_ROOT, 'node_modules/.bin/tsx');

describe('npm run gaps shows downvoted answers next to declined questions', () => {
  let folder: TempFolder;
  afterEach(async () => { await folder?.remove(); });

  it('lists the answers whose standing vote is down, with the section they came from; a vote changed to up no longer counts', async () => {
    folder = await tempFolder();
    const path = resolve(folder.dir, 'feedback.jsonl');
    const bot = await shippedBot();
    const log = new FeedbackLog({ path });
    const feedback = new Feedback({ sink: log, knowledgeVersion: () => 'v-test', topics: () => bot.topics() });
    const six = await feedback.remember(bot.handle({ text: 'What are the six priority areas recommended by ICAT?', platform: 'slack' }), 'slack');
    const cbss = await feedback.remember(bot.handle({ text: 'When did the CBSS join ICAT?', platform: 'discord' }), 'discord');
    await feedback.vote(six!, 'down', 'slack:U1', 'slack');
    await feedback.vote(six!, 'down', 'slack:U2', 'slack');
    await feedback.vote(cbss!, 'down', 'discord:1', 'discord');
    await feedback.vote(cbss!, 'up', 'discord:1', 'discord');
    await log.flush();

    const { stdout } = await promisify(execFile)(tsx, ['adapters/cli/gaps.ts', FIXTURE, '--feedback', path], { cwd: PROJECT_ROOT });
    expect(stdout).toContain('## 1. "Who funds ICAT?": asked 5 times');
    expect(stdout).toContain('# Downvoted answers in ');
    expect(stdout).toContain('## 1. "What are the six priority areas recommended by ICAT?": 2 downvotes');
    expect(stdout).toContain('Answered from knowledge/cbss-joins-icat.md › The six priority areas recommended by ICAT; knowledge version v-test.');
    expect(stdout).not.toContain('When did the CBSS join ICAT?');
  });
});
