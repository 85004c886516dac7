import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../bench/corpus/generate.js';
import { loadIndexedKnowledge } from '../../src/search/index-snapshot.js';
import type { KnowledgeIndex } from '../../src/search/knowledge-index.js';
import { TermScores } from '../../src/search/term-scores.js';
import { createLogger } from '../../src/log.js';
import { KNOWLEDGE_DIR, PROJECT_ROOT } from '../helpers/bot.js';

let root: string;
let built: KnowledgeIndex;
let restored: KnowledgeIndex;
let questions: string[];

/** What MiniSearch itself returns for the same search: ids (as it returns them) and scores, in its order. */
function miniSearch(index: KnowledgeIndex, terms: readonly string[], boostOf: (term: string) => number) {
  return index.search.search(terms.join(' '), { boostTerm: boostOf, combineWith: 'OR' }).map((hit) => ({ id: hit.id, score: hit.score }));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'icat-term-scores-'));
  await cp(KNOWLEDGE_DIR, join(root, 'knowledge'), { recursive: true });
  const corpus = generateCorpus({ passages: 1500, questions: 60, seed: 3 });
  await writeCorpus(corpus, join(root, 'knowledge', 'reports'));
  const logger = createLogger({ level: 'error', stream: { write: () => {} } });
  const load = () => loadIndexedKnowledge({ dir: join(root, 'knowledge'), displayRoot: root, cacheDir: join(root, 'cache'), minBytes: 0, logger });
  const first = await load();
  const second = await load();
  expect([first.from, second.from]).toEqual(['built', 'snapshot']);
  built = first.index;
  restored = second.index;
  const golden = (await readFile(join(PROJECT_ROOT, 'test/golden/questions.jsonl'), 'utf8')).split('\n').filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { q: string }).q);
  questions = [...golden, ...corpus.questions.map((q) => q.text)];
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('searching from per-term score lists', () => {
  it.each([['a freshly built index', () => built], ['an index restored from its snapshot', () => restored]])(
    'finds the same passages with the same scores in the same order as MiniSearch, on %s', (_, indexOf) => {
      const index = indexOf();
      const scores = new TermScores(index.search, index.passages.length);
      let compared = 0;
      for (const question of questions) {
        const terms = [...new Set(index.analyseForMatching(question).split(' ').filter((term) => term && index.knownTerms.has(term)))];
        if (terms.length === 0) continue;
        // Uneven boosts, as questions give their terms (typo corrections and synonyms count less).
        const boosts = new Map(terms.map((term, i) => [term, [1, 0.75, 0.6, 0.3][i % 4]!]));
        const boostOf = (term: string) => boosts.get(term) ?? 1;
        expect(scores.searchOr(terms, boostOf)).toEqual(miniSearch(index, terms, boostOf));
        // The same terms in another order: ties are met in another order too.
        expect(scores.searchOr([...terms].reverse(), boostOf)).toEqual(miniSearch(index, [...terms].reverse(), boostOf));
        // Only the best few, as a question reranks: the same as MiniSearch's first few.
        for (const limit of [1, 7, 50]) expect(scores.searchOr(terms, boostOf, limit)).toEqual(miniSearch(index, terms, boostOf).slice(0, limit));
        compared++;
      }
      expect(compared).toBeGreaterThan(100);
    });

  it('counts a term given twice once, and adds its score twice, as MiniSearch does', () => {
    const scores = new TermScores(built.search, built.passages.length);
    const terms = ['icat', 'cbss', 'icat'];
    expect(scores.searchOr(terms, () => 1)).toEqual(miniSearch(built, terms, () => 1));
  });

  it('finds nothing for terms the knowledge never uses', () => {
    const scores = new TermScores(built.search, built.passages.length);
    expect(scores.searchOr(['qwertyuiop'], () => 1)).toEqual([]);
    expect(scores.searchOr(['qwertyuiop', 'icat'], () => 1)).toEqual(miniSearch(built, ['qwertyuiop', 'icat'], () => 1));
  });
});
