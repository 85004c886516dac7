import { describe, expect, it } from 'vitest';
import { askerOf } from './helpers/written-knowledge.js';

// A document written for these tests: a lagoon council's notes, with a board, conferences under
// headings that name their city, co-chairs named as offices and, elsewhere, the women who spoke
// for them, and a share one of them gave. Staff type in chat: "is it true (that) …", "whats her name", "delegashun", "acronym
// for …" of a name the notes never shorten, "how many members" where another number stands near
// another "member".

const LAGOON_NOTES = `# The Lagoon Council (LC): notes for new staff

## Origins

The Lagoon Council was set up by resolution 12/4 of the Delta Assembly in 2009.
In May 2009 the Delta Assembly adopted resolution 12/4.
The Tidal Monitoring Office (TMO) joined the Council in April 2021.
The Council reports to the Delta Assembly every second year.

## Co-chairs

The Council's plenary endorsed the TMO as a 2023 co-chair on 3 December 2022.
In 2023 the Tidal Monitoring Office and the Office of the Special Envoy on River Children co-chaired the Council.

Dr. Mara Lindqvist, Special Envoy on River Children, spoke as one of the Council co-chairs in 2023.

## Board

At a 2018 panel, a member of the Board, Ivo Brandt, said that only 12 of the 40 Member States had paid into the Lagoon Fund.
The Board of the Lagoon Fund has five members, who are experts on wetlands.
Members of the Board serve a three-year term.
Lena Holm, President of the Board, opened the 2019 panel.

## Fish farming

The Council's Annual Survey 2022 notes that 35% of all lagoon fish are now farmed.

## Resolutions

The Delta Assembly adopted resolution 12/4 on 14 May 2009.

## Charter

The Council's first plan rested on two duties: patrols and surveys.

### The charter's duties

The charter of 2015 keeps both duties and adds a third, restoration. In the order the charter lists them:

1. Restoration - replant the salt marshes.
2. Patrols - watch the fishing grounds.
3. Surveys - count the fish every spring.

## Briefs

The Council publishes numbered briefs. Council Brief 2 covers eel stocks.
In 2021, the Council's publications included the following:

- Council Brief 1, on dredging (2016)
- Council Brief 2, on eel stocks (2018)
- Council Brief 4, on storm tides (2021)

Council Brief 3 is titled "Salt marshes after the floods".

## Eels

At the 2020 assembly in Chioggia, Irene Vos reported that eel catches had doubled since 2015, and that the young eels had come back to the northern channels. In her words: "The lagoon is breathing again."

## Experts

On 5-6 June 2017 the Council's expert group met at the Fishermen's Hall in Caorle, Italy.

## Partners

The Council works with the Reed Cutters Circle and the Delta Fishers Guild, which the TMO and the Lagoon Fund both support.

## Conferences

### The 2019 Venice Declaration

The 6th Plenary Conference took place in Venice on 19-20 February 2019, chaired by Paola Rinaldi, the host city's deputy mayor.
The conference adopted the Venice Declaration on shared dredging.
Deputy Minister Ana Costa spoke for the hosts and warned: "A third of all lagoon fish are now farmed."

### The 2022 Ravenna Round

The 7th Plenary Conference met in Ravenna in May 2022.
The host delegation at Ravenna was led by Marco Bellini.
The Ravenna conference was led by the two co-chairs.
`;

