import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createBot } from '../src/bot.js';
import { KnowledgeBase } from '../src/knowledge-base.js';
import { loadKnowledgeFolder } from '../src/knowledge/load-folder.js';
import { SNAPSHOT_DEFAULTS, snapshotFiles, writeIndexSnapshot } from '../src/search/index-snapshot.js';
import { KnowledgeIndex } from '../src/search/knowledge-index.js';
import { knowledgeKey } from '../src/search/snapshot-key.js';
import type { GeneratedQuestion } from './corpus/generate.js';
import { heapMb, latencyOf, since, timeEach } from './stats.js';

/**
 * One step of part 2 in a fresh process. `build ROOT`: parse and index ROOT/knowledge, then
 * write the snapshot where start-up looks for it. `serve ROOT ROUNDS`: start as the bot does
 * (`KnowledgeBase.load`, from the snapshot when the knowledge is large enough), then measure
 * heap and answer latency on ROOT/questions.json. Prints one JSON line.
 */
async function main([mode, root, rounds]: string[]): Promise<void> {
  const dir = join(root!, 'knowledge');
  if (mode === 'build') {
    const started = performance.now();
    const documents = await loadKnowledgeFolder({ dir, displayRoot: root! });
    const index = KnowledgeIndex.build(documents);
    const buildMs = since(started);
    const writeStarted = performance.now();
    const identity = (await knowledgeKey(dir, root!))!;
    const { bytes } = await writeIndexSnapshot(index, join(root!, '.cache', 'knowledge-index'), identity.key);
    process.stdout.write(`${JSON.stringify({ passages: index.passages.length, knowledgeBytes: identity.bytes, buildMs, writeMs: since(writeStarted), snapshotBytes: bytes })}\n`);
    return;
  }
  const identity = (await knowledgeKey(dir, root!))!;
  const snapshot = snapshotFiles(join(root!, '.cache', 'knowledge-index'), identity.key);
  const from = identity.bytes >= SNAPSHOT_DEFAULTS.minBytes && existsSync(snapshot.search) ? 'snapshot' : 'built';
  const baseline = heapMb();
  const started = performance.now();
  const knowledge = await KnowledgeBase.load({ dir, displayRoot: root!, answerer: { cacheSize: 0 } });
  const startMs = since(started);
  const heap = heapMb();
  const index = knowledge.answerer.index;
  const questions = JSON.parse(await readFile(join(root!, 'questions.json'), 'utf8')) as GeneratedQuestion[];
  const bot = createBot({ knowledge });
  let fromTheirFile = 0;
  let answered = 0;
  for (const q of questions) {
    const reply = bot.handle({ text: q.text, platform: 'cli' });
    if (reply.answered) answered++;
    if (q.file && reply.sources.some((source) => source.file.endsWith(`/${q.file}`))) fromTheirFile++;
  }
  const answer = latencyOf(timeEach(questions, (q) => bot.handle({ text: q.text, platform: 'cli' }), Number(rounds ?? 1), 1));
  // Raw MiniSearch walks every passage holding any term: at 100k that is up to a second a question, so 200 suffice.
  const analysed = questions.slice(0, 200).map((q) => index.analyseForMatching(q.text)).filter(Boolean);
  const rawSearch = latencyOf(timeEach(analysed, (terms) => index.search.search(terms), 1, 1));
  process.stdout.write(`${JSON.stringify({
    from, startMs, heapMb: heap, heapBaselineMb: baseline, answer, rawSearch, questions: questions.length,
    answered, fromTheirFile, withFile: questions.filter((q) => q.file).length,
  })}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exitCode = 1;
});
