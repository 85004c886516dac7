import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IcatError, KnowledgeParseError } from '../src/errors.js';
import { KnowledgeBase } from '../src/knowledge-base.js';
import { loadKnowledgeFolder } from '../src/knowledge/load-folder.js';
import { captureLog } from './slack/helpers/harness.js';

const folders: string[] = [];
afterEach(async () => { await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))); });

/** A knowledge folder holding the given files. */
async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'icat-knowledge-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

const load = (dir: string) => loadKnowledgeFolder({ dir, displayRoot: dir });

describe('a maintainer adding knowledge', () => {
  it('has any .md or .txt file in the folder (and its subfolders) answered, with no code change', async () => {
    const dir = await folderWith({
      'briefs/demand.md': '---\ntitle: Issue brief on demand\nurl: https://example.org/brief\n---\n\n## Findings\n\nThe brief was presented to the Task Force on 4 May 2021.\n',
      'notes.txt': 'Meeting notes\n\nThe next plenary session takes place in Vienna in October.\n',
      'ignored.pdf': 'not text',
    });
    const knowledge = await KnowledgeBase.load({ dir, displayRoot: dir });
    const brief = knowledge.answerer.ask('When was the brief presented to the Task Force?');
    expect(brief.answer).toContain('4 May 2021');
    expect(brief.sources).toEqual([{ title: 'Issue brief on demand', file: 'briefs/demand.md', section: 'Findings', url: 'https://example.org/brief' }]);
    const notes = knowledge.answerer.ask('Where does the next plenary session take place?');
    expect(notes.answer).toContain('Vienna');
    expect(notes.sources[0]).toMatchObject({ title: 'Meeting notes', file: 'notes.txt' });
    expect(knowledge.status).toMatchObject({ documents: 2 });
  });

  it('reads Markdown tables row by row, each row with its headers', async () => {
    const dir = await folderWith({ 'events.md': '# Events\n\n| Event | City | Date |\n| --- | --- | --- |\n| Plenary | Vienna | 12 October 2021 |\n| Workshop | Riga | 3 March 2022 |\n' });
    const [doc] = await load(dir);
    expect(doc!.blocks.map((b) => b.type === 'paragraph' && b.text)).toEqual([
      'Event: Plenary; City: Vienna; Date: 12 October 2021',
      'Event: Workshop; City: Riga; Date: 3 March 2022',
    ]);
  });

  it('turns abbreviations declared in front matter and in a glossary into two-way aliases', async () => {
    const dir = await folderWith({
      'glossary.md': '---\nkind: glossary\n---\n- **NAP**: National Action Plan\n',
      'plan.md': '---\naliases:\n  MoI: Ministry of the Interior\n---\nThe National Action Plan was adopted by the Ministry of the Interior in 2022.\n',
    });
    const knowledge = await KnowledgeBase.load({ dir, displayRoot: dir });
    expect(knowledge.answerer.ask('When was the NAP adopted?').answer).toContain('2022');
    expect(knowledge.answerer.ask('Who adopted the plan? Was it the MoI?').answer).toContain('Ministry of the Interior');
    expect(knowledge.answerer.ask('What does NAP stand for?').answer).toBe('NAP stands for National Action Plan.');
  });

  it('spells out an abbreviation the text defines from the capitals of its name, not from a linking word ("and")', async () => {
    const dir = await folderWith({ 'plan.txt': 'FERRY NOTES\n\nThe ministers signed a companion document: the Nordic Plan of Action Against Unsafe Ferries, Especially Night and Coastal Routes (NPA).\n' });
    const knowledge = await KnowledgeBase.load({ dir, displayRoot: dir });
    expect(knowledge.answerer.ask('whats NPA short for').answer).toBe('NPA stands for Nordic Plan of Action Against Unsafe Ferries, Especially Night and Coastal Routes.');
  });

  it('reads "Abbreviation: SSP" among the fields under a heading as the abbreviation of what the heading names', async () => {
    const dir = await folderWith({
      'programme.txt': 'SEA SAFETY NOTE\n\nSAFE SEAS PROGRAMME\n-------------------\nAbbreviation: SSP\nLed by: the Coast Office\nTraining: 25 minutes, four lessons\n\nThe programme trains ferry crews every spring.\n',
    });
    const knowledge = await KnowledgeBase.load({ dir, displayRoot: dir });
    expect(knowledge.answerer.ask('what does SSP stand for').answer).toBe('SSP stands for SAFE SEAS PROGRAMME.');
    expect(knowledge.answerer.ask('who leads the ssp').answer).toContain('the Coast Office');
  });

  it('reads a full name typed with another abbreviation inside it ("UN Ferry Fund"), and says no when two abbreviations are claimed to be one', async () => {
    const dir = await folderWith({
      'glossary.md': '---\nkind: glossary\n---\n- **UN**: United Nations\n- **UNFF**: United Nations Ferry Fund\n- **UNHD**: United Nations Harbour Division\n',
      'fund.md': '# Ferry Fund\n\nThe United Nations Ferry Fund pays for safety training on ferries.\n',
    });
    const knowledge = await KnowledgeBase.load({ dir, displayRoot: dir });
    expect(knowledge.answerer.ask('acronym for the UN Ferry Fund').answer).toBe('United Nations Ferry Fund is abbreviated UNFF.');
    expect(knowledge.answerer.ask('unhd was the un ferry fund yeah?').answer)
      .toBe('No. UNHD stands for United Nations Harbour Division; United Nations Ferry Fund is abbreviated UNFF.');
    expect(knowledge.answerer.ask('is UNFF the UN Ferry Fund?').answer).toBe('Yes. UNFF stands for United Nations Ferry Fund.');
  });
});

