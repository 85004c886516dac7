import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot.js';
import { KnowledgeBase } from '../../src/knowledge-base.js';
import { shippedBot, PROJECT_ROOT } from '../helpers/bot.js';
import { tempFolder } from './helpers.js';

const PACKAGE_VERSION = (JSON.parse(readFileSync(`${PROJECT_ROOT}/package.json`, 'utf8')) as { version: string }).version;

describe('asking the bot "about"', () => {
  it('tells what it serves: documents, passages, when indexed, the knowledge version and its own version', async () => {
    const bot = await shippedBot();
    const status = bot.status();
    const reply = bot.handle({ text: 'about', platform: 'slack', userId: 'U1' });
    expect(reply.kind).toBe('about');
    expect(reply.answered).toBe(false);
    expect(reply.answer).toContain(`icat-bot ${PACKAGE_VERSION}`);
    expect(reply.answer).toContain(`Documents: ${status.documents}`);
    expect(reply.answer).toContain(`Passages: ${status.passages}`);
    expect(reply.answer).toContain(`Last indexed: ${status.indexedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
    expect(reply.answer).toContain(`Knowledge version: ${status.version}`);
    expect(reply.answer.length).toBeLessThanOrEqual(600);
  });

  it('answers the same however "about" is typed, and still answers questions that merely contain the word', async () => {
    const bot = await shippedBot();
    for (const text of ['About', ' about ', 'about?', 'about the bot']) {
      expect(bot.handle({ text, platform: 'discord' }).kind).toBe('about');
    }
    const question = bot.handle({ text: 'Tell me about the six priority areas', platform: 'console' });
    expect(question.kind).not.toBe('about');
  });

  it('shows a new knowledge version and time after the knowledge changes', async () => {
    const folder = await tempFolder({ 'notes.md': '# Notes\n\nThe next plenary takes place in Vienna.\n' });
    let clock = new Date('2024-05-01T08:00:00Z');
    try {
      const knowledge = await KnowledgeBase.load({ dir: folder.dir, displayRoot: folder.dir, now: () => clock });
      const bot = createBot({ knowledge, version: '9.9.9' });
      const before = bot.handle({ text: 'about', platform: 'console' }).answer;
      expect(before).toContain('icat-bot 9.9.9');
      expect(before).toContain('Last indexed: 2024-05-01 08:00 UTC');
      await folder.write('more.md', '# More\n\nThe plenary after that takes place in Geneva.\n');
      clock = new Date('2024-05-02T09:30:00Z');
      await knowledge.reload();
      const after = bot.handle({ text: 'about', platform: 'console' }).answer;
      expect(after).toContain('Documents: 2');
      expect(after).toContain('Last indexed: 2024-05-02 09:30 UTC');
      expect(after.match(/Knowledge version: (\w+)/)?.[1]).not.toBe(before.match(/Knowledge version: (\w+)/)?.[1]);
    } finally {
      await folder.remove();
    }
  });
});
