import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../src/knowledge-base.js';
import { knowledgeOf } from './helpers/written-knowledge.js';

// A document written for these tests, in the shapes the blind round 8 documents had: a coordination
// group, its heads, a campaign with shares, a quotation attributed after a dash, a date without its year.
const NOTES = `# Lake Council notes

## What the Council is

The Lake Council is the region's forum on water safety. It is coordinated by the River Office.
In 2024 the Fishers Guild and the Boat Union co-chaired the Lake Council for the second year running.

## The River Office

Marta Kowalczyk, Director General of the River Office, opened the 2023 session of the Lake Council.
The Shore Working Group was an inter-agency group set up by the Secretary-General that brought together the heads of lake agencies.

## Heads of the River Office and its partners

The sources describe the following meetings of River Office heads (Principals):

- 2022: first meeting of Principals, 4 May 2022.
- 2023: second meeting of Principals, 9 May 2023.

## Campaign

Half of the rescued swimmers were adults, and one third were children.

## The second cohort

The Council formally welcomed the second cohort of wardens on 21 June.

## Launch

At the launch she said:

> "Every lake needs a warden. Every warden needs a boat."
> — Ilse Brandvold, Chair of the Fishers Guild, Oslo, 2 March 2021

## Small boats

The Small Boats Facility was launched in 2011 as part of the Lake Council.

## Timeline

- 2018: the Boat Union was Lake Council Chair for the year; the River Office is Permanent Coordinator.

## The Principals meeting

On 15 December 2020 the Lake Council Principals met online and more than 20 bodies, including the Boat Union, took part.

The Boat Union joined the Lake Council in April 2020. The Director of the Boat Union, Rui Maia, represented the Boat Union in the Principals meeting and delivered a statement on safer piers.

## Speakers in 2024

Nils Dahl, Director of Training at the Fishers Guild, spoke as co-chair of the Lake Council in 2024.

## Events

On the same day, the Lake Council ran an online event with the Boat Union and five Fishers Guild members.
As of 2024, the Lake Council had 14 member bodies.

The number of Lake Council member bodies has grown over the years:

- 2016: 5 member bodies.
- 2019: 9 member bodies.

## Board

- 2019: Anna Berg, the first chair of the Wardens Board, took office.
- 2024: Jonas Lind, chair of a new Wardens Board appointed by the Governor of the Lake Region.

Members of the Wardens Board serve a three-year term. Anna Berg is a lawyer.

## Priorities

The 2024 co-chairs proposed three priorities, including the following two:

- 2024 priority 1: cleaner beaches;
- 2024 priority 2: safer piers.

As foundational pillars, the Council recommends four priority areas:

1. Training wardens
2. Marking swimming zones
3. Funding rescue boats
4. Sharing data between lakes

## Rules

The 2021 Water Code, in line with the Lake Safety Protocol, governs warden training.
“The Lake Safety Protocol is the floor, not the ceiling,” Wrona added.

## Inspectors

Wrona told the Lake Council that inspections must be unannounced.
Tomasz Wrona, an inspector from Poland, drafted the 2021 Water Code.
The Boat Union represented its crews in the Principals meeting.
“Unannounced inspections save lives and spare the wardens,” T. Wrona said.
Quotations from the fairs:

- At the 2019 fair, Dana Holt said: "It is shameful that boats still sink in the 21st century."
- At the 2020 fair, Ola Berg said: "No one harbour can keep every boat afloat alone."

`;

let knowledge: KnowledgeBase;

beforeAll(async () => {
  knowledge = await knowledgeOf({ 'lake-council.md': NOTES });
});

const ask = (question: string) => knowledge.answerer.ask(question);

describe('a user asking who holds a post, in chat fragments', () => {
  it('gets the person for "head of <body>", not a passage about heads meeting', () => {
    const reply = ask('head of the river office');
    expect(reply.answer).toContain('Marta Kowalczyk');
  });

  it('is not told that a group\'s name is the person holding a post', () => {
    // "set up by the Secretary-General" names a post, not who holds it; "Shore Working Group" is no one's name.
    const reply = ask('who is the secretary general?');
    expect(reply.confidence).toBeLessThan(0.8);
    if (reply.answered) expect(reply.answer).not.toContain('Shore Working Group');
  });

  it('is not told the co-chairs when asking who runs the Council, because they co-chaired it "the second year running"', () => {
    const reply = ask('who runs the lake council');
    expect(reply.answer).toContain('River Office');
  });
});

