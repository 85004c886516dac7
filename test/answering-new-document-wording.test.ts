import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../src/knowledge-base.js';
import { analyseQuestion } from '../src/answer/question.js';
import { buildConcepts } from '../src/answer/query.js';
import { requiredGroups } from '../src/answer/required.js';
import { knowledgeOf } from './helpers/written-knowledge.js';

// A document written for these tests in the words a new document's writer picks ("set up", a
// heading that defines an abbreviation, "Brief 03"), asked in the words chat types instead.
const HARBOUR_PROCESS = `# Port cooperation notes

## Origins

The Harbour Cooperation Process is a regional forum, set up in 2004, where port authorities discuss safety at sea.
The proceeds of its training courses were set up as a fund in 2010.
At the start of 2020 the forum moved its meetings online.

## Regional Support Unit (RSU)

Two co-managers run the unit day to day.

## Staff

The RSU was set up in 2013 to put the cooperation plan into practice.

## Strategy

In 2023 ministers adopted the Lisbon Strategy for Ports, which covers five areas:

1. pilotage
2. towage
3. berthing
4. night navigation
5. port security

## Trustees

Members of the Harbour Board of Trustees serve a three-year term.

## Publications

The forum's guidance manual is called "Every Ship Counts".

The forum has published these briefs:

- 2017: Harbour Brief 02, Safety of Ferries
- 2018: Harbour Brief 03, Pilots and Tugs
- 2019: Harbour Brief 04, Night Navigation

## Harbour Brief 04

Harbour Brief 04 is titled "Night Navigation".
Harbour Brief 04 says that pilots need rest before a night shift.
The sources found do not give the month of Harbour Brief 04.
`;

describe('a new document written in other words than the question', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'harbour-process.md': HARBOUR_PROCESS });
  });
  const ask = (question: string) => kb.answerer.ask(question);

  it('answers "established" and "founded" from a document that writes "set up"', () => {
    expect(ask('when was the RSU established?').answer).toContain('2013');
    expect(ask('harbour cooperation process founded when').answer).toContain('2004');
  });

  it('reads an abbreviation defined in a heading, so the full name reaches the short one', () => {
    const reply = ask('regional support unit - what year set up');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('2013');
  });

  it('mends a typo whose stem the knowledge writes only in another word ("proces", not "proceeds")', () => {
    expect(ask('when was the harbour cooperation proces set up').answer).toContain('2004');
  });

  it('reads a clipped word as the word it starts when a mistyped reading is also possible ("strat")', () => {
    const reply = ask('how many areas in the lisbon strat');
    expect(reply.answer).toContain('five areas');
    // …and surely: "start" alone would leave the strategy half asked for.
    expect(reply.confidence).toBeGreaterThanOrEqual(0.8);
  });

  // A guard: "name of …" no longer asks for a list, and one name must still come back whole.
  it('reads "name of the manual" as asking for one name, not a list', () => {
    const reply = ask('name of the forum guidance manual');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Every Ship Counts');
  });

  it('reads initials and a number typed as one word ("HB03") as the brief they name', () => {
    expect(ask('what is HB03 about').answer).toContain('Pilots and Tugs');
  });

  it('reads "brief #3" as the brief numbered 03, not the third item of some list', () => {
    const reply = ask('harbour brief #3 topic');
    expect(reply.answer).toContain('Pilots and Tugs');
    expect(reply.answer).not.toContain('berthing');
  });

  // A guard beside the next story: a sentence on what the sources lack must not win a tie.
  it('answers what a brief is about from what the document says of it, not from what its sources lack', () => {
    const reply = ask("what's harbour brief 04 about");
    expect(reply.answer).toContain('Night Navigation');
    expect(reply.answer).not.toContain('do not give');
  });

  it('says it does not know, and why, when the document says its sources do not give the fact asked for', () => {
    const reply = ask('harbour brief 4 month');
    expect(reply.answered).toBe(false);
    expect(reply.answer).toBe("I don't know: the sources found do not give the month of Harbour Brief 04.");
    expect(reply.sources[0]?.file).toContain('harbour-process.md');
  });

  it('does not count the trustees with the "three" of a three-year term', () => {
    const reply = ask('how many trustees on the board');
    expect(reply.answered && reply.answer.includes('three-year')).toBe(false);
  });
  it('reads a hyphenated compound the document never writes joined as its words ("write-up", "set-up")', () => {
    expect(ask('per the forum write-up, what is the guidance manual called').answer).toContain('Every Ship Counts');
    expect(ask('rsu set-up year').answer).toContain('2013');
  });
});

