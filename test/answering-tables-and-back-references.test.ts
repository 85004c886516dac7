import { describe, expect, it } from 'vitest';
import { askerOf } from './helpers/written-knowledge.js';

// Documents written for these tests in layouts that briefing notes use and that no rule was fitted
// to: tables drawn with characters in plain text, sentences that point back ("Its 25 …", "By
// then …"), a full name with a qualifier after a comma, numbered briefs beside briefings, and a
// list whose items are too long to give whole; and questions about what such notes do not say.

const RIVER_PROGRAMME = `RIVER SAFETY PROGRAMME - NOTE FOR STAFF
=======================================

1. COHORTS
----------

The programme runs in cohorts.

  +-------+-----------------------------+---------------------------+
  | Round | Participants                | Focus                     |
  +-------+-----------------------------+---------------------------+
  | 1st   | Delta Boatmen Cooperative,  | life jackets for ferry    |
  | 2019  | a river guild               | crews                     |
  +-------+-----------------------------+---------------------------+
  | 2nd   | Upstream Rescue Trust;      | flood warnings by text    |
  |       | Millbank Schools            | message                   |
  +-------+-----------------------------+---------------------------+
  | 3rd   | Harbour Pilots Union        | night navigation; runs    |
  | 2023  |                             | eleven months             |
  +-------+-----------------------------+---------------------------+

2. MEETINGS
-----------

  Year   Host town            Topic
  -----  -------------------  ---------------------------
  2020   Tarnow               drowning among children and
                              teenagers
  2022   Ostrava              ferry licences

3. THE BOARD
------------

The Board was set up in 2018. Its 14 trustees include ferry owners, teachers and two former
rescue divers.

4. CREWS
--------

The first crews to join were:
  - Delta Boatmen
  - Vistula Ferrymen
Millbank Schools joined a year later, in 2021.

Registered office: 12 Quay Street, Gdansk
Head of the programme during the 2019-2023 rounds: Irena Wolak
`;

describe('a plain-text note with tables drawn in characters', () => {
  const ask = askerOf({ 'river-programme.txt': RIVER_PROGRAMME });

  it('answers from a row of a +---+ grid table whose cells wrap over several lines', () => {
    const reply = ask('how long does the 2023 round run');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('eleven months');
    expect(reply.answer).not.toContain('Delta Boatmen');
    expect(reply.answer).not.toMatch(/\+-{3}|\|/);
  });

  it('gives who took part in a round, read across the wrapped lines of its cells', () => {
    const reply = ask('participants of the 2nd round');
    expect(reply.answered).toBe(true);
    expect(reply.answer).not.toMatch(/\+-{3}|\|/);
    expect(reply.answer).toContain('Upstream Rescue Trust');
    expect(reply.answer).toContain('Millbank Schools');
  });

  it('answers from a table of columns under a rule of dashes, a wrapped cell kept with its row', () => {
    const reply = ask('topic of the tarnow meeting');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('drowning among children and teenagers');
    expect(reply.answer).not.toContain('Ostrava');
  });

  it('ends a list where a new paragraph starts on the next line, with no blank line between', () => {
    const reply = ask('when did millbank schools join');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('2021');
    expect(reply.answer).not.toContain('Vistula Ferrymen');
  });

  it('reads a record line with a long label as a field of its own, not as part of the field above', () => {
    const reply = ask('who is irena wolak');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Head of the programme during the 2019-2023 rounds: Irena Wolak');
    expect(reply.answer).not.toContain('12 Quay Street');
  });

  it('counts "Its 14 trustees": a word opening a sentence before a number is no name with a number', () => {
    const reply = ask('how many trustees were on it');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('14 trustees');
  });
});

