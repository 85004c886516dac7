import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../bench/corpus/generate.js';
import { createAnswerer } from '../../src/answerer.js';
import { loadKnowledgeFolder } from '../../src/knowledge/load-folder.js';
import { searchCandidates } from '../../src/search/candidate-search.js';
import { KnowledgeIndex } from '../../src/search/knowledge-index.js';

let root: string;
let index: KnowledgeIndex;
const corpus = generateCorpus({ passages: 4000, questions: 200, seed: 7 });
const options = { limit: 40, commonTermShare: 0.2, commonTermMinPassages: 1000, searchPostings: 2000 };

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'icat-candidates-'));
  await writeCorpus(corpus, root);
  index = KnowledgeIndex.build(await loadKnowledgeFolder({ dir: root, displayRoot: root }));
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** The terms of the knowledge with the most index entries: words found all over a report series. */
function mostFrequentTerms(count: number): string[] {
  return [...index.postings].sort((a, b) => b[1] - a[1]).slice(0, count).map(([term]) => term);
}

describe('finding candidates in a large report series', () => {
  it('answers a question made only of the most frequent words from passages that hold all of them', () => {
    const terms = mostFrequentTerms(2);
    const hits = searchCandidates(index, new Map(terms.map((term) => [term, 1])), options);

    expect(hits.length).toBeGreaterThan(0);
    const best = index.terms[hits[0]!.id]!;
    for (const term of terms) expect(`${best.text}${best.context}${best.title}`).toContain(` ${term} `);
  });

  it('keeps the candidates of a question made of frequent words to a bounded list, where a plain search returns thousands', () => {
    const terms = mostFrequentTerms(6);
    const unbounded = index.search.search(terms.join(' '), { combineWith: 'OR' }).length;
    const hits = searchCandidates(index, new Map(terms.map((term) => [term, 1])), options);

    expect(unbounded).toBeGreaterThan(options.searchPostings);
    expect(hits.length).toBeLessThanOrEqual(options.searchPostings);
  });

  it('answers the generated questions as well as a search without any limit does', () => {
    const bounded = createAnswerer(index);
    const unlimited = createAnswerer(index, { rank: { searchPostings: Number.POSITIVE_INFINITY, commonTermShare: 1 } });
    const fromTheirFile = (answerer: typeof bounded) => corpus.questions
      .filter((q) => q.file && answerer.ask(q.text).sources.some((source) => source.file.endsWith(q.file!))).length;

    expect(fromTheirFile(bounded)).toBeGreaterThanOrEqual(Math.floor(fromTheirFile(unlimited) * 0.95));
  });
});
