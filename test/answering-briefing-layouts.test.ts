import { describe, expect, it } from 'vitest';
import { askerOf } from './helpers/written-knowledge.js';

// Documents written for these tests in the layouts briefing writers use (short headings that the
// sentences below never repeat, hashtags, block quotations signed on the next line, numbered
// rankings of "Country: value" lines, plain-text runs of "2009 - …" lines), asked as chat asks.

const LIGHTHOUSE_NETWORK = `# The Coastal Lighthouse Network: briefing note

## Founding

The Coastal Lighthouse Network was established in 2004 by six harbour towns.

## Agenda 2030 for the Coast

The coastal towns adopted Agenda 2030 for the Coast on 12 May 2016.

## Beacon Day

14 March is National Lighthouse Day. On that date the network runs #LightTheCoast, its biggest awareness event of the year.
Keepers are asked to leave every lamp on from dusk to dawn.

## The 2019 relaunch

The refresh brought a new logo, a new website and four public service announcements.

## Briefings

The network briefed port authorities in Gdansk in June 2018 and in Lisbon in October 2018.
Belarus helped organise the 2018 briefings.

## Proposals

The network received 40 proposals for new beacons in 2021.

## Method

The 2023 ranking is built in three parts:

1. Counting lamps: every lamp in use is counted.
2. Measuring range: how far each beam reaches in clear weather.
3. Assessing upkeep: the repairs each town made in a year.

## The 2023 edition

Brightest coasts (lamps per 100 km):

1. Norway: 41.2
2. Portugal: 37.9
3. Ireland: 30.4
4. Chile: 28.8

## On the record

> "Every dark mile of coast is a risk we have chosen to take."
> Ana Ferreira, Network Coordinator, Coastal Lighthouse Network (3 May 2021, at the Porto conference)

## Leadership

The network is led by the Chief Keeper of the Coast. At the time of the 2024 report this was **Cindy Marsh**. The Senate confirmed her unanimously in December 2022, and the President appointed her.

## Survey

The Multiple Beam Estimation (MBE) method compares the counts of two independent surveys.
`;