const LITERACY_FUND = `# The Harbour Literacy Fund

## Names

The Northern Ports Literacy Fund for Dock Workers and Their Families, Especially Young Children
(NPLF) is run by the port cities together.

## Launch

The Northern Ports Literacy Fund for Dock Workers and Their Families opened in Gdansk on 4 March 2011.

## Move to the city council

The fund's first decade was spent in rented rooms near the docks. On 1 July 2020 the city council
took the fund into its education office. By then the fund had taught 12,000 dock workers to read, in
evening classes at the harbour.

## Briefs

The fund published Brief 02, Reading on the Night Shift, in June 2017. Brief 03, Libraries on the
Quay, followed in September 2018. At a briefing on 3 October 2023, the fund's director spoke about
libraries.

## Aims

The fund has the following aims:

- to give every dock worker and every member of a dock worker's family the chance to learn to read and write in the language of the port where they work;
- to support the libraries, schools and evening classes of the port cities so that reading is taught where dock workers already gather after their shifts;
- to work towards a city where no worker needs help to read a contract, a safety notice or a letter from a school, whatever their age or first language;
- to make good use of existing classrooms, libraries and volunteers, using what the port cities already have before building anything new.
`;

describe('a briefing note with back references, long full names, numbered briefs and a long list', () => {
  const ask = askerOf({ 'literacy-fund.md': LITERACY_FUND });

  it('finds an abbreviation where its full name is written without the qualifier after its comma', () => {
    const reply = ask('nplf opening date');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('4 March 2011');
  });

  it('reads a sentence that opens "By then" with the sentence it points back to, and gives that sentence too', () => {
    const reply = ask('how many dock workers had been taught when the city council took the fund over');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('12,000');
    expect(reply.answer).toContain('On 1 July 2020 the city council took the fund');
  });

  it('gives both briefs of "which came first, brief 02 or 03", reading the bare number as the other brief', () => {
    const reply = ask('which came first, brief 02 or 03');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/^Earlier: .*June 2017[\s\S]*\nLater: .*September 2018/);
  });

  it('does not take "a briefing on 3 October" for brief 3', () => {
    const reply = ask('when brief 3');
    expect(reply.answer).not.toContain('3 October 2023');
  });

  it('gives every item of a list too long to give whole, the long ones cut with "…"', () => {
    const reply = ask('what are the fund aims');
    expect(reply.answered).toBe(true);
    expect(reply.answer.length).toBeLessThanOrEqual(600);
    expect(reply.answer).toContain('to give every dock worker');
    expect(reply.answer).toContain('to make good use of existing classrooms');
    expect(reply.answer).toContain('…');
    expect(reply.answer).not.toContain('more');
  });
});

const QUAY_CHOIR = `# The Quay Choir

## Directors

The director of the Quay Choir, Anna Lind, represented the choir at the 2011 harbour festival.

## The plan

The Quay Plan contains ten key actions for the port choirs.

## Charter

The mayor praised the Harbour Charter in 2012, saying the Harbour Charter adopts a patient approach to teaching singers.
`;

describe('questions whose asked-for fact a note does not give', () => {
  const ask = askerOf({ 'quay-choir.md': QUAY_CHOIR });

  it('does not answer "who took over from X" with X', () => {
    const reply = ask('who took over from anna lind as quay choir director');
    expect(reply.answered).toBe(false);
    expect(reply.answer).not.toContain('Anna Lind, represented');
  });

  it('does not date "charter adopted date" from a sentence where the charter adopts something', () => {
    const reply = ask('harbour charter adopted date');
    expect(reply.answered).toBe(false);
    expect(reply.answer).not.toContain('adopts a patient approach');
  });

  it('does not answer "key action #4" from a sentence that only counts the actions', () => {
    const reply = ask('quay plan key action #4');
    expect(reply.answered).toBe(false);
    expect(reply.answer).not.toContain('ten key actions');
  });
});

const HARBOUR_FUND = `THE HARBOUR FUND
Background brief
================

PROFILE

Name: The Harbour Fund
Founders: Baltic Shipping Trust, Quay Foundation
Inaugural CEO: Marta Nowak (from 2014)

"Our goal is to keep every harbour town's children in school."
    -- Piotr Lis, president and CEO of the Baltic Shipping Trust, at the launch

1. PORTS

Port      | Began        | Main issue
----------+--------------+--------------------------
Gdansk    | January 2014 | dock work by children
Riga      | July 2015    | unsafe ferry work

2. DATED MILESTONES

  Sept 2013     Launch announced at the harbour festival
  Jan. 2014     Nowak arrives in Gdansk with no office yet
  22.12.2023    Agreement signed with the Riga port authority

3. THE 2019 PLEDGES

The pledges were:

  1. Quay Foundation (by then part of the Port Trust): $6m
  2. Baltic Shipping Trust: $5m
  3. City of Gdansk: $2m

4. DATES AT A GLANCE
--------------------
  2011          Harbour school opens in Riga
  2016          First ferry safety course
  June 2019     Night classes begin in Gdansk
`;

