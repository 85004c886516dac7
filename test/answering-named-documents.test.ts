import { describe, expect, it } from 'vitest';
import { askerOf } from './helpers/written-knowledge.js';

// Documents written for these tests: a news article and a work plan that each list a network's
// priorities in their own order, and a glossary. Staff in a meeting say which document they mean
// ("in the harbour council article", "per the work plan doc", "glossary: CNW?"): the document
// named is where to answer from, and its name is not a word to find in the answer.
// Then a forum's publications note: a launch told twice (at a gathering, and in a city), a
// sentence about "the event" the sentence before introduced, a list of founding bodies, and a
// body that joined one year and is said to be a member another.

const HARBOUR_ARTICLE = `---
title: The Harbour Council joins the Coastal Network
---

# The Harbour Council joins the Coastal Network

The Harbour Council became a member of the Coastal Network (CNW) in March 2021.

As first steps for the coming years, the Coastal Network recommends five priority areas:

1. Mapping the shoreline
2. Sharing tide data between ports
3. Protecting the wetlands of the estuary
4. Funding local boat yards
5. Training volunteers

Council chair Ilse Marten said the membership "gives small ports a voice at the table".
`;

const WORK_PLAN = `---
title: Coastal Network work plan 2024
---

# Coastal Network work plan 2024

## Priorities

The Coastal Network set the following priorities for 2024:

1. Replacing the old harbour lights
2. Training harbour pilots
3. Opening a second office in Riga
4. Publishing a yearly report

## Meetings

The network meets twice a year, in spring and in autumn.
`;

const GLOSSARY = `---
title: Glossary of abbreviations
kind: glossary
---

# Glossary of abbreviations

- **CNW**: Coastal Network
- **HPA**: Harbour Pilots Association
`;

describe('a question that names the document to answer from', () => {
  const ask = askerOf({ 'harbour-council-joins.md': HARBOUR_ARTICLE, 'coastal-network-work-plan.md': WORK_PLAN, 'glossary.md': GLOSSARY });

  it('answers "priority #3" from the article named before it, not from the work plan', () => {
    const reply = ask('harbour council article coastal network priority #3');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Protecting the wetlands');
    expect(reply.sources[0]!.title).toBe('The Harbour Council joins the Coastal Network');
  });

  it('reads "in the … article," and "per the … doc" as where to look, whatever else the question says', () => {
    expect(ask('in the harbour council article, what is the 2nd of the priority areas?').answer).toContain('Sharing tide data');
    expect(ask('per the work plan doc, what is priority #3?').answer).toContain('second office in Riga');
  });

  it('answers "glossary: HPA?" with what the glossary spells out', () => {
    const reply = ask('glossary: HPA?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Harbour Pilots Association');
  });
});

const FORUM_NOTE = `# River Forum publications

## Launches

The river atlas was launched in June 2019 at a side event of the Assembly of the Delta Commission.
In June 2019 the forum launched its first atlas, on the rivers of the northern delta, in Szeged.
The flood report was launched in May 2021 in Vienna at an event hosted by the forum.
The Mission of Norway and the Delta Youth Network co-sponsored the event.
The Delta Commission co-sponsored the forum's youth camp in 2017.

## Members

The forum's founding meeting in Pecs in 2015 was attended by the following bodies:

- Danube Water Board
- Office for Delta Fisheries
- Women's River Council
- Fund for Women Farmers

Each founding body sends one delegate to the forum's yearly meeting.
The Delta Youth Network joined the forum in 2018.
In 2021 the Delta Youth Network was a member of the forum's board.
`;

describe('a publications note that tells a launch twice and an event in two sentences', () => {
  const ask = askerOf({ 'forum-note.md': FORUM_NOTE });

  it('answers "launched where" with the city rather than the gathering', () => {
    const reply = ask('river atlas - launched where');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Szeged');
  });

  it('knows which event "the event" is: the one the sentence before introduced', () => {
    const reply = ask('who co-sponsored the flood report launch');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Mission of Norway');
  });

  it('reads "two … bodies … - which ones?" as asking for those bodies', () => {
    const reply = ask('Two women-focused bodies were at the founding meeting - which ones?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain("Women's River Council");
    expect(reply.answer).toContain('Fund for Women Farmers');
  });

  it('answers "joined when" with the year it joined, not a year it was a member', () => {
    const reply = ask('delta youth network = forum member since when? joined when');
    expect(reply.answer).toContain('2018');
    expect(reply.answer).not.toContain('2021');
  });
});
