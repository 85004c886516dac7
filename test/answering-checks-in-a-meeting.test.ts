import { describe, expect, it } from 'vitest';
import { askerOf } from './helpers/written-knowledge.js';

// Documents written for these tests. First, a network's notes: where its heads first met, who
// came to its founding meeting, where its board first sat. Staff check facts with yes/no questions
// that get one place or one name wrong ("first heads mtg was in oslo no?"): the knowledge answers
// the question that part stands for ("where …?"), and that answer says no.
// The same notes list the co-chairs by year and say when a toolkit came out: "who were the
// co-chairs when the toolkit was presented" is answered from the two together. A total given
// "As of March 2021" is no answer about 2020.
// Then a plain-text note on ministerial meetings: a column table under its lead-in, notes on the
// meetings in a dash list after it, a work plan adopted by a resolution whose symbol has a full
// stop inside it ("HA/RES. 2551"), and a "Second Work Plan" that staff call the "2nd work plan".

const FJORD_NOTES = `# Fjord Network notes

## Heads of the network

The heads of the Fjord Network's member agencies met for the first time on 4 May 2019 in Bergen.
That meeting adopted eight decisions on shared patrols.

## Founding meeting

The founding meeting of the network, in March 2015, had the following participating organizations:

- Coast Guard Office
- Harbour Pilots Union
- Salmon Farmers Council

## Observers

The network's observers are:

- Seal Hunters Guild
- Lighthouse Keepers Society

## Co-chairs

The network's co-chairs have been the following:

- 2019: the Coast Guard Office and the Harbour Pilots Union
- 2020: the Ferry Operators Forum and the Ice Pilots Network

The 2019 plenary endorsed the Ferry Operators Forum and the Ice Pilots Network as the next co-chairs.

## Publications

The Fjord Safety Toolkit was presented to the member agencies in October 2020.

## Committees

The Salmon Farmers Council also chairs the Fjord Network Safety and Outreach Committee (SOC).

## Grants

In April 2020 the network's small fund opened its first call for proposals.
As of March 2021, the fund had awarded 4.8 million euros in grants to more than 90 crews.
In 2022 the fund awarded grants to 12 crews from five ports.

## Board

The network's Board of Trustees held its inaugural meeting in Tallinn on 3 February 2016.
The new Board of 2021 held its first meeting on 30 October 2021.
`;

const HARBOUR_NOTE = `HARBOUR AUTHORITIES OF THE NORTH
================================

Briefing note on the ministerial meetings and the work plan.


1. GATHERINGS
-------------

The ministerial meetings held so far were:

    No.  Dates              City          Host country
    ---  -----------------  ------------  ------------
    I    14-17 March 2006   Bergen        Norway
    II   25-27 March 2009   Riga          Latvia
    III  15-16 May 2012     Tallinn       Estonia

  - Meeting II was co-sponsored by the Governments of Latvia and Lithuania.
  - Meeting III produced a rapporteur's report on pilotage.


2. THE WORK PLAN
----------------

The first Work Plan of the Harbour Authorities was adopted by the Council as HA/RES. 2551 (XL-O/10) on 8 June 2010. It drew on the conclusions of the first two meetings.

The Second Work Plan, for 2015-2018, was approved at the Tallinn meeting. Its objectives are:

1. Chart the northern shipping lanes
2. Train harbour pilots together
3. Share port inspection reports
`;

/** The Fjord Network notes, loaded once for every story about them. */
const ask = askerOf({ 'fjord-network.md': FJORD_NOTES });

describe('a colleague checking a fact with one place or name wrong', () => {

  it('hears "No" and where the meeting really was ("first heads mtg was in oslo no?")', () => {
    const reply = ask('first heads mtg was in oslo no?');
    expect(reply.answer).toMatch(/^No\. /);
    expect(reply.answer).toContain('Bergen');
    expect(reply.confidence).toBeLessThan(0.8);
  });

  it('hears "No" and where the board first met ("did the first board meet in helsinki?")', () => {
    const reply = ask('did the first board meet in helsinki?');
    expect(reply.answer).toMatch(/^No\. /);
    expect(reply.answer).toContain('Tallinn');
  });

  it('hears "No" and who did come, for a body named that was not at a meeting ("was the seal hunters guild at the founding meeting?")', () => {
    const reply = ask('was the seal hunters guild at the founding meeting?');
    expect(reply.answer).toMatch(/^No\. /);
    expect(reply.answer).toContain('Coast Guard Office');
  });

  it('is not told "Yes" by a sentence whose year dates something else ("the 2019 plenary endorsed … as the next co-chairs")', () => {
    const reply = ask('the ferry operators forum and the ice pilots network were the co-chairs in 2019, right?');
    expect(reply.answer).not.toMatch(/^Yes\b/);
  });

  it('is not told "No" when the place is right ("was the first heads mtg in bergen?")', () => {
    const reply = ask('was the first heads mtg in bergen?');
    expect(reply.answer).not.toMatch(/^No\b/);
    expect(reply.answer).toContain('Bergen');
  });
});