describe('a colleague typing the way chat is typed', () => {
  const ask = askerOf({ 'lagoon-council.md': LAGOON_NOTES });

  it('hears "Yes" to a claim inside "is it true (that) …" ("is it true the tmo joined the council in april 2021")', () => {
    const reply = ask('is it true the tmo joined the council in april 2021');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/^Yes\./);
    expect(reply.answer).toContain('April 2021');
  });

  it('hears "No" and the right city to a statement typed with a question mark ("the 6th plenary conference was in ravenna?")', () => {
    const reply = ask('the 6th plenary conference was in ravenna?');
    expect(reply.answer).toMatch(/^No\./);
    expect(reply.answer).toContain('Venice');
  });

  it('hears "Yes" to the same statement when it is right ("the 6th plenary conference was in venice?")', () => {
    expect(ask('the 6th plenary conference was in venice?').answer).toMatch(/^Yes\./);
  });

  it('gets the person, not the offices, when asked "whats her name" ("the 2023 co-chair from the river children envoy\'s office, whats her name")', () => {
    const reply = ask("the 2023 co-chair from the river children envoy's office, whats her name");
    expect(reply.answer).toContain('Mara Lindqvist');
  });

  it('is understood when a word is spelled as it sounds ("who led the delegashun at ravenna")', () => {
    const reply = ask('who led the delegashun at ravenna');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Marco Bellini');
  });

  it('is answered though the question carries words of the asker\'s own ("tmo joined the council in what month, for my handover notes")', () => {
    const reply = ask('tmo joined the council in what month, for my handover notes');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('April 2021');
  });

  it('hears "I don\'t know" for the acronym of a name the notes never shorten ("acronym for the Reed Cutters Circle")', () => {
    const reply = ask('acronym for the Reed Cutters Circle');
    expect(reply.answered).toBe(false);
  });

  it('still gets the acronym the notes define ("acronym for the tidal monitoring office")', () => {
    expect(ask('acronym for the tidal monitoring office').answer).toContain('TMO');
  });

  it('gets who chaired a conference whose section names its city, not the document ("who chaired the 6th LC plenary in venice")', () => {
    const reply = ask('who chaired the 6th LC plenary in venice');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Paola Rinaldi');
  });

  it('gets the offices that co-chaired, not one person who spoke as co-chair, for co-chairs asked in the plural ("lagoon council co chairs 2023?")', () => {
    const reply = ask('lagoon council co chairs 2023?');
    expect(reply.answer).toContain('Tidal Monitoring Office');
    expect(reply.answer).toContain('Special Envoy on River Children');
  });

  it('hears who said "a third of …", a share, not a list\'s third item ("who said a third of all lagoon fish are now farmed")', () => {
    const reply = ask('who said a third of all lagoon fish are now farmed');
    expect(reply.answer).toContain('Ana Costa');
  });

  it('reads "every second year" as how often ("how often does the council report to the delta assembly")', () => {
    const reply = ask('how often does the council report to the delta assembly');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('every second year');
  });

  it('is not told for sure who was first by a sentence that names a president and no first one ("who was the first president of the board")', () => {
    const reply = ask('who was the first president of the board');
    expect(reply.answer).toContain('Lena Holm');
    expect(reply.confidence).toBeLessThan(0.8);
  });

  it('hears when a member joined for "since when is … in …", not a later date about it ("since when is the tmo in the council")', () => {
    const reply = ask('since when is the tmo in the council');
    expect(reply.answer).toContain('April 2021');
  });

  it('gets the day for "when exactly" typed last ("res 12/4 adopted when exactly")', () => {
    expect(ask('res 12/4 adopted when exactly').answer).toContain('14 May 2009');
  });

  it('reads a list led in by "… lists them:" as the list of what the sentence before names ("duty #1 of the council\'s charter")', () => {
    const reply = ask("duty #1 of the council's charter");
    expect(reply.answer).toContain('Restoration');
  });

  it('gets the next number of a numbered series, not the next line of a list that skips it ("which council brief comes right after number 2")', () => {
    expect(ask('which council brief comes right after number 2').answer).toContain('Salt marshes');
  });

  it('finds a person whose surname is typed as it sounds, beside her first name ("who is paola rinaldee")', () => {
    expect(ask('who is paola rinaldee').answer).toContain('Paola Rinaldi');
  });

  it('hears who said a quotation given "in her words", from the sentence before ("who said the lagoon is breathing again")', () => {
    expect(ask('who said the lagoon is breathing again').answer).toContain('Irene Vos');
  });

  it('gets the one sentence that gives both when two things are asked of it ("caorle meeting - dates + venue?")', () => {
    const reply = ask('caorle meeting - dates + venue?');
    expect(reply.answer).toContain('5-6 June 2017');
    expect(reply.answer).toContain("Fishermen's Hall");
  });

  it('gets the number of board members, not a count of Member States beside "a member of the Board" ("lagoon fund board how many members")', () => {
    const reply = ask('lagoon fund board how many members');
    expect(reply.answer).toContain('five members');
    expect(reply.answer).not.toContain('12 of the 40');
  });
});