describe('a plain-text brief with a pipe table, a timeline in columns and numbered pledges', () => {
  const ask = askerOf({ 'harbour-fund.txt': HARBOUR_FUND });

  it('answers from a row of a table whose columns are parted by "|" over a "----+----" rule', () => {
    const reply = ask('main issue in the riga port');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('unsafe ferry work');
    expect(reply.answer).not.toContain('Gdansk');
  });

  it('reads a timeline of dates and entries set out in columns as one entry per date', () => {
    const reply = ask('agreement with the riga port authority - when');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('22.12.2023');
    expect(reply.answer).not.toContain('Nowak arrives');
  });

  it('reads a timeline right under a heading\'s underline as entries in order', () => {
    const reply = ask('in the dates at a glance, what comes after the first ferry safety course');
    expect(reply.answer).toContain('Night classes begin in Gdansk');
    expect(reply.answer).not.toContain('Harbour school opens');
  });

  it('counts numbered pledges written "Name: amount" as a list, not as a record', () => {
    const reply = ask('whats #2 on the 2019 pledge list');
    expect(reply.answer).toContain('Baltic Shipping Trust: $5m');
  });

  it('answers "who founded it" from its founders', () => {
    const reply = ask('who founded the harbour fund');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Baltic Shipping Trust, Quay Foundation');
  });

  it('reads "first ceo" as asking for a person, and gives the fund\'s own, not a speaker\'s', () => {
    const reply = ask('harbour fund first ceo');
    expect(reply.answer).not.toContain('Piotr Lis');
  });
});

const PAPERS_NOTE = `# The Harbour Papers

## Papers

The overview paper was launched in May 2012 in Gdansk at an event hosted by the port council.
The Safety paper was published in 2014.
In 2014, the Safety paper was launched at the third session of the Conference of Harbour Masters.

## Board

The Board of the Harbour Fund has five members, who are experts in port safety.
Members of the Board serve a three-year term.
`;

describe('questions that ask two things, or where something named happened', () => {
  const ask = askerOf({ 'harbour-papers.md': PAPERS_NOTE });

  it('answers "where was X launched" from the X it names, a named session being where', () => {
    const reply = ask('where was the safety paper launched');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('third session of the Conference of Harbour Masters');
    expect(reply.answer).not.toContain('overview paper');
  });

  it('is never sure of a "launch date" it can give only to the month', () => {
    const reply = ask('overview paper launch date');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('May 2012');
    expect(reply.confidence).toBeLessThan(0.8);
  });

  it('reads a year typed with two digits ("in 14") as the year in full', () => {
    const reply = ask('which paper was published in 14');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('The Safety paper was published in 2014.');
  });

  it('answers both parts of "how many … and how long …", the second about the first one\'s topic', () => {
    const reply = ask('how many ppl on the board and how long is a term');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('five members');
    expect(reply.answer).toContain('three-year term');
  });
});

const HARBOUR_FORUM = `# The Harbour Forum

## Co-chairs

In 2023 the Harbour Office and the Office of the Special Envoy for Children Against Drowning co-chaired the forum.

## Speakers

Anna Berg, Special Envoy for Children Against Drowning, spoke at the forum as co-chair in 2023.

## Staff

Piet Laan was listed as project manager and Dr Mara Holt as Head of the Forum Secretariat.
`;

describe('questions that ask for a person', () => {
  const ask = askerOf({ 'harbour-forum.md': HARBOUR_FORUM });

  it('gives the person a ", name?" question asks for, not the office named in capitals', () => {
    const reply = ask('the special envoy for children against drowning who co-chaired the forum in 23, name?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Anna Berg');
    expect(reply.answer).not.toContain('Harbour Office');
  });

  it('does not answer "who took over from X" with someone merely named beside X', () => {
    const reply = ask('who took over from holt as head of the forum secretariat');
    expect(reply.answered).toBe(false);
    expect(reply.answer).not.toContain('Piet Laan');
  });
});
