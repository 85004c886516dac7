import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeFolder } from '../../src/knowledge/load-folder.js';
import { searchCandidates } from '../../src/search/candidate-search.js';
import { KnowledgeIndex } from '../../src/search/knowledge-index.js';
import { stem } from '../../src/text/stem.js';

// Twenty passages share a question's common words, a hundred share none; one passage alone writes its rarest word.
const PLAN = ['# The Harbour Plan of Action', '',
  ...Array.from({ length: 20 }, (_, i) => `In 2010 the talks on the Harbour Plan of Action covered topic ${i + 1}.`), '',
  ...Array.from({ length: 100 }, (_, i) => `Ferry ${i + 1} left the northern port at dawn.`), '',
  'The chair named the co-facilitators: Ms Ana Sousa and Mr Pedro Lima.', ''].join('\n');

let root: string;
let index: KnowledgeIndex;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'icat-rarest-'));
  await writeFile(join(root, 'plan.md'), PLAN);
  index = KnowledgeIndex.build(await loadKnowledgeFolder({ dir: root, displayRoot: root }));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('the candidates of a long question', () => {
  const words = ['co-facilitated', 'harbour', 'plan', 'action', 'talks', '2010'].map((word) => stem(word.replace('-', '')));
  const options = { limit: 5, commonTermShare: 0.2, commonTermMinPassages: 1000, searchPostings: 2000 };

  it('include the passage that writes its rarest word, though more passages than the limit score higher on the common ones', () => {
    const hits = searchCandidates(index, new Map(words.map((term) => [term, 1])), options);
    const found = hits.map((hit) => index.passages[hit.id]!.text);

    expect(found.slice(0, options.limit).some((text) => text.includes('Ana Sousa'))).toBe(false);
    expect(found.some((text) => text.includes('Ana Sousa'))).toBe(true);
  });

  // A guard: the starting code added nothing either.
  it('do not add a rare synonym\'s passages: only a word typed as such counts as the rarest', () => {
    const weights = new Map(words.map((term) => [term, term === 'cofacilit' ? 0.5 : 1]));
    const hits = searchCandidates(index, weights, options);

    expect(hits.length).toBe(options.limit);
  });
});
