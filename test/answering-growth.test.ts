import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../src/knowledge-base.js';
import { knowledgeOf } from './helpers/written-knowledge.js';

// The same question, asked before and after a document on another topic is dropped into the folder.
const MANDATE = `# Harbour Alliance mandate

## Resolutions

The Harbour Alliance was set up by Regional Assembly resolution 12/7 in 2019.
Resolution 12/7 is titled "Safer ferries for coastal towns".
A later resolution, 14/2, asked the Alliance to report every two years.
The Alliance reported on resolution 14/2 in 2023.

## Review

The 2021 review of the Alliance made recommendations on crew training and port inspections.
Its recommendations were adopted in 2022.
Ana Silva, Director of the Port Department of Safety, chaired the review.
The Office of the Special Envoy on River Safety (OSE-RS) took part in the review.

## The Special Envoy's office

The Office of the Special Envoy on River Safety is a small office that advises ferry crews.
In 2022 the Regional Assembly asked the Office of the Special Envoy on River Safety to review the river safety rules of the Alliance with the ferry crews.

## Leadership

Rui Costa is the Executive Director of the Harbour Alliance.

Directors of the Alliance so far:

1. Ana Silva, 2015 to 2019.
2. Tomas Berg, 2019 to 2022.
3. Rui Costa, appointed in 2022.

Dr. Lena Ortiz, Director of the Coastal Board, spoke as one of the Alliance co-chairs in 2024.
In 2024 the Port Workers Union and the Coastal Board were co-chairs of the Alliance.

## Meetings

The first Alliance meeting was held in Porto in 2019.
`;

const OTHER_TOPIC = `# River basin notes

## Designation

Established by: the Basin Assembly, in resolution A/RES/9/4 (2015).
The basin council meets in Sept each year.
River Safety (RS) rules apply to every boat on the basin.

## Data

Lina Berg, Chief of the Harbour Alliance's Research Branch, presented the river data in 2024.

## River council and the Alliance

Timeline:

- 2016: the basin towns held a first meeting; six boat clubs took part.
- 2018: the towns set up a joint patrol.

## Follow-up points

1. Check the basin report before the spring meeting.
2. Note that the Alliance held a meeting on river safety in Lisbon.
`;

/** The team's knowledge alone, and after the document on another topic is dropped in beside it. */
let before: KnowledgeBase;
let after: KnowledgeBase;

beforeAll(async () => {
  before = await knowledgeOf({ 'mandate.md': MANDATE });
  after = await knowledgeOf({ 'mandate.md': MANDATE, 'river.md': OTHER_TOPIC });
});

describe('a user whose team adds documents on other topics', () => {
  it('still gets "res" read as "resolution" after a new document writes "A/RES/9/4" once', () => {
    for (const knowledge of [before, after]) {
      expect(knowledge.answerer.ask('title of res 12/7').answer).toContain('Safer ferries for coastal towns');
    }
  });

  it('still reads "recs" and "dept" as chat shortenings after a new document writes "res" and "Sept"', () => {
    expect(after.answerer.ask('2021 review - what did the recs cover').answer).toContain('crew training');
    expect(after.answerer.ask('ana silva - which dept').answer).toContain('Port Department of Safety');
  });

  it('still spells out "OSE-RS" after a new document defines "RS" on its own', () => {
    expect(after.answerer.ask('What does OSE-RS stand for?').answer).toBe('OSE-RS stands for Office of the Special Envoy on River Safety.');
  });

  it('is not given the first item of an unrelated list when asking about "the first meeting"', () => {
    const reply = after.answerer.ask('where was the first alliance meeting held?');
    expect(reply.answer).toContain('Porto');
    expect(reply.answer).not.toContain('basin report');
  });

  it('gets the sentence that defines an abbreviation by its full name ("what is the OSE-RS?")', () => {
    expect(after.answerer.ask('what is the OSE-RS?').answer).toContain('a small office that advises ferry crews');
  });

  it('is not told the chief of a branch when asking for the chief of the organisation', () => {
    const reply = after.answerer.ask('who is the harbour alliance chief?');
    expect(reply.answer).toContain('Rui Costa');
    expect(reply.answer).not.toContain('Lina Berg');
  });

  it('gets every holder of a post asked for in the plural, not one of them ("who were the co-chairs …")', () => {
    expect(before.answerer.ask('who were the co-chairs in 2024').answer).toContain('Port Workers Union and the Coastal Board');
  });

  it('does not take a section heading for what a list item says ("Is the Alliance part of the river council?")', () => {
    const reply = after.answerer.ask('Is the Alliance part of the river council?');
    expect(reply.answered && reply.answer.includes('boat clubs') ? reply.confidence : 0).toBeLessThan(0.8);
  });

  it('answers "who replaced X" and "who preceded X" from the order of a list of holders', () => {
    expect(before.answerer.ask('who replaced tomas berg in 2022').answer).toContain('Rui Costa');
    expect(before.answerer.ask('who preceded tomas berg?').answer).toContain('Ana Silva');
  });
});

// The knowledge's own subject and a neighbouring body with the same vocabulary.
const SUBJECT_PRIORITIES = `# Harbour Alliance priorities

## The priority areas recommended by the Harbour Alliance

As foundational pillars, the Harbour Alliance recommends four priority areas:

1. Training crews
2. Inspecting ferries
3. Funding lifeboats
4. Sharing port data
`;

const NEIGHBOUR_PRIORITIES = `# Basin Council

## The priority areas recommended by the Basin Council

As foundational pillars, the Basin Council recommends four priority areas:

1. Cleaner water
2. Safer dams
3. Shared gauges
4. Flood maps
`;

describe('a user asking about the knowledge\'s own subject without naming it', () => {
  it('is answered from the subject\'s documents when a neighbouring body\'s document matches as well ("priority #2")', async () => {
    // The neighbour's file sorts first, so without the subject it would win the tie.
    const grown = await knowledgeOf({ 'z-alliance.md': SUBJECT_PRIORITIES, 'a-basin.md': NEIGHBOUR_PRIORITIES }, { answerer: { rank: { subject: 'Harbour Alliance' } } });
    expect(grown.answerer.ask('priority #2').answer).toContain('Inspecting ferries');
    expect(grown.answerer.ask('last priority').answer).toContain('Sharing port data');
  });
});