describe("asking for someone's post the way chat does", () => {
  const NOTES = `# Port data notes

## The launch

At the launch, Port Data Specialist Lena Fisk said the harbours lacked shared data.
Lena Fisk said the forum was delighted to take part in the first data programme.
John Varga, Director of Port Affairs, opened the meeting.
The Port Data Office has a coordinating role among the harbours.
The Port Data Office (PDO) is a coordination body for harbour data.
Only 12 of the 40 ports contributed to the Port Fund, Tove Ness said in 2013.

## Board

- 2020: Kari Lund of Norway, Director-General of the Coastal Agency.

Tove Ness, a former harbour master, was an earlier chair of the Board, before Kari Lund.
Nora Vik is the first pilot to serve on the Board.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'port-data.md': NOTES });
  });
  const ask = (question: string) => kb.answerer.ask(question);

  it('answers "X job title", "X\'s role" and "what does X do" with the sentence that gives the title', () => {
    expect(ask('lena fisk job title').answer).toContain('Port Data Specialist');
    expect(ask("what is fisk's role").answer).toContain('Port Data Specialist');
    expect(ask('what does john varga do').answer).toContain('Director of Port Affairs');
  });

  it('reads a first name typed one letter off as the name the document writes beside the surname', () => {
    expect(ask('jon varga position').answer).toContain('Director of Port Affairs');
  });

  // A guard here (the starting code passes on this small document; on the shipped one it gave Ezeilo's title for Okah-Donli).
  it("gives someone's own title, written beside their name, not another's title in the same sentence", () => {
    expect(ask('who is kari lund').answer).toContain('Director-General of the Coastal Agency');
  });

  it('answers "what\'s notable abt X" as who X is', () => {
    expect(ask("what's notable abt nora vik").answer).toContain('first pilot');
  });

  it('reads a plea or thanks after the question as no part of it ("pdo meaning pls", "… ? thx")', () => {
    expect(ask('pdo meaning pls').answer).toBe('PDO stands for Port Data Office.');
    expect(ask('who opened the meeting? thx').answer).toContain('John Varga');
  });

  it('reads chat fillers and phrasal verbs in the past ("wait what exactly is", "chipped in")', () => {
    expect(ask('wait what exactly is the pdo').answer).toContain('coordination body');
    expect(ask('who said only 12 ports had chipped in to the port fund').answer).toContain('Tove Ness');
  });

  // A guard: a body's role is not asked as "who is …".
  it("still answers a body's role from what the document says of the body", () => {
    expect(ask("port data office's role").answer).toContain('coordinating role');
  });
});

describe('a yes/no question whose year or count is wrong', () => {
  const CHAIRS = `# Harbour Alliance chairs

## Chairs by year

The Harbour Alliance has had the following chairs:

- 2020: Gdansk (chair)
- 2021: Lisbon and Porto (co-chairs)
- 2022: Lisbon and Vigo (co-chairs)

## Co-chairs in 2021

In 2021 Lisbon and Porto co-chaired the Alliance.
Porto's harbour master spoke as co-chair of the Alliance in 2021.

## Members

The Port of Gdansk joined the Alliance in April 2020.
In 2023 the Alliance had 31 member ports.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'chairs.md': CHAIRS });
  });
  const ask = (question: string) => kb.answerer.ask(question);

  it('corrects the year, though the question ends in "right?", and says no', () => {
    const reply = ask('gdansk joined the alliance in 2019 right?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toBe('No. The Port of Gdansk joined the Alliance in April 2020.');
  });

  it('reads "was the first chair in 2021?" as the first of all, and says no when the first is of another year', () => {
    const wrong = ask('was the first alliance chair in 2021?');
    expect(wrong.answer).toMatch(/^No\. .*The first is: 2020: Gdansk/);
    expect(ask('was the first alliance chair in 2020?').answer).toMatch(/^Yes\. .*The first is: 2020: Gdansk/);
  });

  it('says both what the named one did and what the year asked about says', () => {
    const reply = ask('porto co-chaired w/ lisbon in 2022 right?');
    expect(reply.answer).toContain('In 2021 Lisbon and Porto');
    expect(reply.answer).toContain('2022: Lisbon and Vigo');
    expect(reply.sources.length).toBeGreaterThanOrEqual(1);
  });

  // A guard: a count the question gets wrong is corrected, not a reason to decline.
  it('corrects a count', () => {
    expect(ask('the alliance had 24 member ports in 2023 right?').answer).toContain('31 member ports');
  });
});

