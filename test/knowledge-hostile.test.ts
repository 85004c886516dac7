import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeBase } from '../src/knowledge-base.js';
import { loadKnowledgeFolder } from '../src/knowledge/load-folder.js';
import { uniqueCodes } from './helpers/growth.js';
import { captureLog } from './slack/helpers/harness.js';

const folders: string[] = [];
afterEach(async () => { await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))); });

async function tempFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'icat-hostile-'));
  folders.push(dir);
  return dir;
}

const MB = 1_000_000;
const ARTICLE = '# Plenary\n\nThe next plenary session takes place in Vienna in October.\n';

/** The shapes that froze loading, each at 1 MB, after a line of real text. */
const HOSTILE: Record<string, string> = {
  'a heading of spaces': `# T${' '.repeat(MB)}x`,
  'unclosed **a': '**a '.repeat(MB / 4),
  'unclosed <a': '<a '.repeat(MB / 3),
  'unclosed [a': '[a '.repeat(MB / 3),
  '"Alpha Beta (AB)" repeated': 'Alpha Beta (AB) '.repeat(MB / 16),
  'a run of !': '!'.repeat(MB),
  'unique capitalised codes': Array.from({ length: MB / 5 }, (_, i) => i.toString(26).toUpperCase().replace(/\d/g, (d) => 'QRSTUVWXYZ'[Number(d)]!).padStart(4, 'A')).join(' '),
  'lists nested on one line': `${'- '.repeat(MB / 2)}x`,
  'numbered lists nested on one line': `${'1. '.repeat(MB / 3)}x`,
  'emphasis marks over many lines': '*a_\n'.repeat(MB / 4),
  'blank lines': '\n'.repeat(MB),
};

describe('a hostile or merely odd document', () => {
  it.each(Object.entries(HOSTILE))('%s: 1 MB loads in under a second, beside the real text', async (_, hostile) => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'plenary.md'), ARTICLE);
    await writeFile(join(dir, 'hostile.md'), `Some real text.\n\n${hostile}\n`);
    const log = captureLog([]);
    const started = performance.now();
    const knowledge = await KnowledgeBase.load({ dir, displayRoot: dir, logger: log.logger });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(knowledge.answerer.ask('Where does the next plenary session take place?').answer).toContain('Vienna');
  });

  it('is cut where a line is absurdly long, with a warning naming the file and line', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'plenary.md'), `${ARTICLE}\n${'word '.repeat(5000)}\n`);
    const log = captureLog([]);
    await loadKnowledgeFolder({ dir, displayRoot: dir, logger: log.logger });
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'knowledge file trimmed: line longer than 10000 characters cut', file: 'plenary.md', line: 5 }));
  });
});

/** The shapes that froze loading, as text of any length: each is spread over paragraphs below. */
const HOSTILE_TEXT: Record<string, (size: number) => string> = {
  'unclosed __a': (size) => '__a '.repeat(size / 4),
  'unclosed **a': (size) => '**a '.repeat(size / 4),
  'unclosed [a': (size) => '[a '.repeat(size / 3),
  'unclosed backticks': (size) => '`a '.repeat(size / 3),
  'unmatched *a_': (size) => '*a_'.repeat(size / 3),
  'unclosed <a': (size) => '<a '.repeat(size / 3),
  'character references': (size) => '&amp;'.repeat(size / 5),
  'escaped marks': (size) => '\\*a\\_'.repeat(size / 5),
  '"Alpha Beta (AB)" repeated': (size) => 'Alpha Beta (AB) '.repeat(size / 16),
  'a run of !': (size) => '!'.repeat(size),
  'unique capitalised codes': uniqueCodes,
};

/** `text` cut into paragraphs of 10 000 characters (the longest line kept whole). */
function paragraphsOf(text: string): string[] {
  const paragraphs: string[] = [];
  for (let at = 0; at < text.length; at += 10_000) paragraphs.push(text.slice(at, at + 10_000));
  return paragraphs;
}

/**
 * The median of three timings of `run`, in ms, taking only as many as it needs: two on the same
 * side of `bound` settle it, so a pause of the garbage collector or a busy moment does not fail a
 * test, and a slow reader fails after two reads rather than three.
 */
async function medianMs(run: () => Promise<unknown>, bound: number): Promise<number> {
  const times: number[] = [];
  while (times.length < 3) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
    const under = times.filter((time) => time < bound).length;
    if (under === 2 || times.length - under === 2) break;
  }
  return times.sort((a, b) => a - b)[times.length === 2 ? 0 : 1]!;
}