describe('a broken knowledge file', () => {
  it('is reported with its file name and the line of the broken front matter', async () => {
    const dir = await folderWith({ 'good.md': 'Fine text.\n', 'bad.md': '---\ntitle: Broken\nsource: [unclosed\n---\nText.\n' });
    const error = await load(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeParseError);
    expect((error as KnowledgeParseError).message).toMatch(/^bad\.md:3: front matter is not valid YAML/);
    expect(error).toMatchObject({ file: 'bad.md', line: 3 });
  });

  it('loads a document whose front matter has fields written for another tool, and warns about each (a typo shows up)', async () => {
    const dir = await folderWith({ 'typo.md': '---\ntitle: Fine\ntitel: Typo\ncategory: briefing-note\n---\nText.\n' });
    const log = captureLog([]);
    const documents = await loadKnowledgeFolder({ dir, displayRoot: dir, logger: log.logger });
    expect(documents.map((doc) => doc.title)).toEqual(['Fine']);
    const ignored = log.lines.filter((line) => line.level === 'warn' && /"(titel|category)" is not a field icat-bot reads/.test(String(line.msg)));
    expect(ignored).toEqual([expect.objectContaining({ file: 'typo.md', line: 3 }), expect.objectContaining({ file: 'typo.md', line: 4 })]);
  });

  it('names front matter that is never closed', async () => {
    const dir = await folderWith({ 'open.md': '---\ntitle: Never closed\n\nText.\n' });
    await expect(load(dir)).rejects.toThrow(/^open\.md:1: front matter opened with "---" is never closed/);
  });

  it('lists every broken file at once, so one reload fixes them all', async () => {
    const dir = await folderWith({ 'a.md': '---\nurl: not a link\n---\nText.\n', 'b.md': '---\ntitle: [\n---\nText.\n' });
    await expect(load(dir)).rejects.toThrow(/2 knowledge files have problems:\n {2}a\.md:2: "url" must be an http\(s\) address\.\n {2}b\.md:\d+: /);
  });
});

describe('a missing or empty knowledge folder', () => {
  it('is a clear start-up error saying what to do', async () => {
    const missing = load(join(tmpdir(), 'no-such-icat-folder'));
    await expect(missing).rejects.toThrow(/does not exist: create it with \.md or \.txt files, or set KNOWLEDGE_DIR/);
    await expect(missing).rejects.toMatchObject({ code: 'KNOWLEDGE_MISSING' });
    const empty = await folderWith({ 'readme.pdf': '' });
    await expect(load(empty)).rejects.toMatchObject({ code: 'KNOWLEDGE_EMPTY' });
    await expect(load(empty)).rejects.toBeInstanceOf(IcatError);
  });
});
