import { describe, expect, it } from 'vitest';
import { askerOf } from './helpers/written-knowledge.js';

// A document written for these tests: a harbour pilots' association's notes, with a meeting on the
// margins of a forum, a fund named with and without its short form, a training institute whose
// name is written only in brackets, quotations attributed in brackets under block quotes, and
// committees beside boards. Staff type long messages with their own story first or last ("Covering
// for Jonas this week …", "… asking because im updating the history page"), ask for short and full
// forms, recall quotations in their own words, and type shorthand ("cttee", "per", "who're").

const PILOT_NOTES = `# The North Sea Pilots' Association (NSPA): notes for new staff

## Origins

The North Sea Pilots' Association was founded in Esbjerg in 2004.
The Presidents of the Esbjerg and Bergen pilot guilds signed its founding charter.
In 2012 interested members met in Bergen to revive the association's working groups.
The 2012 Bergen meeting was held on the margins of the 9th session of the Coastal Forum.

## Leadership

Anneke de Vries, Secretary General of the NSPA and chair of the Safety Board, opened the 2018 Rotterdam meeting.
In 2019 the Rotterdam office and the Hamburg office co-chaired the association, its first co-chairs.

## History

The association's history note was written by its first Director in 2006; each week of that year it covered one port, line by line.
The Director sends a thank-you letter to each retiring pilot, and the letter names the pilot's years of service.
The association's site has a page for each board and a page for each office.
The permanent staff of the Rotterdam office number twelve; its personnel also include seasonal pilots.

## Training

Courses are run by the Pilot Training Institute (Loodsschool), which the association set up in 2008.
Captain Ruth Maas chairs the Training Committee, which meets every March.
Jan Vos chairs the Training Board, which meets every May.

### Loodsschool figures

- 2020: the Loodsschool trained 40 new pilots.
- 2021: the Loodsschool added night courses.

## Safety

At the 2019 Hamburg meeting, Jonas Berg, Safety Officer of the NSPA, said: "Fog, not storms, causes most of our accidents at sea."
The Safety Board publishes a yearly report on accidents and near misses.

### Piet Smit

Smit was Secretary of the Safety Board until 2020. Asked about training, he said:

> "No pilot boards a ship alone in the first year." (Piet Smit, Safety Board Secretary)

### Maren Olsen

Olsen became Secretary of the Safety Board in 2021. In a 2022 interview she described the board's work:

> "We read every near miss, because a near miss is an accident that has not happened yet." (Maren Olsen, Safety Board Secretary)

## The Pilot Fund

The Pilot Fund was launched in June 2010 to support injured pilots.
The Board of the Pilot Fund has five members, who serve a three-year term.

## The Relief Fund for Injured Pilots

The Relief Fund for Injured Pilots helps the families of injured pilots through small grants.

## Names

Since 2011 the fund has been the North Sea Relief Fund for Injured Pilots (NSRF).
`;

describe('a colleague covering for someone, telling their story before they ask', () => {
  const ask = askerOf({ 'pilots.md': PILOT_NOTES });

  it('is answered though the story comes first ("Covering for Jonas this week … Which session of the forum was that?")', () => {
    const reply = ask('Covering for Jonas this week and finishing his history note for the Director. He has a line about members meeting in Bergen in 2012 to revive the working groups, on the margins of the Coastal Forum. Which session of the forum was that?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('9th session');
  });

  it('is answered when the story is told in the first person ("I\'m writing up the page for our site …: how many members sit on the pilot fund board")', () => {
    const reply = ask("I'm writing up the page for our site and want it kept short: how many members sit on the pilot fund board and how long do they serve?");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('five members');
  });

  it('is answered when the story comes after the question ("when was the pilot fund launched? asking because im updating the history page …")', () => {
    const reply = ask('when was the pilot fund launched? asking because im updating the history page on our site this week');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('June 2010');
  });

  it('gets the full form when the story follows a comma ("nspa full name pls, writing it out in a letter to the mayor")', () => {
    expect(ask('nspa full name pls, writing it out in a letter to the mayor').answer).toContain("North Sea Pilots' Association");
  });

  it('still hears "I don\'t know" when the story names a fact the notes never give ("I\'m drafting a history note for our director. When was the fund\'s first board meeting?")', () => {
    expect(ask("I'm drafting a history note for our director. When was the fund's first board meeting?").answered).toBe(false);
  });
});

describe('a colleague asking for a short form', () => {
  const ask = askerOf({ 'pilots.md': PILOT_NOTES });

  it('gets the full form of a name the notes write only in brackets after it ("what does loodsschool stand for")', () => {
    const reply = ask('what does loodsschool stand for');
    expect(reply.answer).toContain('Pilot Training Institute');
  });

  it('gets the short form from the passage that writes it, not the one ranked first that only names the fund ("abbrev for the relief fund for injured pilots?")', () => {
    const reply = ask('abbrev for the relief fund for injured pilots?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('NSRF');
  });
});

describe('a colleague asking for people by name', () => {
  const ask = askerOf({ 'pilots.md': PILOT_NOTES });

  it('is not told with confidence that offices are the names asked for ("what are the names of the presidents … who signed the charter?")', () => {
    const reply = ask('what are the names of the presidents of the esbjerg and bergen guilds who signed the charter?');
    expect(reply.confidence).toBeLessThan(0.8);
  });

  it('still gets the offices, with confidence, when asked who signed ("who signed the founding charter")', () => {
    const reply = ask('who signed the founding charter');
    expect(reply.answer).toContain('Presidents of the Esbjerg and Bergen pilot guilds');
    expect(reply.confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe('a colleague recalling a quotation in their own words', () => {
  const ask = askerOf({ 'pilots.md': PILOT_NOTES });

  it('gets the speaker ("who said it\'s mostly fog and not bad weather behind the crashes")', () => {
    const reply = ask("who said it's mostly fog and not bad weather behind the crashes");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Jonas Berg');
    expect(reply.confidence).toBeLessThan(0.8);
  });

  it('gets the speaker a bracketed line names under a block quotation, though the lead-in says only "she" ("who said a near miss is an accident that has not happened yet")', () => {
    const reply = ask('who said a near miss is an accident that has not happened yet');
    expect(reply.answer).toContain('Maren Olsen');
    expect(reply.answer).not.toContain('Piet Smit');
  });

  it('still hears "I don\'t know" for words no one is quoted saying ("who said the safety report is published every month")', () => {
    expect(ask('who said the safety report is published every month').answered).toBe(false);
  });
});

describe('a colleague typing chat shorthand', () => {
  const ask = askerOf({ 'pilots.md': PILOT_NOTES });

  it('reads chat shorthand that keeps its word\'s last vowels ("who chairs the training cttee"): the committee, not the board', () => {
    const reply = ask('who chairs the training cttee');
    expect(reply.answer).toContain('Ruth Maas');
    expect(reply.answer).not.toContain('Jan Vos');
  });

  it('reads "who\'re" as "who are" ("who\'re the co-chairs for 2019??")', () => {
    const reply = ask("who're the co-chairs for 2019??");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Hamburg office');
  });

  it('gets someone\'s post when asked for it after a colon ("ruth maas: role + org")', () => {
    const reply = ask('ruth maas: role + org');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('chairs the Training Committee');
  });

  it('reads "per" as where the fact is written, not as a slip for "permanent" or "personnel" ("when was the pilot fund launched per the history note")', () => {
    const reply = ask('when was the pilot fund launched per the history note');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('June 2010');
  });
});
