import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../src/knowledge-base.js';
import { knowledgeOf } from './helpers/written-knowledge.js';

// A document nobody tuned the answering rules to, asked the way staff type in chat.
const MINUTES = `---
title: Harbour Alliance notes
category: minutes
---

# Harbour Alliance notes

## Chairs

The Harbour Alliance is chaired by the Port Authority of Lisbon.
In March 2024 the Coastal Research Board described Maria Duarte of the Port Authority of Lisbon as Harbour Alliance 2023 chair.
The Coastal Research Board is led by Tomas Berg.
The Alliance members choose the chair by vote every two years.
The harbour master will teach the new inspectors in spring.

## Meetings

- 2023: the Steering Meeting reviewed the Ferry Safety Plan.
- 2024: the Steering Meeting adopted the Ferry Safety Plan.

## Chairs by year

- 2024: the Port Authority of Lisbon chairs the Steering Meeting.
- 2025: the Port Authority of Porto chairs the Steering Meeting (announced on 3 December 2024).

The Ferry Safety Plan was adopted in 2024.
On 14 June 2024 the Steering Meeting adopted the Ferry Safety Plan by consensus.

## Outreach board

In 2025 the Port Workers Union and the Coastal Research Board were co-chairs of the Outreach Board.
The 2025 Chairs' Report of the Outreach Board was published in March 2026.

## Outreach

- 2022 – dock safety
  - The Alliance held an online forum with the Port Workers Union:
    - attended by over 250 participants;
    - opened by the harbour master.
- 2023 – ferry crews
  - Crews were trained on the Ferry Safety Plan.

## Forum

At the 2024 harbour forum, the Alliance co-hosted a panel on ferry safety in Lisbon. Ms Ruiz described the ferry rules of Spain. Mr Okafor, speaking for the Alliance, called for shared inspections with the Port Workers Union.

At a briefing on 3 May 2024, a Port Authority speaker said that crews need more rest.
The same speaker said that ferries should carry two radios.

At the 2023 forum, harbour master Rosa Lima said that the shipping capacity of small ports is a chance and a duty.

The Group of Friends of the Harbour, formed in May 2018 by 12 countries including Chile and Peru, supported the sea trials.
Two inspectors acted as observers of the sea trials: Ana Silva of Brazil and Jonas Berg of Norway.

## What is the Ferry Fund and what does it do?

- **Launched:** 2019, by harbour master Rosa Lima
- **Grants:** up to 5,000 euros per crew

Milestones of the fund:

1. 2019 – the Ferry Fund was launched.
2. 2021 – the Ferry Fund gave its first grants.

## Risks

Ferry crews face several risks. Storms, engine fires and collisions at night cause most injuries.

## Safety gear

The inspectors checked the gear on every ferry in 2024.

"Every ferry should carry two life rafts. Crews must check them every week," said Rosa Lima, the harbour master.

## Delays

Ferry delays fell by 20% in 2024, and crew injuries rose by 3%.

## Repairs

The Repair Office lists the faults that delay ferries most often. The Repair Office pays crews to fix those faults first, within 48 hours.

## The Ferry Fund's launch

The Ferry Fund was launched in Porto on 3 March 2019. Ten crews applied for grants in the same month.
On 20 March 2019 the Port Authority reported that crews welcomed the Ferry Fund two weeks after its launch.

## History

In 2020 the Alliance set up a crew helpline.
The Alliance was formally established in 2016 by five port authorities.

## Partners

The Alliance works with the Northern Ports Fund (NPF) on crew training.
The Alliance is one of the few non-EU bodies that take part in the Coastal Research Board.

## Mandate

The Alliance works under Regional Assembly decision 12/7, which the Regional Assembly adopted in 2019.
The Alliance also follows Harbour Council decision 4/2 on ferry inspections.

## Piers

The General Port Agenda was adopted by the Regional Assembly on 4 April 2018.
Children under 16 may visit the piers only with a guide.
The navigation aids of the piers were renewed in 2020.
`;

let knowledge: KnowledgeBase;

beforeAll(async () => {
  knowledge = await knowledgeOf({ 'harbour.md': MINUTES });
});