// Reading the files into documents is what is timed: indexing a megabyte is a cost of its own (`npm run bench`).
describe('a knowledge file of a megabyte of hostile paragraphs', () => {
  it.each(Object.entries(HOSTILE_TEXT))('%s, paragraph after paragraph, is read in well under a second, each mark as the character it is', async (_, hostile) => {
    const dir = await tempFolder();
    const paragraphs = paragraphsOf(hostile(MB));
    await writeFile(join(dir, 'plenary.md'), ARTICLE);
    await writeFile(join(dir, 'hostile.md'), `Some real text.\n\n${paragraphs.join('\n\n')}\n`);
    const log = captureLog([]);
    let documents: Awaited<ReturnType<typeof loadKnowledgeFolder>> = [];
    const read = async () => { documents = await loadKnowledgeFolder({ dir, displayRoot: dir, logger: log.logger }); };

    expect(await medianMs(read, 1000)).toBeLessThan(1000);
    const [hostileDocument, plenary] = documents;
    expect(plenary!.blocks).toContainEqual(expect.objectContaining({ text: 'The next plenary session takes place in Vienna in October.' }));
    const texts = hostileDocument!.blocks.map((block) => (block.type === 'paragraph' ? block.text : ''));
    const asWritten = paragraphs.map((paragraph) => paragraph.trim().replaceAll('\\*', '*').replaceAll('\\_', '_'));
    expect(texts).toEqual(['Some real text.', ...asWritten]);
  });
});

describe('files that are not knowledge text', () => {
  it('refuses a binary or invalid UTF-8 file with a warning naming it, and loads the rest', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, 'plenary.md'), ARTICLE);
    await writeFile(join(dir, 'logo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    await writeFile(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 notes\n\nThe d\xe9l\xe9gation met.\n', 'latin1'));
    const log = captureLog([]);
    const documents = await loadKnowledgeFolder({ dir, displayRoot: dir, logger: log.logger });
    expect(documents.map((doc) => doc.file)).toEqual(['plenary.md']);
    const refused = log.lines.filter((line) => line.level === 'warn' && String(line.msg).startsWith('knowledge file refused: it is not UTF-8 text')).map((line) => line.file);
    expect(refused.sort()).toEqual(['latin1.txt', 'logo.md']);
  });
});

describe('a knowledge folder mounted as a Kubernetes ConfigMap', () => {
  it('loads files that are symbolic links into ..data/, and refuses a link that leads outside the folder', async () => {
    const dir = await tempFolder();
    const outside = await tempFolder();
    await writeFile(join(outside, 'secret.md'), '# Secret\n\nThe root password is hunter2.\n');
    // The layout kubelet writes: a timestamped folder, ..data pointing at it, each file a link through ..data.
    await mkdir(join(dir, '..2026_11_28_16_00_00.123'));
    await writeFile(join(dir, '..2026_11_28_16_00_00.123', 'plenary.md'), ARTICLE);
    await symlink('..2026_11_28_16_00_00.123', join(dir, '..data'));
    await symlink(join('..data', 'plenary.md'), join(dir, 'plenary.md'));
    await symlink(join(outside, 'secret.md'), join(dir, 'secret.md'));
    const log = captureLog([]);
    const knowledge = await KnowledgeBase.load({ dir, displayRoot: dir, logger: log.logger });
    expect(knowledge.answerer.ask('Where does the next plenary session take place?').sources[0]).toMatchObject({ file: 'plenary.md' });
    expect(knowledge.status.documents).toBe(1);
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'knowledge file refused: it is a symbolic link to a place outside the knowledge folder', file: 'secret.md' }));
  });
});

describe('Markdown blocks by the thousand', () => {
  /** Reading time of a document, median of three reads. */
  async function readTime(text: string): Promise<number> {
    const dir = await tempFolder();
    await writeFile(join(dir, 'blocks.md'), text);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await loadKnowledgeFolder({ dir, displayRoot: dir, logger: captureLog([]).logger });
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b)[1]!;
  }

  it.each([
    ['quotations separated by blank lines', '> a quoted line\n\n'],
    ['a list nested under every item, with no blank line', '- a\n  - b\n'],
  ])('%s: four times the text takes about four times as long, not sixteen', async (_, unit) => {
    const small = await readTime(unit.repeat(1000));
    const large = await readTime(unit.repeat(4000));
    expect(large, `${small.toFixed(0)} ms for 1,000, ${large.toFixed(0)} ms for 4,000`).toBeLessThan(8 * small + 300);
  });
});
