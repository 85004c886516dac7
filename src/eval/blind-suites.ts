import { access, copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Which half of a blind set: `dev` is looked at while working, `test` only at the start and the end. */
export type BlindPart = 'dev' | 'test';

/**
 * One blind question file and the knowledge it is asked against: the knowledge folder, plus
 * documents the bot has never seen, copied beside it as a user would drop them in.
 */
export interface BlindSuite {
  name: string;
  questionsFile: string;
  /** Documents added to the knowledge folder for this suite. */
  extraDocuments: string[];
}

/**
 * The blind suites under `blindDir` (test/blind/): the questions on the shipped article
 * (`article/<part>.jsonl`), the same questions with every unseen document added (the knowledge
 * grows, the answers must not change), and each unseen document with its own questions
 * (`documents/<name>.<part>.jsonl` beside `documents/<name>.md|.txt`), and common questions
 * about ICAT on the shipped knowledge (`common/<part>.jsonl`) and each later round
 * (`roundN/<part>.jsonl`) when there are any.
 */
export async function blindSuites(blindDir: string, part: BlindPart): Promise<BlindSuite[]> {
  const documentsDir = join(blindDir, 'documents');
  const files = await readdir(documentsDir).catch(() => [] as string[]);
  const documents = files.filter((file) => /\.(md|txt)$/.test(file)).sort().map((file) => join(documentsDir, file));
  const suites: BlindSuite[] = [
    { name: `article (${part})`, questionsFile: join(blindDir, 'article', `${part}.jsonl`), extraDocuments: [] },
    { name: `article (${part}) + unseen documents`, questionsFile: join(blindDir, 'article', `${part}.jsonl`), extraDocuments: documents },
  ];
  // Questions a new user asks about ICAT itself, on the shipped knowledge (issue 10's "common questions").
  const common = join(blindDir, 'common', `${part}.jsonl`);
  if (await access(common).then(() => true, () => false)) suites.push({ name: `common ICAT questions (${part})`, questionsFile: common, extraDocuments: [] });
  // Later rounds, written on the shipped knowledge as it stood then (`round3/`, `round4/`…).
  const rounds = (await readdir(blindDir).catch(() => [] as string[])).filter((name) => /^round\d+$/.test(name)).sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
  for (const round of rounds) {
    const file = join(blindDir, round, `${part}.jsonl`);
    if (await access(file).then(() => true, () => false)) suites.push({ name: `${round.replace('round', 'round-')} questions on the shipped knowledge (${part})`, questionsFile: file, extraDocuments: [] });
    // A round's own unseen documents, each with its questions; they stay out of the article suite, so its figure stays comparable.
    for (const document of (await readdir(join(blindDir, round))).filter((name) => /\.(md|txt)$/.test(name) && name.toLowerCase() !== 'readme.md').sort()) {
      const name = document.replace(/\.(md|txt)$/, '');
      const questionsFile = join(blindDir, round, `${name}.${part}.jsonl`);
      if (await access(questionsFile).then(() => true, () => false)) suites.push({ name: `${name} (${part})`, questionsFile, extraDocuments: [join(blindDir, round, document)] });
    }
  }
  for (const document of documents) {
    const name = basename(document).replace(/\.(md|txt)$/, '');
    const questionsFile = join(documentsDir, `${name}.${part}.jsonl`);
    // A document with no questions of its own (an unrelated topic) only grows the knowledge for the article suite.
    if (!(await access(questionsFile).then(() => true, () => false))) continue;
    suites.push({ name: `${name} (${part})`, questionsFile, extraDocuments: [document] });
  }
  return suites;
}

/**
 * A temporary knowledge folder: the files of `knowledgeDir` plus `extraDocuments`. Call `remove`
 * when done. Files are copied, not linked, so the folder loads exactly as a user's would.
 */
export async function knowledgeWith(knowledgeDir: string, extraDocuments: readonly string[]): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'icat-blind-'));
  for (const file of await readdir(knowledgeDir)) {
    if (/\.(md|txt)$/.test(file) && file.toLowerCase() !== 'readme.md') await copyFile(join(knowledgeDir, file), join(dir, file));
  }
  for (const document of extraDocuments) await copyFile(document, join(dir, basename(document)));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