describe('a user checking a claim with a yes/no question', () => {
  it('is not told "Yes" when the words it claims are all there but in different clauses', () => {
    const reply = ask('is the lake council coordinated by the boat union?');
    expect(reply.answer).not.toMatch(/^Yes/);
  });

  it('is not told "Yes" when the body claimed only qualifies what did it ("… launched in 2011 as part of the Lake Council")', () => {
    expect(ask('lake council launched in 2011 right?').answer).not.toMatch(/^Yes/);
  });

  it('is told "Yes" when one clause says all of it', () => {
    expect(ask('the wardens board is appointed by the governor of the lake region, right?').answer).toMatch(/^Yes\./);
  });

  it('gets the correction when the post claimed is not the one held', () => {
    const reply = ask('is kowalczyk the river office secretary general?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Director General');
    expect(reply.answer).not.toMatch(/^Yes/);
  });
});

describe('a user asking for a share or a year', () => {
  it('gets the share for "fraction of … who are kids"', () => {
    const reply = ask('fraction of rescued swimmers who are kids');
    expect(reply.answer).toContain('one third');
  });

  it('is told "I don\'t know" when asked what year, where only the day and month are known', () => {
    const reply = ask('what year was the second cohort of wardens welcomed');
    expect(reply.answered).toBe(false);
  });
});

describe('a user asking who said something', () => {
  it('is told "I don\'t know" for who represented a body, when the one named spoke for another', () => {
    expect(ask('who represented the boat union as co-chair in 2024').answered).toBe(false);
  });

  it('gets the speaker of a quotation for "who mentioned …", not a sentence that only names the same thing', () => {
    const reply = ask('who mentioned the lake safety protocol');
    expect(reply.answer).toMatch(/^“The Lake Safety Protocol/);
    expect(reply.answer).toContain('Wrona');
  });

  it('gets the whole statement for "what X did someone mention"', () => {
    const reply = ask('what boats did brandvold mention');
    expect(reply.answer).toContain('Every lake needs a warden');
    expect(reply.answer).toContain('Every warden needs a boat');
  });

  it('is told who said a quotation that speaks of "the 21st century": a century is no position in a list', () => {
    expect(ask('who said boats sinking in the 21st century is shameful').answer).toContain('Dana Holt');
  });

  it('is told whose words a quotation is when a dash after it names the speaker', () => {
    const reply = ask('who said every lake needs a warden');
    expect(reply.answer).toContain('Ilse Brandvold');
    // The place and date after the name are not part of who said it.
    expect(reply.answer).not.toContain('Oslo, 2 March');
  });
});

describe('a user asking who does something to a body', () => {
  it('is not told what the body itself did ("the Council ran an online event") when asking who runs it', () => {
    const reply = ask('who runs the lake council?');
    expect(reply.answer).not.toContain('online event');
  });

  it('reads "a Board appointed by …" as the Board being appointed', () => {
    const reply = ask('who appoints the wardens board');
    expect(reply.answer).toContain('Governor of the Lake Region');
  });
});

describe('a user asking for a position in a list, or for how long', () => {
  it('gets the last of the full list, not the last of a list that names only some', () => {
    const reply = ask('last priority');
    expect(reply.answer).toContain('Sharing data between lakes');
  });

  it('is told "I don\'t know" for "how long" when the knowledge gives no span of time', () => {
    expect(ask('how long has marta kowalczyk been director general').answered).toBe(false);
    expect(ask('how long is a wardens board term').answer).toContain('three-year term');
  });
});

describe('a user asking how many', () => {
  it('is given the count of the body asked about, not a number of another body\'s members', () => {
    const reply = ask('how many members does the lake council have?');
    expect(reply.answer).toContain('14 member bodies');
    expect(reply.answer).not.toContain('five Fishers Guild members');
  });
});

describe('a user asking where', () => {
  it('is told "I don\'t know" when the only "in …" is a meeting, not a place', () => {
    expect(ask('where is the boat union based').answered).toBe(false);
  });

  it('gets the country for "which country is X from"', () => {
    expect(ask('wrona is from which country').answer).toContain('Poland');
  });
});

describe('a user naming an event by its month', () => {
  it('gets the person, though the sentence that names them does not repeat the month', () => {
    expect(ask('boat union director who gave a statement at the dec 2020 principals mtg, name').answer).toContain('Rui Maia');
  });
});

describe('a user asking for someone\'s name in full', () => {
  it('gets the first name from the passage that writes it, not from one that gives an initial', () => {
    expect(ask('wrona first name').answer).toContain('Tomasz Wrona');
  });

  it('gets the person holding a post for "<post> full name", not a sentence about spelling', () => {
    expect(ask('river office director general full name spelling').answer).toContain('Marta Kowalczyk');
  });
});

describe('a user setting two years side by side', () => {
  it('gets the answer for each year ("members 2019 vs 2024")', () => {
    const reply = ask('lake council member bodies 2019 vs 2024');
    expect(reply.answer).toContain('2019: 9 member bodies');
    expect(reply.answer).toContain('14 member bodies');
    expect(reply.confidence).toBeLessThanOrEqual(0.75);
  });
});
