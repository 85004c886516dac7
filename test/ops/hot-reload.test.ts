import { once } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot.js';
import { KnowledgeBase } from '../../src/knowledge-base.js';
import { watchKnowledge, type KnowledgeWatcher } from '../../src/ops/knowledge-watcher.js';
import { captureLog, tempFolder, type CapturedLog, type TempFolder } from './helpers.js';

const PLENARY = (city: string) => `---\ntitle: Plenary meetings\n---\n\n# Plenary meetings\n\n## Next plenary\n\nThe next ICAT plenary meeting takes place in ${city} in October.\n`;
const MANDATE = '# The ICAT mandate\n\nThe General Assembly established ICAT in 2006 to improve coordination among UN agencies.\n';
const BROKEN = '---\ntitle: Plenary meetings\nas_of: next spring\n---\n\nThe next ICAT plenary meeting takes place in Geneva in October.\n';

const ask = (bot: Bot, text = 'Where does the next plenary meeting take place?') => bot.handle({ text, platform: 'slack', userId: 'U1' });

describe('a maintainer editing the knowledge while the bot is running', () => {
  let folder: TempFolder;
  let knowledge: KnowledgeBase;
  let watcher: KnowledgeWatcher;
  let bot: Bot;
  let log: CapturedLog;

  beforeEach(async () => {
    folder = await tempFolder({ 'plenary.md': PLENARY('Vienna'), 'mandate.md': MANDATE });
    knowledge = await KnowledgeBase.load({ dir: folder.dir, displayRoot: folder.dir });
    log = captureLog();
    bot = createBot({ knowledge, logger: log.logger });
    watcher = watchKnowledge({ knowledge, dir: folder.dir, logger: log.logger, debounceMs: 20 });
  });
  afterEach(async () => {
    await watcher.close();
    await folder.remove();
  });

  it('gets the edit answered after the reload, and the previous answer until then', async () => {
    expect(ask(bot).answer).toContain('Vienna');
    const versionBefore = bot.status().version;
    // Asked the moment the reload starts: still the previous, complete index.
    const during = new Promise<string>((resolve) => watcher.once('reloading', () => resolve(ask(bot).answer)));
    const reloaded = once(watcher, 'reloaded');
    await folder.write('plenary.md', PLENARY('Bangkok'));
    const [status, changed] = await reloaded;
    expect(await during).toContain('Vienna');
    expect(changed).toBe(true);
    expect(status.version).not.toBe(versionBefore);
    expect(ask(bot).answer).toContain('Bangkok');
    expect(ask(bot).answer).not.toContain('Vienna');
    expect(ask(bot, 'When was ICAT established?').answer).toContain('2006');
  });

  it('keeps serving the last good knowledge when a file breaks, names the file and line, and recovers when it is fixed', async () => {
    let reloaded = once(watcher, 'reloaded');
    await folder.write('plenary.md', PLENARY('Bangkok'));
    await reloaded;
    const goodVersion = bot.status().version;

    const failed = once(watcher, 'reload-failed');
    await folder.write('plenary.md', BROKEN);
    const [error] = await failed as [Error];
    expect(error.message).toMatch(/plenary\.md:3/);
    expect(ask(bot).answer).toContain('Bangkok');
    expect(ask(bot, 'When was ICAT established?').answer).toContain('2006');
    expect(bot.status().version).toBe(goodVersion);
    const failure = log.lines().find((line) => line.msg.startsWith('knowledge reload failed'));
    expect(failure?.level).toBe('error');
    expect(failure?.problems).toEqual([{ file: 'plenary.md', line: 3 }]);

    reloaded = once(watcher, 'reloaded');
    await folder.write('plenary.md', PLENARY('Geneva'));
    await reloaded;
    expect(ask(bot).answer).toContain('Geneva');
    expect(bot.status().version).not.toBe(goodVersion);
  });

  it('picks up a new document in a new subfolder, and ignores editor swap files', async () => {
    const reloaded = once(watcher, 'reloaded');
    await folder.write('.plenary.md.swp', 'not knowledge');
    await folder.write('briefs/funding.md', '# Funding\n\nICAT activities are funded by voluntary contributions from member States.\n');
    const [status] = await reloaded;
    expect(status.documents).toBe(3);
    expect(ask(bot, 'How are ICAT activities funded?').answer).toContain('voluntary contributions');
  });
});

describe('answers during a reload', () => {
  it('come from one complete index: the fact and the knowledge version always belong together', async () => {
    const folder = await tempFolder({ 'plenary.md': PLENARY('Vienna'), 'mandate.md': MANDATE });
    const knowledge = await KnowledgeBase.load({ dir: folder.dir, displayRoot: folder.dir });
    const bot = createBot({ knowledge });
    try {
      const seen: { city: string; version: string }[] = [];
      const look = () => {
        const city = /Vienna|Bangkok|Geneva|Nairobi/.exec(ask(bot).answer)?.[0] ?? 'none';
        const version = /Knowledge version: (\w+)/.exec(ask(bot, 'about').answer)?.[1] ?? 'none';
        seen.push({ city, version });
      };
      const reloads: Promise<unknown>[] = [];
      for (const city of ['Bangkok', 'Geneva', 'Nairobi']) {
        await folder.write('plenary.md', PLENARY(city));
        reloads.push(knowledge.reload());
        for (let i = 0; i < 5; i += 1) { look(); await new Promise((resolve) => setImmediate(resolve)); }
      }
      await Promise.allSettled(reloads);
      look();
      expect(seen.every((s) => s.city !== 'none')).toBe(true);
      const cityOf = new Map<string, string>();
      for (const { city, version } of seen) {
        expect(cityOf.get(version) ?? city).toBe(city);
        cityOf.set(version, city);
      }
      expect(seen.at(-1)?.city).toBe('Nairobi');
    } finally {
      await folder.remove();
    }
  });
});
