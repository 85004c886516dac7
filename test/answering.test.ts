import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_LENGTH } from '../src/reply.js';
import { shippedKnowledge } from './helpers/bot.js';

const ask = async (question: string) => (await shippedKnowledge()).answerer.ask(question);

describe('a secretariat member asking in a meeting', () => {
  it('gets the date the CBSS joined, with the document and section it comes from', async () => {
    const reply = await ask('when did the CBSS join?');
    expect(reply).toMatchObject({ kind: 'answer', answered: true });
    expect(reply.answer).toContain('April 2020');
    expect(reply.sources).toHaveLength(1);
    expect(reply.sources[0]).toMatchObject({ file: expect.stringMatching(/^knowledge\/(cbss-joins-icat|icat-members)\.md$/), section: expect.stringMatching(/^The CBSS joins ICAT/) });
    expect(reply.confidence).toBeGreaterThan(0.8);
  });

  it('gets the six priority areas as a list, one per line, in order', async () => {
    const reply = await ask('What are the six priority areas?');
    const lines = reply.answer.split('\n');
    expect(lines.slice(1)).toEqual([
      '1. Building the evidence base',
      '2. Addressing the core drivers',
      '3. Ensuring a rights-based approach',
      '4. Implementing existing measures and holding traffickers accountable',
      '5. Discouraging demand',
      '6. Systematising cooperation and multi-stakeholder partnerships',
    ]);
  });

  it('gets just the item asked for when the question names its position', async () => {
    expect((await ask('What is the fifth priority area?')).answer).toMatch(/The fifth is: Discouraging demand\.$/);
    expect((await ask("what's the last priority area")).answer).toMatch(/Systematising cooperation and multi-stakeholder partnerships\.$/);
  });

  it('is understood through typos, missing accents and either form of an abbreviation', async () => {
    expect((await ask('When did the Councl of the Baltc Sea States join?')).answer).toContain('April 2020');
    expect((await ask('who is asa regner')).answer).toContain('UN Women');
    expect((await ask('Who coordinates the Inter-Agency Coordination Group Against Trafficking in Persons?')).answer).toContain('UNODC');
    expect((await ask('What does UNODC stand for?')).answer).toBe('UNODC stands for United Nations Office on Drugs and Crime.');
  });

  it('keeps a quotation with the person who said it', async () => {
    const reply = await ask('What did the UNODC Executive Director say about the economic downturn?');
    // The quotation comes with whose words it is.
    expect(reply.answer).toMatch(/^UNODC Executive Director Ghada Waly: /);
    expect(reply.answer).toContain('economic downturn have left many more children, women and men at risk');
  });

  it('never gets the whole article, only a short answer', async () => {
    for (const question of ['Tell me everything about ICAT, the CBSS, the OSCE, UN Women and UNODC', 'trafficking']) {
      const reply = await ask(question);
      expect(reply.answer.length).toBeLessThanOrEqual(MAX_ANSWER_LENGTH);
    }
  });
});

describe('questions the knowledge does not answer', () => {
  it.each(['Who is the CEO of Slack?', 'What is the boiling point of water?', 'What time is it?', 'What does WHO stand for?'])(
    'are declined honestly: %s', async (question) => {
      const reply = await ask(question);
      expect(reply).toMatchObject({ kind: 'declined', answered: false, sources: [] });
      expect(reply.answer).toMatch(/^I don't know/);
      expect(reply.confidence).toBeLessThan(0.55);
    },
  );

  it('come with up to three things the knowledge does cover', async () => {
    const reply = await ask('What is the budget of the CBSS Task Force?');
    expect(reply.answered).toBe(false);
    expect(reply.suggestions.length).toBeGreaterThan(0);
    expect(reply.suggestions.length).toBeLessThanOrEqual(3);
  });
});

describe('conversation', () => {
  it.each(['help', '', '   ', 'hello', 'Hi icat-bot!'])('"%s" gets usage with example questions', async (text) => {
    const reply = await ask(text);
    expect(reply).toMatchObject({ kind: 'help', answered: false });
    expect(reply.suggestions).toContain('When did the CBSS join ICAT?');
  });
});

describe('the same question asked again', () => {
  it('gets the same reply, which no caller can alter for the next asker', async () => {
    const first = await ask('Who coordinates ICAT?');
    const again = await ask('Who coordinates ICAT?');
    expect(again).toEqual(first);
    expect(() => { (again as { answer: string }).answer = 'tampered'; }).toThrow(TypeError);
    expect(() => { (again.sources as unknown[]).push({}); }).toThrow(TypeError);
    expect((await ask('Who coordinates ICAT?')).answer).toContain('United Nations Office on Drugs and Crime');
  });
});