describe('a briefing note whose headings carry what its sentences do not repeat', () => {
  const ask = askerOf({ 'lighthouse-network.md': LIGHTHOUSE_NETWORK });

  it('answers from under the heading that names the topic, though the sentence never writes it', () => {
    const reply = ask('2019 relaunch - what came with it');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('four public service announcements');
  });

  it('reads initials typed in capitals as initials, not as a word cut short ("PSAs" is no "proposals")', () => {
    const reply = ask('how many PSAs in 2021');
    expect(reply.answered).toBe(false);
    expect(reply.answer).not.toContain('40 proposals');
  });

  it('reads a hashtag as its words ("#LightTheCoast" is "light the coast"), and the date the sentence points back to', () => {
    const reply = ask('light the coast - when');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('14 March');
    expect(reply.answer).toContain('#LightTheCoast');
  });

  it('gives the speaker of a block quotation signed on the line below it', () => {
    const reply = ask("who said every dark mile of coast is a risk we've chosen");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Ana Ferreira');
    expect(reply.answer).toContain('Every dark mile of coast');
  });

  it('counts a numbered ranking of "Country: value" lines by position, from the list the question names', () => {
    const reply = ask('#2 on the 2023 brightest coasts list?');
    expect(reply.answer).toContain('Portugal: 37.9');
    expect(reply.answer).not.toContain('Measuring range');
  });

  it('answers "which came first, A or B" from when each began, earlier first', () => {
    const reply = ask('which came first, the coastal lighthouse network or agenda 2030 for the coast?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/^Earlier: .*2004[\s\S]*\nLater: .*2016/);
  });

  it('reads whom "her" means from the sentence before, though it does not open the paragraph', () => {
    const reply = ask('marsh confirmed by senate when');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('December 2022');
  });

  it('spells out an abbreviation asked about "in" some part of the document', () => {
    expect(ask('what does MBE stand for in the survey section').answer).toBe('MBE stands for Multiple Beam Estimation.');
  });

  // A guard: the kind of place asked for ("govt") is answered by a place named, without the word.
  it('answers "which govt …" with the country that did it', () => {
    const reply = ask('which govt helped organise the 2018 briefings to port authorities');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Belarus');
  });
});

const HOTLINE_NOTE = `HARBOUR SAFETY LINE - BACKGROUND NOTE
=====================================

ORGANISATION AT A GLANCE
------------------------

Name: Harbour Watch (formerly Harbour Watch Project)
Founded: 2002
Founders: Maria Costa and Peter Lind
EIN: 03-0391561
Chief Executive Officer (registry profile, 2023): Hanna Berg

CONTACT
-------

Phone: 1-800-555-0199
Text: 44455 (spelled HARBR)

CALLS
-----

Calls in 2008: 5,748 (roughly 479 a month, first full year)
Calls in 2012: 20,000

AWARDS
------

The Harbour Watch Award was instituted in 1995 to honour crews who save lives at sea.
Winners of the Harbour Watch Award include:
2007 - Crew of the Maria Sofia (MS), Gdansk, for a night rescue in a storm
2009 - Lisbon Pilots, for their work in the Tagus estuary
2012 - Porto Tug Team, for a rescue off the coast

TIMELINE
--------

1998-05-02 - Harbour Watch opens its first office in Gdansk
2004 - Anna Wolska becomes the first director of Harbour Watch; she led it
       until 2011
2011 - Piotr Nowak takes over, and stays 12 years, the longest of any
       director
2023 - Eva Lind becomes director

Q&A
---

Q: Anything in parliament since?
A: On Nov. 29, 2023 Harbour Watch came out against H.R. 2601, the Harbour Safety Line Enhancement Act.
`;

describe('a plain-text note with records, contact lines and a dated run of lines', () => {
  const ask = askerOf({ 'harbour-watch.txt': HOTLINE_NOTE });

  it('reads a record whose labels carry a note in brackets or are capitals, and answers "co-founders"', () => {
    const reply = ask('who were the co-founders of harbour watch project');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Maria Costa and Peter Lind');
  });

  it('keeps "H.R. 2601" in the sentence it stands in, not cut at its initials', () => {
    expect(ask('HR 2601 - harbour watch for or against').answer).toContain('came out against H.R. 2601');
  });

  it('reads "txt" as "text"', () => {
    expect(ask('txt line').answer).toContain('44455');
  });

  it('reads "in first full yr" as the year a figure is for, not a question for a year', () => {
    expect(ask('avg calls/month in first full yr').answer).toContain('479');
  });

  it('reads lines of "2009 - …" after a lead-in as a list, and answers from its item', () => {
    const reply = ask('2009 harbour watch award winner + where they work');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('2009 - Lisbon Pilots');
    expect(reply.answer).not.toContain('2012 - Porto');
  });

  it('reads a timeline of "year - event" lines, each perhaps wrapped onto an indented line, as one entry per event', () => {
    const reply = ask('longest serving harbour watch director');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Piotr Nowak');
    expect(reply.answer).not.toContain('Eva Lind');
  });

  it('corrects a wrong year with the item of the one named, though the list has an item of the year claimed', () => {
    const reply = ask('MS crew got the harbour watch award in 2009 didnt they');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('2007 - Crew of the Maria Sofia');
    expect(reply.answer).not.toContain('2012 - Porto');
  });
});

const ALLIANCE = `---
title: Harbour Alliance - who runs it
as_of: 2025-01
---

# Harbour Alliance: who runs it

## Abbreviations

The International Centre for Port Safety Development (ICPSD) trains harbour pilots.
The Baltic Ports Organisation (BPO) speaks for the ports of the Baltic Sea.

## Co-chairs in 2024

In 2024 Gdansk and Lisbon co-chaired the Alliance for the second year running.

## Co-chairs by year

The Alliance has had the following co-chairs:

- 2023: Gdansk and Lisbon
- 2024: Gdansk and Lisbon
- 2025: Porto and Vigo

## People

Tom Berglund, Director General of ICPSD, was named as Alliance co-chair in 2022.

## Plans

On 15 December 2020 the Alliance Principals endorsed the joint Alliance Plan of Action.

On 15 November 2021 the Alliance Principals endorsed a joint statement on the Global Plan of Action.
The Global Plan of Action was adopted in 2010.

## Estimates

In 2017 the Alliance and the Baltic Ports Organisation (BPO) launched the first Harbour Estimates, in partnership with the International Centre for Port Safety Development (ICPSD).
`;

describe('chat questions about who runs a body, typed loosely', () => {
  const ask = askerOf({ 'alliance.md': ALLIANCE });

  it('does not take a sentence dated "In 2024 …" for the year asked, though its document is as of 2025', () => {
    const reply = ask("who's running the alliance as co-chairs in 2025");
    expect(reply.answer).toContain('Porto and Vigo');
    expect(reply.answer).not.toContain('In 2024');
  });

  it('does not confirm a claim about one plan with a sentence about another plan of the same name\'s tail', () => {
    const reply = ask('the principals endorsed the alliance plan of action in nov 2021 correct?');
    expect(reply.answer).not.toMatch(/^Yes/);
  });

  it('spells out initials typed with two letters swapped ("ICPDS" for ICPSD)', () => {
    expect(ask('ICPDS stands for?').answer).toBe('ICPSD stands for International Centre for Port Safety Development.');
  });

  it('answers "which org …" with the sentence that names the organisation, after a name typed one letter off', () => {
    const reply = ask('Berglund - which org was he heading');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Director General of ICPSD');
  });

  it('reads "which 2 organisations" as asking for two of them, not for a "2" the answer writes', () => {
    const reply = ask('which 2 organisations did the alliance launch the harbour estimates with');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Baltic Ports Organisation');
  });
});