const ask = (question: string) => knowledge.answerer.ask(question);

describe('a user asking about a document nobody tuned the bot to', () => {
  it('loads it although its front matter has a field the bot does not read', () => {
    expect(knowledge.status.documents).toBe(1);
  });

  it('is not told who holds one post when asking about another organisation\'s', () => {
    // The Coastal Research Board only describes someone as the Alliance's chair; its own head is Tomas Berg.
    const reply = ask('who chairs the coastal research board');
    expect(reply.answer).not.toContain('Maria Duarte');
  });

  it('gets the day an event happened, not only its year', () => {
    expect(ask('when did the steering meeting adopt the ferry safety plan').answer).toContain('14 June 2024');
  });

  it('gets the fact labelled with the year asked, not one that only mentions that year', () => {
    const reply = ask('who chairs the steering meeting in 2024');
    expect(reply.answer).toContain('Lisbon');
    expect(reply.answer).not.toContain('Porto');
  });

  it('gets a sub-item of a nested list with the item it sits under', () => {
    const reply = ask('the online forum - how many participants');
    expect(reply.answer).toBe('The Alliance held an online forum with the Port Workers Union: attended by over 250 participants');
  });

  it('is corrected when a yes/no question doubts the date ("on 14 July?")', () => {
    expect(ask('was the ferry safety plan adopted on 2 march 2024?').answer).toContain('14 June 2024');
  });

  it('understands an irregular form of a word the document uses ("taught" for "teach")', () => {
    expect(ask('who taught the new inspectors').answer).toContain('harbour master');
  });

  it('is told who spoke at an event, not what the event was ("speaking for" is a verb here)', () => {
    expect(ask('who spoke for the alliance on the ferry panel').answer).toContain('Okafor');
  });

  it('reads "which countries" in the middle of a chat question as the kind of answer wanted', () => {
    expect(ask('observers came from which countries').answer).toContain('Brazil');
  });

  it('is told who did something from a "Label: …, by someone" line, under its heading', () => {
    expect(ask('who launched the ferry fund').answer).toBe('What is the Ferry Fund and what does it do? Launched: 2019, by harbour master Rosa Lima');
  });

  it('gets the sentence before when the answer points back to it ("those faults")', () => {
    expect(ask('what does the repair office pay crews for').answer).toBe('The Repair Office lists the faults that delay ferries most often. The Repair Office pays crews to fix those faults first, within 48 hours.');
  });

  it('is not told that a fund named "Fund" funds anything ("who funds the alliance?")', () => {
    expect(ask('who funds the alliance').answered).toBe(false);
  });

  it('gets the date of the event asked about, not another date in a sentence that mentions it', () => {
    expect(ask('ferry fund launch date').answer).toContain('3 March 2019');
  });

  it('is not given the last item of a list when it asks for an item past its end', () => {
    expect(ask('what is the fifth milestone of the ferry fund').answer).not.toContain('first grants');
  });

  it('reads "11th", "25th" or "#0" as a position and still replies, whatever the list\'s length', () => {
    for (const question of ['the 11th milestone of the fund', 'milestones of the fund: 25th?', 'milestone #0 of the fund']) {
      expect(ask(question).kind).not.toBe('error');
    }
    expect(ask('2nd milestone of the fund').answer).toContain('first grants');
  });

  it('counts "the first … of 2021" among that year\'s items', () => {
    expect(ask('first ferry fund milestone of 2021').answer).toContain('gave its first grants');
  });

  it('keeps a year that names what a yes/no question asks about ("was the 2022 outreach about ferry crews?")', () => {
    expect(ask('was the 2022 outreach about ferry crews?').answer).not.toContain('2023 – ferry crews');
  });

  it('gets the latest holder of a post, not the whole list, when asking who holds it now ("rn")', () => {
    expect(ask('who chairs the steering meeting rn').answer).toContain('Porto');
    expect(ask('who chairs the steering meeting rn').answer).not.toContain('Lisbon');
  });

  it('reads "set up" as "established", and is not told what the subject itself set up ("when was the alliance set up?")', () => {
    const reply = ask('when was the alliance set up');
    expect(reply.answer).toContain('2016');
    expect(reply.answer).not.toContain('helpline');
  });

  it('reads a question word typed last ("… formed when"), and a name made of everyday words as a name', () => {
    expect(ask('group of friends formed when').answer).toContain('May 2018');
  });

  it('declines a "where" that the passages only date ("in March 2019" is not a place)', () => {
    expect(ask('where is the ferry fund repair office').answered).toBe(false);
  });

  it('declines "when is the next …?" when the document only tells of past ones', () => {
    expect(ask('when is the next harbour forum').answered).toBe(false);
  });

  it('is told who spoke for a body, not who spoke about it ("who spoke for the Port Workers Union?")', () => {
    const reply = ask('who spoke for the port workers union');
    expect(reply.answered ? reply.answer : '').not.toContain('Okafor');
  });

  it('does not take "non-EU" for the EU ("is the alliance part of the EU?"): it is the correction, never a yes', () => {
    const reply = ask('is the alliance part of the eu?');
    expect(reply.answer).not.toMatch(/^Yes/);
    if (reply.answered) expect(reply.answer).toContain('non-EU bodies');
  });

  it('declines "when did X become …?" when the document only says what X is', () => {
    expect(ask('when did tomas berg become head of the coastal research board').answered).toBe(false);
  });

  it('is told a number of what a "how many" counts, not another number in the passage', () => {
    expect(ask('how many shelters take part in the repair office scheme').answered).toBe(false);
    expect(ask('how many countries formed the group of friends').answer).toContain('12 countries');
  });

  it('reads a chat initialism as the capitalised name it abbreviates ("RA" for Regional Assembly)', () => {
    expect(ask('RA decision the alliance follows?').answer).toContain('12/7');
    expect(ask('HC decision the alliance follows?').answer).toContain('4/2');
  });

  it('reads initials typed in lower case ("gpa") as the name they abbreviate, though WordNet knows "GPA" in capitals', () => {
    expect(ask('when was the gpa adopted').answer).toContain('4 April 2018');
  });

  it('takes an English word the document does not use as meant, not as a slip ("kids" is not "aids")', () => {
    expect(ask('kids on piers?').answer).toContain('under 16');
  });

  it('reads chat\'s one-letter words ("what r the …")', () => {
    expect(ask('r kids allowed on the piers').answer).toContain('under 16');
  });

  it('is never sure of a comparison one passage can only half settle ("…, same as the alliance?")', () => {
    const reply = ask('did the steering meeting adopt the ferry safety plan by consensus in 2024, same as the alliance?');
    expect(reply.answer).toContain('14 June 2024');
    expect(reply.confidence).toBeLessThanOrEqual(0.75);
  });

  it('tells who said something when the sentence says "the same speaker" after naming one in an opening phrase', () => {
    expect(ask('who said ferries should carry two radios').answer).toContain('Port Authority');
  });

  it('answers a question with a word no document writes ("roughly") when all its other words are answered', () => {
    expect(ask('how often do alliance members pick the chair, roughly').answer).toContain('every two years');
  });

  it('reads a question word with a letter dropped or swapped ("hwen", "whch") as that word', () => {
    // "when" asks for the day: the sentence that gives it, not the year's list item.
    expect(ask('hwen did the steering meeting adopt the ferry safety plan').answer).toContain('14 June 2024');
  });

  it('answers the question inside "can you tell me who …", not whether it can tell ("Yes.")', () => {
    expect(ask('can you tell me who leads the coastal research board').answer).toBe('The Coastal Research Board is led by Tomas Berg.');
  });

  it('reads "who\'d" and "when\'d" as "who did" and "when did"', () => {
    expect(ask("who'd chair the steering meeting in 2025").answer).toContain('Port Authority of Porto');
  });

  it('reads a modal typed without its apostrophe ("shouldnt", "mustnt") as the function word it is', () => {
    expect(ask('how many radios shouldnt ferries go without').answer).toContain('two radios');
  });

  it('reads "who said" as a question about speech, not about its first word ("who said shipping capacity …")', () => {
    expect(ask('who said shipping capacity of small ports is a chance and a duty').answer).toContain('Rosa Lima');
  });

  it('reads "count" or "total number" in a how-many question as what is asked, not as a word to find', () => {
    for (const question of ['group of friends - how many countries (latest count)?', 'total number of countries in the group of friends']) {
      const reply = ask(question);
      expect(reply.answer).toContain('12 countries');
      expect(reply.confidence).toBeGreaterThan(0.8);
    }
  });

  it('reads "co chairs" typed apart as the co-chairs the document writes', () => {
    expect(ask('co chairs 2025?').answer).toContain('Port Workers Union');
  });

  it('finds the irregular past a document writes from the base form typed ("delays fall" → "fell")', () => {
    const reply = ask('how much did ferry delays fall in 2024');
    expect(reply.answer).toContain('20%');
    expect(reply.confidence).toBeGreaterThan(0.8);
  });

  it('gets what a short sentence announces ("… face several risks.") from the sentence after it', () => {
    expect(ask('what risks do ferry crews face').answer).toContain('Storms, engine fires and collisions');
  });

  it('dates a sentence that says "in the same month" by the sentence before it', () => {
    expect(ask('when did ten crews apply for grants').answer).toContain('3 March 2019');
  });

  it('says "Yes" first when the answer states everything a yes/no question claims, and only then', () => {
    expect(ask('did the steering meeting adopt the ferry safety plan on 14 june 2024?').answer).toBe('Yes. On 14 June 2024 the Steering Meeting adopted the Ferry Safety Plan by consensus.');
    expect(ask('the steering meeting adopted the ferry safety plan by consensus, right?').answer).toMatch(/^Yes\. /);
    // A tag in capitals or with a typographic apostrophe is a tag too, cut where it stands though the question holds a ligature.
    expect(ask('the ﬁrst ferry fund was launched in porto, wasn’t it').answer).toMatch(/^Yes\. /);
    expect(ask('the ferry fund was launched in porto, RIGHT?').answer).toMatch(/^Yes\. /);
    expect(ask('did the steering meeting adopt the ferry safety plan in 2023?').answer).not.toMatch(/^Yes/);
  });

  it('reads chat units of time ("what yr") as the words they stand for', () => {
    expect(ask('group of friends formed what yr').answer).toContain('May 2018');
  });

  it('tells who said a quotation in straight quotes whose speaker follows it ("…," said X)', () => {
    const reply = ask('who said every ferry should carry two life rafts');
    expect(reply.answer).toContain('Rosa Lima');
    expect(reply.answer).toContain('two life rafts');
  });

  it('dates what "the same speaker" said by the sentence that named the speaker', () => {
    expect(ask('two radios remark was made at a briefing on what date').answer).toContain('3 May 2024');
  });

  it('declines "what day …?" when the document gives only the year, and answers "when …?"', () => {
    expect(ask('what day was the alliance formally established').answered).toBe(false);
    expect(ask('exact date the alliance was established').answered).toBe(false);
    expect(ask('when was the alliance formally established').answer).toContain('2016');
  });

  it('reads a currency sign as asking for an amount, and declines when none is given', () => {
    expect(ask('total $ of ferry fund grants in 2021').answered).toBe(false);
  });

  it('reads "roughly how many ppl" as a how-many about people, the hedge naming nothing to find', () => {
    expect(ask('roughly how many ppl attended the online forum').answer).toContain('over 250 participants');
  });

  it('is not told about a report labelled with another year when asking about one year\'s chairs', () => {
    // "The 2025 Chairs' Report … was published in March 2026" says nothing of who chaired in 2026.
    expect(ask('outreach board chairs in 2026?').answered).toBe(false);
    expect(ask('port workers union was outreach board chair in 2026 yes?').answer).not.toContain("2025 Chairs' Report");
    // …while "In 2025 the Port Workers Union and … were co-chairs" still corrects a yes/no question's year.
    expect(ask('the coastal research board chaired the outreach board in 2026, right?').answer).toContain('In 2025');
  });

  it('declines a position past the items of the year asked ("… of 2021, what was #2?"), and the list a sentence introduces counts', () => {
    expect(ask('milestones of the fund of 2021, what was #2?').answered).toBe(false);
    expect(ask('milestones of the fund, #2?').answer).toContain('first grants');
  });
});