describe('a list too long to give whole', () => {
  const BUREAU = `# Harbour Council

## Presidents and Bureau

- **Anna Berg** was President of the Harbour Council in 2014. At the council's tenth-anniversary conference she was described as a former President and was given a special honour for her work on pilot safety and night navigation rules.
- **Carl Moe** was President of the Harbour Council from 2016 to 2020. He led the second round of port evaluations and oversaw the move of the council's secretariat to new offices near the northern harbour entrance.
- **Dina Holt** was re-elected President at the council's 47th meeting in March 2023 for a two-year term. At the same meeting, Eva Lind was re-elected First Vice-President and Finn Ek was elected Second Vice-President of the council.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'bureau.md': BUREAU });
  });

  it('answers with the one item that holds what is asked, rather than a cut-off list', () => {
    const reply = kb.answerer.ask('harbour council vice presidents names');
    expect(reply.answer).toContain('Eva Lind');
    expect(reply.answer).toContain('Finn Ek');
  });
});

describe('a plain-text note that gives its key facts as "Label: value" lines', () => {
  const NOTE = `NORTHERN PORTS CONVENTION (NPC)

Background note for the coordination desk.

KEY FACTS

Short name: NPC
Signed: 14 March 2016 (a Monday)
Place of signing: Tromso, Norway, at the 9th Ports Summit
Entry into force: 2 May 2018
Related target: SDG 14.7, on the sustainable use of marine resources.

HOW IT CAME ABOUT

The NPC was the region's second convention of this kind. The first was the Coastal Safety Convention, signed in Bergen on 3 June 2009.

QUESTIONS AND ANSWERS

Q: Is the NPC the first ports convention of its kind?
A: No. The safety convention signed in 2009 came first, which makes the NPC the second.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'npc.txt': NOTE });
  });
  const ask = (question: string) => kb.answerer.ask(question);

  it('reads a dotted number typed without its dot ("sdg 147" for SDG 14.7)', () => {
    expect(ask('which sdg 147 is it about').answer).toContain('marine resources');
  });

  it('answers from the label line, whose subject is the document\'s, not from a sentence on another convention', () => {
    expect(ask('when was npc signed').answer).toContain('14 March 2016');
    expect(ask('npc signed where').answer).toContain('Tromso');
  });
});

