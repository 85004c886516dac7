import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../src/knowledge-base.js';
import { knowledgeOf } from './helpers/written-knowledge.js';

// A briefing written for these tests, with the forms documents write and chat types otherwise:
// ordinals in words, abbreviated months, codes with padded numbers, "-ification" nouns.
const BRIEFING = `WATER PROTOCOL BRIEFING
=======================

1. RATIFICATION TRACK RECORD
----------------------------

The Water Protocol (W007) entered into force in 2016.
Estonia became the fiftieth country to ratify it, on 17 March 2021.
Latvia was the second ratifying country.

2. MEETINGS
-----------

The first Water Council meeting was this meeting, held in Tartu, Estonia, in May 2015.

The Water Fund was established by the Regional Assembly in July 2010 through decision 64/3, which endorsed the Water Plan.
The Water Fund for Victims of Floods was launched in Tallinn on 4 November 2010.

The Water Council members that met in Riga in 2019 were the following:

- Estonia
- Latvia
- Lithuania

The review meeting took place in Riga in Dec. 2019.
The follow-up meeting took place in Tallinn in June 2020.
`;

const UNRELATED = `# River notes

## Ferries

The ferry crews asked for a review in December 2021 about the timetable.

## Councils

A joint Secretariat, based in Oslo, served both river councils.
`;

// Three documents that mention the Harbour Office Director in passing, in different years.
const HARBOUR_NEWS = `# Harbour news

## The campaign

Speaking in Oslo on 5 March 2009, Harbour Office Director Per Olsen said that every pier needs a guard.
On 6 March 2009, Harbour Office Director Per Olsen visited the northern pier.
`;

const HARBOUR_REPORT = `# Harbour report

## The new pier

In 2021, Harbour Office Director Eva Lund opened the new pier.
The Harbour Office (HO) runs the piers. Two networks are administered by the HO Secretariat.

## The 2022 edition: a quiet year

The 2022 edition recorded something new: in 2020 the number of ferry trips fell, by 11 per cent. Ticket sales fell by 27 per cent in the same year.
`;

let knowledge: KnowledgeBase;

beforeAll(async () => {
  knowledge = await knowledgeOf({
    'water-protocol.txt': BRIEFING, 'river-notes.md': UNRELATED, 'harbour-news.md': HARBOUR_NEWS, 'harbour-report.md': HARBOUR_REPORT,
  });
});

const ask = (question: string) => knowledge.answerer.ask(question);

describe('a user typing forms the documents write otherwise', () => {
  it('reaches "the fiftieth country to ratify" from "50th ratification"', () => {
    const reply = ask('50th ratification - who?');
    expect(reply.answer).toContain('Estonia');
  });

  it('is told "I don\'t know" for a position beyond ten that nothing holds, not given the fiftieth', () => {
    const reply = ask('which country was the 51st to ratify');
    expect(reply.answered).toBe(false);
  });

  it('reaches "W007" from "w7", as chat types a code', () => {
    const reply = ask('when did w7 enter into force');
    expect(reply.answer).toContain('2016');
  });

  it('reaches "Dec. 2019" from "december 2019", and the other way round', () => {
    expect(ask('where was the december 2019 review meeting').answer).toContain('Riga');
    expect(ask('follow-up meeting jun 2020 where').answer).toContain('Tallinn');
  });
});

describe('a user asking who holds a post now, where documents mention holders in passing', () => {
  it('is told the latest one named, not the one a single document mentions most', () => {
    const reply = ask("who's the harbour office director");
    expect(reply.answer).toContain('Eva Lund');
  });
});

describe('a user asking about a year that a sentence gives only by pointing back ("in the same year")', () => {
  it('is answered from it, though its heading names another year', () => {
    expect(ask('how much did ticket sales fall in 2020').answer).toContain('27 per cent');
  });
});

describe('a user asking about an event named by its ordinal', () => {
  it('gets "the first meeting", not the first item of a list of members at a later meeting', () => {
    expect(ask('first water council meeting - where n when').answer).toContain('Tartu');
  });
});

describe('a user asking about a body named by an abbreviation and a common noun ("the HO Secretariat")', () => {
  it('is not told where another secretariat is based', () => {
    expect(ask('where is the ho secretariat based').answered).toBe(false);
  });
});

describe('a user checking whether a body was on a list', () => {
  it('is told "Yes" with the item under its lead-in', () => {
    expect(ask('latvia was at the 2019 riga meeting, right?').answer).toMatch(/^Yes\. .*Latvia/);
  });

  it('is not told "Yes" for a body the list does not hold', () => {
    expect(ask('was poland at the 2019 riga meeting?').answer).not.toMatch(/^Yes/);
  });
});

describe('a user asking when something named in full was done', () => {
  it('gets the sentence where it undergoes the verb, though its name runs on before "was launched"', () => {
    expect(ask('when was the water fund for victims of floods launched?').answer).toContain('4 November 2010');
  });
});
