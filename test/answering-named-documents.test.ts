import { describe, expect, it } from 'vitest';
import { askerOf } from './helpers/written-knowledge.js';

// Documents written for these tests: a news article and a work plan that each list a network's
// priorities in their own order, and a glossary. Staff in a meeting say which document they mean
// ("in the harbour council article", "per the work plan doc", "glossary: CNW?"): the document
// named is where to answer from, and its name is not a word to find in the answer.
// Then a forum's publications note: a launch told twice (at a gathering, and in a city), a
// sentence about "the event" the sentence before introduced, a list of founding bodies, and a
// body that joined one year and is said to be a member another.
// Last, a plain-text briefing on a charter ("Charter number: No. 88, 2016" among its quick facts, a
// toolkit's contents indented under "It includes:", a long history) and a plan whose thematic
// areas sit under a heading that calls it "the plan". And an office funded beside a Trust Fund,
// where "funding" is a word and "Fund" a name. Then a council's numbered papers, a plan's three
// areas and a board, asked in chat shorthand: "BP #3", "three Rs", "how many members, how long a term".
// And people named without their nationality, beside rules that write the word "nationality".
// Then an accord whose areas are a list of bold labels under "Its main areas are:". Last, a
// council's mandate and coordinator, asked about with the wrong body named, and a board that
// endorsed the same co-chairs for two years.

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

const LAKE_CHARTER = `KENYA'S LAKE CHARTER 2016: BRIEFING NOTE
=======================================

Prepared as background for partner staff.


1. QUICK FACTS

Full name: Lake Charter 2016 (Kenya)
Charter number: No. 88, 2016
Depositary: Lake Council secretariat
Commencement: 1 March 2017
Model: the Alpine Water Charter 2009


2. THE CHARTER REGISTER

The register of lake permits went online in May 2018. The secretariat
reviews every permit before it is published.

Alongside the register, the council released a toolkit for harbour masters.
It includes:

    - a training video
    - a permit checklist
    - inspection guidance
    - a reporting form

The toolkit is free to download.


3. OTHER LAKE RULES

The Lake Council also keeps a register of fishing boats. In March 2017 the
council wrote to all harbour masters about the new boat register.
The Kenyan fishing code commenced on 1 July 2015.


4. HISTORY OF THE CHARTER

The charter was first proposed by the Lake Council in 2012.
The charter was drafted by a working group of six lake towns.
The charter was debated in the council for two years.
The charter was revised after a public consultation in 2014.
The charter was signed in Kisumu in June 2016.
The charter was welcomed by the fishing cooperatives.
The charter was criticised by some boat owners as too strict.
The charter was translated into Swahili in 2017.
The charter was reviewed for the first time in 2020.
The charter was amended in 2021 to cover small boats.
The charter was cited in a court case in 2022.
The charter was presented at a regional water forum in 2023.
The charter was studied by two neighbouring councils.
The charter was praised in a university report in 2024.
The charter was printed in a pocket edition for fishers.
The charter was read aloud at the opening of the 2024 lake festival.
The charter was the subject of a radio series in 2025.
The charter was compared with the Alpine charter in a 2025 study.
`;

const DELTA_PLAN = `# The Delta Action Plan and its campaign

The Delta Action Plan was adopted in Sorel in 2015. The Delta Action Plan replaced the Old Shore Plan. The Delta Action Plan is reviewed by the Lake Council every five years. In January 2016 the Lake Council endorsed the plan through Council Decision LC/Dec.41 (V).

## Thematic areas of the plan

According to the partners' guide, the plan covers the following areas, in this order:

1. General principles
2. Clean water
3. Safe harbours
4. Fisheries

## Thematic areas of the Harbour Safety Plan

The Harbour Safety Plan covers the following areas:

1. Lighthouses
2. Pilots
3. Rescue boats
`;