describe('asking whether one is among a group', () => {
  const MEETING = `# Harbour meetings

## The Oslo meeting

The Oslo meeting of May 2008 had the following participating ports:

- Bergen
- Gdansk
- Tallinn

The harbour forum is meant to work by consensus and is grounded in shared safety rules.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'meetings.md': MEETING });
  });
  const ask = (question: string) => kb.answerer.ask(question);

  it('says yes, with the list, when the one named is in it', () => {
    expect(ask('was gdansk one of the oslo participants').answer).toMatch(/^Yes\. .*Gdansk/s);
  });

  it('gives the list without a yes when the one named is not in it', () => {
    const reply = ask('was riga one of the ports at the oslo meeting?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Tallinn');
    expect(reply.answer).not.toMatch(/^Yes/);
  });

  it('reads "supposed to be" as "is"', () => {
    expect(ask('is the harbour forum supposed to be grounded in shared safety rules').answer).toMatch(/^Yes\./);
  });
});

describe('counting what a list names when the document gives no number', () => {
  const HISTORY = `# Harbour forum history

## The first meeting

The Oslo meeting of May 2008 had the following participating ports:

- 2008: Bergen, Gdansk, Tallinn, Riga and Turku (participants of the Oslo meeting)

## Topics

Forum members presented existing briefs on the following topics:

- pilotage
- towage
- berthing
- night navigation

As of 2024, the forum had 12 member ports.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'history.md': HISTORY });
  });
  const ask = (question: string) => kb.answerer.ask(question);

  it('counts the names of a list that gives no number, and shows the list', () => {
    const reply = ask('how many ports were at the oslo mtg');
    expect(reply.answer).toMatch(/^Five in all\. /);
    expect(reply.answer).toContain('Turku');
  });

  // A guard: the count must be of what the list's lead-in introduces.
  it('does not count a list of something else than what is asked ("members presented briefs on the following topics")', () => {
    const reply = ask('how many forum members are there');
    expect(reply.answer).not.toMatch(/in all/);
    expect(reply.answer).toContain('12 member ports');
  });
});

describe('asking when something was done to it', () => {
  const PLAN = `# Harbour Plan of Action

## What the plan is

The Harbour Plan of Action is a regional plan against unsafe shipping, adopted by the Harbour Assembly in July 2010.

## Statements

The President of the Harbour Assembly said in 2011 that the Harbour Plan of Action adopts a safety-first approach.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'plan.md': PLAN });
  });

  it('answers "X adoption date" and "when was X adopted" from where X is adopted, not where X adopts something', () => {
    expect(kb.answerer.ask('harbour plan of action adoption date').answer).toContain('July 2010');
    expect(kb.answerer.ask('when was the hpa adopted').answer).toContain('July 2010');
  });

  it('reads chat\'s "hpa adopted when" as "when was the hpa adopted"', () => {
    expect(kb.answerer.ask('hpa adopted when').answer).toContain('July 2010');
    expect(kb.answerer.ask('harbour plan of action adopted what year').answer).toContain('July 2010');
  });
});

describe('a new document that writes a chat shorthand as a word of its own', () => {
  const MEETINGS = `# Harbour meetings

## Members

As of 2024, the forum had 12 member organizations.
The member organizations meet twice a year.
Two organizations joined in 2023.
Observer organizations may attend without a vote.
`;
  const TECH = `# Data partners

## The accelerator

Its partners there included Amazon, BT and Salesforce.org.
`;
  let before: KnowledgeBase;
  let after: KnowledgeBase;
  beforeAll(async () => {
    before = await knowledgeOf({ 'meetings.md': MEETINGS });
    after = await knowledgeOf({ 'meetings.md': MEETINGS, 'partners.md': TECH });
  });

  it('still reads "orgs" as organizations when another document writes "Salesforce.org"', () => {
    expect(before.answerer.ask('how many member orgs does the forum have').answer).toContain('12 member organizations');
    expect(after.answerer.ask('how many member orgs does the forum have').answer).toContain('12 member organizations');
  });
});

describe('a new document that writes a question\'s plain words as a name', () => {
  const FORUM = `# Harbour forum

## Coordination

The forum is coordinated by the UN Office on Ports (UNOP).
The forum was set up in 2004.
`;
  const EMERGENCIES = `# Port emergencies

## Who leads

The UN Office for the Coordination of Port Affairs leads the emergency work in the region.
`;
  let before: KnowledgeBase;
  let after: KnowledgeBase;
  beforeAll(async () => {
    before = await knowledgeOf({ 'forum.md': FORUM });
    after = await knowledgeOf({ 'forum.md': FORUM, 'emergencies.md': EMERGENCIES });
  });

  it('does not read "UN office coordinates" as that document’s "UN Office … Coordination" when the question capitalises only the names', () => {
    const question = 'Which UN office coordinates the forum?';
    const index = after.answerer.index;
    const shape = analyseQuestion(question);
    const names = requiredGroups(index, buildConcepts(index, question, shape), shape).filter((group) => group.kind === 'name');
    expect(names.map((group) => group.concepts.map((concept) => concept.word))).toEqual([['un']]);
    expect(before.answerer.ask(question).answer).toContain('UN Office on Ports');
    expect(after.answerer.ask(question).answer).toContain('UN Office on Ports');
  });
});

describe('asking for a numbered item in the words of the item itself', () => {
  const RULES = `# Ferry rules

## How the rules are organised

The code holds twelve rules in three parts.
Report HC/10/64 presents the ferry rules to the Harbour Council.
Among the rules, Rule 5 covers cargo and Rule 9 covers fuel.

The first four rules set the tone:

1. Crews wear life jackets whenever they work on deck.
2. Ferries stay in port when a storm warning is issued.
3. Pilots rest for eight hours before a night shift.
4. Captains log every passenger count before departure.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'ferry-rules.md': RULES });
  });

  it('does not answer a count with the numbers of a document symbol ("HC/10/64 presents the ferry rules")', () => {
    // Nothing says how many rules the Council got: the symbol's 64 is no count of them.
    expect(kb.answerer.ask('how many ferry rules did the harbour council get').answer).not.toContain('HC/10/64');
    expect(kb.answerer.ask('how many rules are in the ferry code').answer).toContain('twelve rules');
  });

  it('reads "no. of rules?" as a count, which "Rule 5", "Rule 9" and "the first four rules" do not give', () => {
    expect(kb.answerer.ask('no. of rules?').answer).toContain('twelve rules');
  });

  it('answers "rule #2 - storm warning, where do ferries have to stay?" with the second rule, though its lead-in says only "rules"', () => {
    const reply = kb.answerer.ask('rule #2 - storm warning, where do ferries have to stay?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Ferries stay in port when a storm warning is issued');
  });
});

