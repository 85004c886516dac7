import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../src/knowledge-base.js';
import { knowledgeOf } from './helpers/written-knowledge.js';

// Staff ask about two things in one message: "girls vs boys", "which came first, A or B?".
// A document written for these tests, asked in those words.
const RIVER_NETWORK = `# River Safety Network

## History

The River Safety Network was founded in 2015.

## Members

The Delta Boating Union (DBU) joined the River Safety Network in 2015.
The Lake Rescue Alliance (LRA) joined the River Safety Network in March 2019.

## Reports

The flood preparedness report was published in October 2021.
The lifejacket survey was published in April 2021.

## Charter

The network's charter was signed on 3 March 2016.
The signing took place in Rotterdam, at the network's first congress.

## Findings

The 2022 findings say that adults drown most often while fishing, and children most often while swimming.

## Campaign

The network runs a yearly campaign against drowning.
The members met for the first time on 9 May 2014 in Utrecht.
Its chair called cold water the first danger in the fight against drowning.
`;

describe('a question about two things at once', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'river-network.md': RIVER_NETWORK });
  });

  it('answers "which joined first, A or B" with both dates, the earlier first', () => {
    const reply = kb.answerer.ask('who joined first - lra or dbu');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/^Earlier: The Delta Boating Union \(DBU\) joined the River Safety Network in 2015\.\nLater: .*LRA.*March 2019/);
    expect(reply.sources.map((source) => source.file)).toContain('river-network.md');
  });

  it('orders by month when both fall in the same year, and answers "which is more recent" latest first', () => {
    const first = kb.answerer.ask('which came out first, the flood preparedness report or the lifejacket survey?');
    expect(first.answer).toMatch(/^Earlier: The lifejacket survey was published in April 2021\.\nLater: The flood preparedness report/);
    const recent = kb.answerer.ask('dbu vs lra - who joined more recently?');
    expect(recent.answer).toMatch(/^Later: .*LRA.*\nEarlier: .*DBU/);
  });

  // A guard: one sentence answers both sides here, and asking each side alone must still find it.
  it('answers "A vs B" with what the question asks of each', () => {
    const reply = kb.answerer.ask('adults vs children - when do they drown most per the 2022 findings');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('fishing');
    expect(reply.answer).toContain('swimming');
  });

  it('answers "DBU vs LRA" with what each stands for when the question asks nothing more', () => {
    const reply = kb.answerer.ask('DBU vs LRA?');
    expect(reply.answer).toContain('Delta Boating Union');
    expect(reply.answer).toContain('Lake Rescue Alliance');
  });

  // A guard: "vs" read as "against" must not be split into two questions.
  it('reads "vs" as "against" where the knowledge writes "against" before the same word', () => {
    const reply = kb.answerer.ask('what did the chair call the first danger in the fight vs drowning');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('cold water');
    expect(reply.answer).not.toMatch(/^Earlier|\n/);
  });

  it('gives both answers in the order typed when their dates cannot tell which came first', () => {
    const reply = kb.answerer.ask('which came first, the network being founded or the dbu joining?');
    expect(reply.answer).toMatch(/^The River Safety Network was founded in 2015\.\nThe Delta Boating Union \(DBU\) joined the River Safety Network in 2015\.$/);
  });

  it('answers "signed when n where" with the date and the place, each from its own sentence', () => {
    const reply = kb.answerer.ask('charter signed when n where');
    expect(reply.answer).toContain('3 March 2016');
    expect(reply.answer).toContain('Rotterdam');
  });

  it('reads "for the 1st time" as a time, not as the first item of a list', () => {
    expect(kb.answerer.ask('members met for the 1st time when?').answer).toContain('9 May 2014');
  });
});