describe('a colleague asking who holds a post in a body with committees of its own', () => {

  it('is given the network\'s co-chairs, not the chair of one of its committees ("who chairs the fjord network")', () => {
    const reply = ask('who chairs the fjord network');
    expect(reply.answer).not.toContain('Salmon Farmers Council');
    expect(reply.answer).toContain('Ice Pilots Network');
  });
});

describe('a colleague counting back from the end of a list', () => {

  it('gets the item before the last, not the second ("second-to-last org at the founding meeting")', () => {
    const reply = ask('second-to-last org at the founding meeting');
    expect(reply.answer).toContain('Harbour Pilots Union');
    expect(reply.answer).toContain('second from last');
  });

  it('reads "penultimate" and "3rd from the end" the same way', () => {
    expect(ask('founding meeting participants, penultimate one').answer).toContain('Harbour Pilots Union');
    expect(ask('3rd from the end of the founding meeting participants').answer).toContain('Coast Guard Office');
  });
});

describe('a colleague asking about the time another fact sets', () => {

  it('hears who co-chaired in the year the toolkit came out, and when that was ("who were the co-chairs when the toolkit was presented")', () => {
    const reply = ask('who were the co-chairs when the toolkit was presented');
    expect(reply.answer).toContain('Ferry Operators Forum');
    expect(reply.answer).toContain('October 2020');
    expect(reply.answer).not.toContain('Coast Guard Office');
    expect(reply.confidence).toBeLessThan(0.8);
  });

  it('reads "during" an event as its time too ("which co-chairs were there during the fund\'s first call for proposals")', () => {
    const reply = ask("which co-chairs were there during the fund's first call for proposals");
    expect(reply.answer).toContain('Ice Pilots Network');
    expect(reply.answer).toContain('April 2020');
  });
});

describe('a colleague asking about one year where the notes give a figure as of another', () => {

  it('hears "I don\'t know" rather than a total dated March 2021 ("how much did the fund award in grants in 2020")', () => {
    expect(ask('how much did the fund award in grants in 2020').answered).toBe(false);
  });

  it('hears "I don\'t know" when asked a sum and the notes only count ("how much did the fund award in 2022")', () => {
    expect(ask('how much did the fund award in 2022').answered).toBe(false);
    expect(ask('how many crews got grants in 2022').answer).toContain('12 crews');
  });

  it('still gets the total for the year it is dated ("how much had the fund awarded in grants by march 2021")', () => {
    expect(ask('how much had the fund awarded in grants by march 2021').answer).toContain('4.8 million euros');
  });
});

describe('a plain-text note with a table of meetings, notes on them, and a resolution symbol', () => {
  const askHarbour = askerOf({ 'harbour-authorities.txt': HARBOUR_NOTE });

  it('answers from the note under the table, without the table\'s last row ("who co-sponsored meeting II")', () => {
    const reply = askHarbour('who co-sponsored meeting II');
    expect(reply.answer).toContain('Lithuania');
    expect(reply.answer).not.toContain('Tallinn');
  });

  it('keeps the table\'s lead-in with every row, not only the first ("ministerial meeting in riga: when?")', () => {
    expect(askHarbour('ministerial meeting in riga: when?').answer).toContain('25-27 March 2009');
  });

  it('reads "2nd work plan" as the plan the note calls the Second Work Plan, not a list\'s second item ("2nd work plan covers what yrs")', () => {
    const reply = askHarbour('2nd work plan covers what yrs');
    expect(reply.answer).toContain('2015-2018');
    expect(reply.answer).not.toContain('Train harbour pilots');
  });

  it('still finds an item by its position in the plan it names ("the 2nd work plan\'s 3rd objective")', () => {
    expect(askHarbour("the 2nd work plan's 3rd objective").answer).toContain('Share port inspection reports');
  });

  it('gives a resolution symbol whole, full stop and number ("res number of the first work plan?")', () => {
    expect(askHarbour('res number of the first work plan?').answer).toContain('HA/RES. 2551');
  });
});