describe('asking for a year the way chat does', () => {
  const REPORTS = `# Lighthouse reports

## The yearly report

The first Lighthouse Report came out in July 2001.
The report covers more coasts with every edition; the tenth edition covered 40 coasts.

## The survey

The first coastal survey was released in 2005, five years after the trust began its work.

## Joint work

The first joint study of the Lighthouse Trust took ten years of work and came out in 2010.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'reports.md': REPORTS });
  });

  it('reads a fragment ending in "yr" as asking for the year, not for the word "year" (nor "month" for "which month"), and is sure of a passage that gives it', () => {
    // The joint study writes "first" and "years": the word "year" must not count for it.
    for (const question of ['lighthouse report first yr', 'what year did the first lighthouse report come out', 'which month did the first lighthouse report come out']) {
      const reply = kb.answerer.ask(question);
      expect(reply.answer).toBe('The first Lighthouse Report came out in July 2001.');
      expect(reply.confidence).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('asking where something comes from', () => {
  const MANDATE = `# Harbour Council

## Mandate

The Harbour Council has its mandate from the Assembly of Coastal States.
The Council's mandate is to improve cooperation among port authorities.

## Offices

The Harbour Council has offices in Lisbon and Porto.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'council.md': MANDATE });
  });

  it('reads "where does X get its mandate from" as asking for its source, which need not be a place', () => {
    const reply = kb.answerer.ask('where does the harbour council get its mandate from');
    expect(reply.answer).toContain('Assembly of Coastal States');
    expect(reply.answer).not.toContain('offices');
  });
});

