import { once } from 'node:events';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot.js';
import { KnowledgeBase } from '../../src/knowledge-base.js';
import { Health } from '../../src/ops/health.js';
import type { KnowledgeStatus } from '../../src/knowledge-base.js';
import { watchKnowledge, type KnowledgeWatcher } from '../../src/ops/knowledge-watcher.js';
import { captureLog, tempFolder, type TempFolder } from './helpers.js';

const PLENARY = (city: string) => `# Plenary meetings\n\n## Next plenary\n\nThe next ICAT plenary meeting takes place in ${city} in October.\n`;
const MANDATE = '# The ICAT mandate\n\nThe General Assembly established ICAT in 2006 to improve coordination among UN agencies.\n';
const ask = (bot: Bot) => bot.handle({ text: 'Where does the next plenary meeting take place?', platform: 'console' }).answer;

/** Resolves when the served answer names `city`, reload by reload (no polling, no sleeps). */
async function answered(watcher: KnowledgeWatcher, bot: Bot, city: string): Promise<void> {
  while (!ask(bot).includes(city)) await once(watcher, 'reloaded') as [KnowledgeStatus, boolean];
}

describe('hot reload keeps hearing edits, whatever editors, git and operators do to the folder', () => {
  let folder: TempFolder;
  let knowledge: KnowledgeBase;
  let watcher: KnowledgeWatcher;
  let bot: Bot;
  let log: ReturnType<typeof captureLog>;

  beforeEach(async () => {
    folder = await tempFolder({ 'plenary.md': PLENARY('Vienna'), 'mandate.md': MANDATE });
    knowledge = await KnowledgeBase.load({ dir: folder.dir, displayRoot: folder.dir });
    bot = createBot({ knowledge });
    log = captureLog();
    watcher = watchKnowledge({ knowledge, dir: folder.dir, logger: log.logger, debounceMs: 20, checkIntervalMs: 100 });
  });
  afterEach(async () => {
    await watcher.close();
    await folder.remove();
  });

  it('after a rename-save (an editor, sed -i, git checkout), a later in-place edit is still answered', async () => {
    // Safe-write: the new content goes to a temporary file renamed over the old one.
    await writeFile(join(folder.dir, '.plenary.md.tmp'), PLENARY('Bangkok'));
    await rename(join(folder.dir, '.plenary.md.tmp'), join(folder.dir, 'plenary.md'));
    await answered(watcher, bot, 'Bangkok');
    await writeFile(join(folder.dir, 'plenary.md'), PLENARY('Geneva'));
    await answered(watcher, bot, 'Geneva');
    await writeFile(join(folder.dir, 'plenary.md'), PLENARY('Nairobi'));
    await answered(watcher, bot, 'Nairobi');
    expect(watcher.health().state).toBe('watching');
  });

  it('a git pull that replaces files in a new subfolder is seen, and so are later edits there', async () => {
    await mkdir(join(folder.dir, 'meetings'));
    await writeFile(join(folder.dir, 'meetings', '.plenary.md.tmp'), PLENARY('Lima'));
    await rm(join(folder.dir, 'plenary.md'));
    await rename(join(folder.dir, 'meetings', '.plenary.md.tmp'), join(folder.dir, 'meetings', 'plenary.md'));
    await answered(watcher, bot, 'Lima');
    await writeFile(join(folder.dir, 'meetings', 'plenary.md'), PLENARY('Quito'));
    await answered(watcher, bot, 'Quito');
  });

  it('after the folder is deleted and created again, edits are answered, and /healthz says what happened meanwhile', async () => {
    await rm(folder.dir, { recursive: true, force: true });
    while (watcher.health().state === 'watching') await once(watcher, 'watch-state');
    const health = new Health('test');
    health.ready(() => knowledge.status);
    health.watch(() => watcher.health());
    expect(health.check().body.watcher).toMatchObject({ state: 'waiting for the folder', lastReloadAt: knowledge.status.indexedAt.toISOString() });
    expect(ask(bot)).toContain('Vienna');

    await mkdir(folder.dir);
    await writeFile(join(folder.dir, 'mandate.md'), MANDATE);
    await writeFile(join(folder.dir, 'plenary.md'), PLENARY('Bangkok'));
    await answered(watcher, bot, 'Bangkok');
    while (watcher.health().state !== 'watching') await once(watcher, 'watch-state');
    expect(log.text()).toContain('knowledge folder watched again');
    await writeFile(join(folder.dir, 'plenary.md'), PLENARY('Geneva'));
    await answered(watcher, bot, 'Geneva');
    expect(health.check().body.watcher).toEqual({ state: 'watching', lastReloadAt: bot.status().indexedAt.toISOString() });
  });
});
