import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, baseForms, buildRewordings, createRewordingLookup, isLowerCaseWord, isNameInWordNet } from '../../src/lexicon/wordnet.js';

// Words of a knowledge folder about an inter-agency group, as the indexer sees them.
const knowledge = ['established', 'representative', 'organisations', 'meeting', 'head', 'children'];
const rewordings = createRewordingLookup(knowledge);
const reached = (userWord: string) => rewordings(userWord).map((r) => r.word);

describe('a user who words a question differently from the documents', () => {
  it('asks who "founded" the group and reaches "established", as a synonym of full weight', () => {
    expect(rewordings('founded')).toEqual([{ word: 'established', weight: 1, relation: 'synonym' }]);
    expect(reached('set up')).toEqual(['established']);
  });

  it('asks about "kids" or a "kid" and reaches "children"', () => {
    expect(rewordings('kids')).toEqual([{ word: 'children', weight: 1, relation: 'synonym' }]);
    expect(rewordings('kid')).toEqual([{ word: 'children', weight: 0.9, relation: 'synonym' }]);
  });

  it('asks about an "envoy" and reaches "representative", one step narrower and lighter', () => {
    const [envoy] = rewordings('envoy');
    expect(envoy).toMatchObject({ word: 'representative', relation: 'narrower' });
    expect(envoy?.weight).toBeLessThan(0.5);
  });

  it('asks about a "gathering" and reaches "meeting", one step broader', () => {
    expect(rewordings('gathering')).toEqual([{ word: 'meeting', weight: 0.5, relation: 'broader' }]);
  });

  it('writes American "organizations" and reaches the British "organisations"', () => {
    expect(rewordings('organizations')).toEqual([{ word: 'organisations', weight: 1, relation: 'spelling' }]);
    expect(reached('organization')).toEqual(['organisations']);
  });

  it('asks about a "banana" and reaches nothing', () => {
    expect(rewordings('banana')).toEqual([]);
  });

  it('types a word the documents use, a stop word or a two-letter word: no rewording', () => {
    expect(rewordings('meeting')).toEqual([]);
    expect(rewordings('the')).toEqual([]);
    expect(rewordings('ox')).toEqual([]);
  });
});

describe('telling a name from an English word written with a capital', () => {
  it('knows Geneva and York as names first, though "geneva" is also a gin, and "nations" or "principals" as words', () => {
    expect(['geneva', 'york', 'norway'].map((word) => isNameInWordNet(word))).toEqual([true, true, true]);
    expect(['nations', 'principals', 'global'].map((word) => isNameInWordNet(word))).toEqual([false, false, false]);
  });
});

describe('a word the knowledge writes too', () => {
  it('is not reworded by default, but is when the caller asks (a word written once must not hide its synonyms)', () => {
    const words = ['representative', 'envoy'];
    expect(createRewordingLookup(words)('envoy')).toEqual([]);
    expect(createRewordingLookup(words, { rewordKnownWords: true })('envoy')).toMatchObject([{ word: 'representative' }]);
  });
});

describe('staying near the centre of each word', () => {
  it('keeps the form: "founded" reaches "established", "found" does not (mostly the past of "find")', () => {
    expect(reached('found')).toEqual([]);
    expect(createRewordingLookup(['establish'])('found')).toMatchObject([{ word: 'establish', weight: 0.5 }]);
  });

  it('does not stretch "boss" to "head": WordNet joins them only through "chief", two steps', () => {
    // "head, chief, top dog" is the fourth sense of "head"; "boss" is a kind of supervisor.
    expect(reached('boss')).toEqual([]);
    expect(reached('chief')).toEqual([]);
    expect(createRewordingLookup(knowledge, { senses: 4 })('chief')).toMatchObject([{ word: 'head', relation: 'synonym' }]);
  });

  it('gives a later sense less weight than a first one ("mind" is the third sense of "head")', () => {
    const [mind] = rewordings('mind');
    expect(mind?.word).toBe('head');
    expect(mind?.weight).toBeLessThan(0.5);
  });

  it('follows no relation when asked not to', () => {
    expect(createRewordingLookup(knowledge, { followRelations: false })('gathering')).toEqual([]);
  });

  it('gives every typed string an answer, never a crash, with weights in (0, 1]', () => {
    fc.assert(fc.property(fc.string({ maxLength: 30 }), (typed) => {
      for (const r of rewordings(typed)) expect(r.weight > 0 && r.weight <= 1).toBe(true);
    }));
  });
});

describe('the whole map, for a caller that wants every key', () => {
  it('holds the same answers as the lookup, key by key', () => {
    const map = buildRewordings(knowledge);
    expect(map.get('founded')).toEqual(rewordings('founded'));
    expect(map.has('banana')).toBe(false);
    for (const [userWord, list] of map) expect([userWord, list]).toEqual([userWord, rewordings(userWord)]);
  });
});

describe('a missing database', () => {
  it('fails loudly, naming the file and what to do', () => {
    expect(() => createRewordingLookup(['head'], { dictPath: '/nowhere/dict' })).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringContaining('index.noun') }),
    );
  });
});

describe('lemmas of a typed word', () => {
  it('undoes inflections by rule and by exception list, and British spelling', () => {
    expect(baseForms('founded')).toContainEqual({ lemma: 'found', pos: 'verb', form: 'ed' });
    expect(baseForms('children')).toEqual([{ lemma: 'child', pos: 'noun', form: 'plural' }]);
    expect(baseForms('organisations')).toContainEqual({ lemma: 'organization', pos: 'noun', form: 'plural' });
    expect(baseForms('setting up')).toContainEqual({ lemma: 'set up', pos: 'verb', form: 'ing' });
    expect(baseForms('qwxz')).toEqual([]);
  });
});

describe('speed', () => {
  /** The 2,000 single words WordNet has seen tagged most often: the most polysemous, the worst case. */
  const frequentWords = (): string[] => {
    const counted: [string, number][] = [];
    for (const pos of ['noun', 'verb', 'adj']) {
      for (const line of readFileSync(join(DEFAULTS.dictPath, `index.${pos}`), 'latin1').split('\n')) {
        const fields = line.trim().split(' ');
        if (!/^[a-z]{3,}$/.test(fields[0] ?? '')) continue;
        counted.push([fields[0] ?? '', Number(fields[fields.length - 1 - Number(fields[2])])]);
      }
    }
    return [...new Set(counted.sort((a, b) => b[1] - a[1]).map(([word]) => word))].slice(0, 2000);
  };
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const { user, system } = process.cpuUsage(since);
    return (user + system) / 1000;
  };

  it('loads WordNet and serves the words of 100 questions over 2,000 knowledge words in well under a second', () => {
    const words = frequentWords();
    const userWords = words.slice(0, 500).map((w) => `${w}s`);
    const start = process.cpuUsage();
    const lookup = createRewordingLookup(words);
    for (const userWord of userWords) lookup(userWord);
    // CPU time, not wall time: the machine is shared. Measured about 40 ms to load and 0.3 ms a word.
    expect(cpuMs(start)).toBeLessThan(1000);
  });
});

describe('telling an English word from initials typed in lower case', () => {
  it('knows "kids" and "sent" as words, and "gpa", "ga" and "unodc" as none (WordNet writes GPA and GA in capitals)', () => {
    expect(['kids', 'sent', 'envoy', 'founded'].filter((word) => isLowerCaseWord(word))).toEqual(['kids', 'sent', 'envoy', 'founded']);
    expect(['gpa', 'ga', 'unodc', 'mtg', 'orgs', 'res'].filter((word) => isLowerCaseWord(word))).toEqual([]);
  });
});