describe('a charter briefing in plain text and a plan with its areas under a heading', () => {
  const ask = askerOf({ 'lake-charter.txt': LAKE_CHARTER, 'delta-plan.md': DELTA_PLAN });

  it('reads "the Kenyan charter" as the charter of Kenya the title names', () => {
    expect(ask('when did the Kenyan lake charter commence').answer).toContain('1 March 2017');
    expect(ask('what was the kenyan lake charter modelled on').answer).toContain('Alpine Water Charter 2009');
  });

  it('finds the "Charter number" fact line for "lake charter number?" among many sentences about the charter', () => {
    const reply = ask('lake charter number?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('No. 88, 2016');
  });

  it('gives the number of a decision asked as "number of the lake council decision …"', () => {
    const reply = ask('number of the lake council decision that endorsed the delta plan?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('LC/Dec.41 (V)');
  });

  it('reads a list indented under "It includes:" as the toolkit\'s list, so its 3rd item can be asked', () => {
    const reply = ask('name the 3rd item in the harbour masters toolkit');
    expect(reply.answer).toContain('inspection guidance');
    expect(reply.answer).toContain('toolkit for harbour masters');
  });

  it('answers "3rd thematic area of the delta plan" from the areas under "Thematic areas of the plan"', () => {
    const reply = ask('3rd thematic area of the delta plan?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Safe harbours');
  });
});

const RIVER_OFFICE = `# The River Office and the Delta Trust Fund

## The Delta Trust Fund

The Delta Trust Fund was set up in 2012. The Delta Trust Fund gives small grants to fishing villages. In 2020 the Delta Trust Fund gave out $2 million in grants.
The Board of the Delta Trust Fund meets twice a year. Most funding for the villages now comes through the Fund.

## The River Office

The River Office opened in Tartu in 2023. The 2023 budget set aside $8 million over four years for the office.
Its first head was Mari Kask.
`;

describe('an office given a budget, beside a Trust Fund that writes "Fund" as a name', () => {
  const ask = askerOf({ 'river-office.md': RIVER_OFFICE });

  it('does not read "funding", typed as the knowledge writes it in lower case, as the name "Fund"', () => {
    const reply = ask('how much budget funding for the river office and over how many yrs');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('$8 million over four years');
  });
});

const HARBOUR_BRIEFS = `# Harbour Council publications and plan

## Briefing papers

The Harbour Council publishes numbered Briefing Papers:

- Briefing Paper 1: Tide tables for small ports (2019)
- Briefing Paper 2: Safety at night (2020)
- Briefing Paper 3: Wetland protection (2021)

At a workshop in 2022, council staff presented papers on the following topics:

1. Harbour lights
2. Pilot training
3. Boat yard funding

## The Harbour Plan

By adopting the Harbour Plan, the ports resolved to act in three areas:

- repair: to repair old piers;
- rescue: to train rescue crews;
- records: to keep shared records of ships.

The Harbour Plan is reviewed every three years.

## The Board

The Harbour Board has seven members. Board members serve a two-year term.
At its 2021 meeting the Board agreed that 12 of the 40 ports had paid their dues.
`;

describe('chat shorthand for numbered papers, a set of words by their letter, and two asks after a comma', () => {
  const ask = askerOf({ 'harbour-briefs.md': HARBOUR_BRIEFS });

  it('reads "BP #3" as Briefing Paper 3, not as the third item of a list of papers', () => {
    const reply = ask('BP #3 topic?');
    expect(reply.answer).toContain('Wetland protection');
    expect(reply.answer).not.toContain('Boat yard funding');
  });

  it('answers "three Rs of the harbour plan?" with the plan\'s three areas, not with "every three years"', () => {
    const reply = ask('three Rs of the harbour plan?');
    expect(reply.answer).toContain('repair');
    expect(reply.answer).toContain('records');
    expect(reply.answer).not.toContain('reviewed every three years');
  });

  it('answers both asks of "harbour board: how many members, how long a term"', () => {
    const reply = ask('harbour board: how many members, how long a term');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('seven members');
    expect(reply.answer).toContain('two-year term');
  });
});

const COUNCIL = `# The Harbour Council

The Harbour Council works with the United Nations and the United Nations Environment Programme.
Council chair Ilse Marten opened the 2024 session in Gdansk.
Piet Vos of the Netherlands chairs the council's fisheries board.
`;

const BOARD_RULES = `# Board rules

Members of the fisheries board serve in a personal capacity, whatever their nationality.
Each member serves a two-year term.
`;

describe('a nationality asked of people the knowledge names with or without their country', () => {
  const ask = askerOf({ 'council.md': COUNCIL, 'board-rules.md': BOARD_RULES });

  it('does not answer "ilse marten nationality?" with a sentence that only names her', () => {
    expect(ask('ilse marten nationality?').answered).toBe(false);
  });

  it('answers a nationality from the sentence that names the country', () => {
    expect(ask('nationality of piet vos').answer).toContain('Netherlands');
  });
});

const ACCORD = `# The River Accord

## What the accord covers

The accord was signed in Riga in 2014. According to the signing announcement, the accord deals with river safety as a whole. Its main areas are:

- **Policy:** action at the national and the regional level.
- **Pilots:** shared training of river pilots.
- **Rescue:** joint rescue teams on the border reaches.
- **Records:** a common register of vessels.

## History

The accord was prepared over two years by the six towns.
The accord replaced an older agreement of 1998.

## Facts

- Signed: 12 May 2014
- Depositary: Riga city council
- Parties: six river towns
`;

describe('a list of labelled areas announced by its lead-in', () => {
  const ask = askerOf({ 'accord.md': ACCORD });

  it('counts the labelled areas in order ("its main areas are:"), as a list and not as the fields of a record', () => {
    const reply = ask('accord areas list, whats the 3rd');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Rescue: joint rescue teams');
    // "Its main areas are" cannot end a sentence: the cut is marked.
    expect(reply.answer).toContain('Its main areas are … The third is');
  });
});

const COUNCIL_MANDATE = `# The Harbour Council

## Mandate

The Harbour Council has its mandate from the Regional Assembly of the Coast.
The council's mandate is to coordinate the work of ports and fishing towns.
The Harbour Council is coordinated by the Port Authority of Gdynia.

## Members

The Fisheries Board and the City Council of Gdynia are members of the Harbour Council.
`;

describe('a yes/no question that names the wrong body', () => {
  const ask = askerOf({ 'council-mandate.md': COUNCIL_MANDATE });

  it('says no, and which body it is, when the knowledge names another where the question puts its own', () => {
    const mandate = ask("is the harbour council's mandate from the city council?");
    expect(mandate.answer).toMatch(/^No\. /);
    expect(mandate.answer).toContain('Regional Assembly of the Coast');
    const coordinator = ask('harbour council is coordinated by the fisheries board right?');
    expect(coordinator.answer).toMatch(/^No\. /);
    expect(coordinator.answer).toContain('Port Authority of Gdynia');
  });
});

const PORT_BOARD = `# Port Board decisions

## Co-chairs

On 8 May 2023 the Port Board endorsed Porto and Faro as co-chairs for 2024.
The Port Board endorsed Porto and Faro as 2023 co-chairs on 2 December 2022.
`;

describe('co-chairs endorsed for one year, and again for the next', () => {
  const ask = askerOf({ 'board.md': PORT_BOARD });

  it('answers "endorse … for 2023" with the endorsement for 2023, not the one "for 2024" made in 2023', () => {
    const reply = ask('when did the port board endorse porto and faro for 2023');
    expect(reply.answer).toContain('2 December 2022');
    expect(reply.answer).not.toContain('8 May 2023');
  });
});
