import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../src/knowledge-base.js';
import { knowledgeOf } from './helpers/written-knowledge.js';

// Briefing notes typed as plain text: numbered titles in capitals, lettered items, a Q&A block.
const NOTES = `BRIEFING NOTE: THE LIGHTHOUSE TRUST

Seat: Harbour House, Galway
Date: 3 May 2024
Chair:   Mary Keane, a former keeper,
         re-elected in 2023

1) ORIGIN

(a) The Lighthouse Trust was created in 1998 to keep the coast's lights working.
(b) Its founding text is the Coastal Lights Charter.

2) HOW THE TRUST HELPS KEEPERS

The Trust gives its help at four levels:
(a) training;
(b) spare parts;
(c) night patrols;
(d) radio links.

3. LIGHTS IN NUMBERS
--------------------
The Trust looks after lights on three islands.

4) QUICK Q&A

Q: How many lighthouses does the Trust look after?
A: 42.
Q: Is the Trust a government body?
A: No. It is a charity run by former keepers.
`;

let knowledge: KnowledgeBase;

beforeAll(async () => {
  knowledge = await knowledgeOf({ 'lighthouse-notes.txt': NOTES });
});

const ask = (question: string) => knowledge.answerer.ask(question);

describe('a user asking about plain-text briefing notes', () => {
  it('gets an item of a list marked (a), (b), (c) by its position', () => {
    expect(ask('levels of help the trust gives - whats #3').answer).toContain('night patrols');
    expect(ask('what comes after spare parts in the levels of help').answer).toContain('night patrols');
  });

  it('is answered when every word it types is an everyday one but one passage holds them all ("help levels given - #3")', () => {
    expect(ask('help levels given - #3').answer).toBe('The Trust gives its help at four levels. The third is: night patrols.');
  });

  it('gets the whole lettered list when asking for it, with its lead-in', () => {
    const reply = ask('what are the levels of help the trust gives keepers?');
    expect(reply.answer).toContain('training');
    expect(reply.answer).toContain('radio links');
  });

  it('gets the answer line of a Q&A block together with its question', () => {
    expect(ask('how many lighthouses does the trust look after').answer).toBe('Q: How many lighthouses does the Trust look after? A: 42.');
    expect(ask('is the trust a government body?').answer).toContain('charity');
  });

  it('reads a numbered title in capitals as the section of what is under it', () => {
    const reply = ask('when was the lighthouse trust created');
    expect(reply.answer).toContain('1998');
    expect(JSON.stringify(reply.sources)).toContain('ORIGIN');
  });

  it('reads "Label: value" lines as separate facts, a wrapped value staying with its label', () => {
    const seat = ask('lighthouse trust seat?');
    expect(seat.answer).toContain('Harbour House, Galway');
    expect(seat.answer).not.toContain('Date:');
    expect(ask('who chairs the lighthouse trust').answer).toContain('Mary Keane, a former keeper, re-elected in 2023');
  });

  it('reads a numbered title underlined with dashes as a heading', () => {
    expect(JSON.stringify(ask('how many islands does the trust cover').sources)).toContain('LIGHTS IN NUMBERS');
  });
});

describe('a plain-text note whose records of "Label: value" lines each name their subject first', () => {
  const ACTS = `HARBOUR LAW NOTE

1. THE HARBOUR ACT (2011)
-------------------------

Full title: Act 12/2011 on safer harbours and the training of pilots
Proposed by the ministry: March 2010
Adopted: 5 April 2011
Entry into force: 1 June 2011

2. THE 2024 CHANGES
-------------------

Act: Act 7/2024 amending Act 12/2011
Parliament vote: April 2024
Adopted: 27 May 2024
Entry into force: 2024-07-14
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'harbour-law.txt': ACTS });
  });

  it('answers a field of the record from the subject its first line names ("act 7/2024 entry into force")', () => {
    expect(kb.answerer.ask('act 7/2024 entry into force').answer).toContain('2024-07-14');
    expect(kb.answerer.ask('12/2011 adoption date').answer).toContain('5 April 2011');
  });
});

describe('a list written inside a sentence', () => {
  const TRAINING = `CREW TRAINING NOTE

LIGHTHOUSE COURSE
-----------------
Abbreviation: LHC
Led by: the Coast Office
Status: part of the Safe Seas programme
Training: 25 minutes, four lessons

The four lessons are, in order: what a lighthouse signal means; reading the light pattern; reporting a dark light; and a night quiz.
In 2024 the course had three partner ports: Bergen, Riga and Gdansk.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'training.txt': TRAINING });
  });

  it('answers "lesson #3" and "the last lesson" from items a sentence lists after a colon', () => {
    expect(kb.answerer.ask('lighthouse course lesson #3?').answer).toContain('reporting a dark light');
    expect(kb.answerer.ask('last lesson in the lighthouse course').answer).toContain('a night quiz');
  });

  // A guard: a counted list in a sentence was answered by position before; it must stay so.
  it('answers "what comes after X in the course\'s lessons" from the item after X, the list named after "in" being no part of X', () => {
    expect(kb.answerer.ask("what comes after reading the light pattern in the lighthouse course's four training lessons").answer)
      .toContain('Right after “reading the light pattern” comes: reporting a dark light');
  });

  it('reads "three partner ports: A, B and C" as a list of three', () => {
    expect(kb.answerer.ask('2nd partner port of the course').answer).toContain('Riga');
  });
});

describe('a sentence that opens with an adverb and quotes a name', () => {
  const LAW = `HARBOUR LAW NOTES

3. THE HARBOUR SAFETY PROTOCOL
------------------------------

Full title: Protocol on Safe Harbours, Especially Ferries and Small Boats.
Usually shortened to the Harbour Safety Protocol (HSP) or simply "the Oslo Protocol" in day-to-day use.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'law.txt': LAW });
  });

  it('does not take "Usually" for a speaker, nor a quoted name for a quotation: "who mentioned the protocol" has no answer', () => {
    expect(kb.answerer.ask('who mentioned the harbour safety protocol').answered).toBe(false);
  });
});