describe('a year that dates one word of the question', () => {
  const ENDORSEMENTS = `# Harbour Alliance endorsements

## Chairs

On 8 November 2023 the Alliance board endorsed Lisbon and Porto as co-chairs for 2024.
The Alliance board endorsed Lisbon and Porto as 2023 co-chairs on 2 December 2022.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'endorsements.md': ENDORSEMENTS });
  });

  it('answers "when were they endorsed as the 2023 co-chairs" from the co-chairs of 2023, not the endorsement made in 2023 for 2024', () => {
    const reply = kb.answerer.ask('when were lisbon & porto endorsed as the 2023 co-chairs');
    expect(reply.answer).toBe('The Alliance board endorsed Lisbon and Porto as 2023 co-chairs on 2 December 2022.');
  });
});

describe('two words the document writes apart, typed as one', () => {
  const RANKINGS = `# Harbour rankings

## Tiers

A harbour on the Safety Watch List for two years in a row drops to the lowest tier.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'rankings.md': RANKINGS });
  });

  it('reads "watchlist" as the "Watch List" the document writes', () => {
    expect(kb.answerer.ask('how many yrs on the watchlist before a harbour drops').answer).toContain('two years in a row');
  });
});

describe('a short quotation with full stops inside it', () => {
  const CAMPAIGN = `# Harbour safety campaign

## Relaunch

In 2013 the ministry relaunched the campaign under the motto "One Harbour. One Crew. Safe Water." The relaunch brought six radio spots.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'campaign.md': CAMPAIGN });
  });

  it('gives a motto whole, not cut at its first full stop', () => {
    expect(kb.answerer.ask('motto of the 2013 relaunch').answer).toContain('"One Harbour. One Crew. Safe Water."');
  });
});

describe('a count asked as "X count" or answered by a list of yearly numbers', () => {
  const MEMBERSHIP = `# Harbour Alliance membership

## Members over time

The number of Harbour Alliance member ports has grown over the years, as follows:

- 2019: 24 ports (December 2019)
- 2021: nearly 30 ports (July 2021)

## Resolution

In 2007, Resolution 12/80 gave the Port Office a coordinating role within the Alliance.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'membership.md': MEMBERSHIP });
  });

  it('answers "member count 2019" and "how many members in 2019" from the item the lead-in says counts members', () => {
    for (const question of ['alliance member count 2019', 'how many members did the alliance have in 2019']) {
      expect(kb.answerer.ask(question).answer).toContain('24 ports');
    }
  });

  // A guard: reading "X count" as a count must not answer it from a sentence that counts no X.
  it('does not answer a "vote count" with a sentence that counts no votes', () => {
    expect(kb.answerer.ask('vote count on resolution 12/80').answered).toBe(false);
  });
});

describe('a yes/no question that one sentence answers word for word', () => {
  const MEMBERS = `# Harbour Alliance members

## Members

The Nordic Pilots Association (NPA) joined the Harbour Alliance in 2016.
The NPA says it is one of the few non-state members invited to take part in the Harbour Alliance.
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'members.md': MEMBERS });
  });

  it('confirms "did the NPA join the harbour alliance in 2016?" with the sentence that says so', () => {
    expect(kb.answerer.ask('did the npa join the harbour alliance in 2016?').answer).toBe('Yes. The Nordic Pilots Association (NPA) joined the Harbour Alliance in 2016.');
  });
});

describe('a "how many" that only dates and document numbers cannot answer', () => {
  const EVENTS = `# Harbour events

## Key dates

| Date | Event |
|---|---|
| 27–28 May 2010 | Lisbon seminar on port safety (resolution 11/3 of June 2009) |
| 4 June 2012 | Porto workshop on pilotage |
`;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await knowledgeOf({ 'events.md': EVENTS });
  });

  it('declines "how many took part in the 2010 lisbon seminar": "27–28 May" and "11/3" count no one', () => {
    expect(kb.answerer.ask('how many took part in the may 2010 lisbon seminar on port safety').answered).toBe(false);
  });
});
