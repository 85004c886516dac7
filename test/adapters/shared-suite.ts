import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * How the shared suite talks to one adapter: send a question the way a user would on that
 * platform, get back everything the user would see of the reply as text (rendered and, where the
 * platform has markup, with the markup left in).
 */
export interface AdapterDriver {
  ask(question: string): Promise<string>;
  /**
   * Asks several questions in one conversation (the terminal chat, a Slack thread, a Discord
   * reply chain) and returns what the user saw of the last reply.
   */
  converse(questions: string[]): Promise<string>;
}

/** Starts an adapter over the shipped knowledge; `stop` releases everything it started. */
export interface AdapterHarness {
  driver: AdapterDriver;
  stop(): Promise<void>;
}

/**
 * The behaviour every adapter shares, run against each of them (console, Slack, Discord): the same
 * questions and the same expectations, so a user gets the same answers wherever they ask.
 */
export function describeAdapterContract(name: string, start: () => Promise<AdapterHarness>): void {
  describe(`${name}: what every adapter does`, () => {
    let harness: AdapterHarness;
    beforeAll(async () => { harness = await start(); }, 30_000);
    afterAll(async () => { await harness?.stop(); });

    it('answers a question with the fact and names the document it came from', async () => {
      const shown = await harness.driver.ask('When did the CBSS join ICAT?');
      expect(shown).toContain('April 2020');
      // The seed article says it, and so does the membership page (with its address).
      expect(shown).toMatch(/CBSS becomes part of the UN|cbss-joins-icat\.md|ICAT membership|icat-members\.md/);
    });

    it('answers a list question with the whole list', async () => {
      const shown = await harness.driver.ask('What are the six priority areas recommended by ICAT?');
      for (const item of ['evidence base', 'core drivers', 'rights-based approach', 'accountable', 'Discouraging demand', 'partnerships']) {
        expect(shown).toContain(item);
      }
    });

    it('says honestly that it does not know when the knowledge is silent', async () => {
      const shown = await harness.driver.ask('Who is the CEO of Slack?');
      expect(shown).toMatch(/I don.t know/);
      expect(shown).not.toContain('April 2020');
    });

    it('follows up on the last answer in the same conversation, saying what it understood', async () => {
      const shown = await harness.driver.converse(['Who chaired ICAT in 2020?', 'What did she say?']);
      expect(shown).toMatch(/\(about Åsa Regn[eé]r\)/);
      expect(shown).toContain('Traffickers assert sexual violence');
    });

    it('gives a report of a person at risk the careful reply, not an answer, and does not repeat it', async () => {
      const shown = await harness.driver.ask('My cousin says her boss took her passport and she cannot leave the house');
      expect(shown).toMatch(/cannot act on reports/);
      expect(shown).toMatch(/emergency services/);
      expect(shown).not.toContain('passport');
    });

    it('answers "help" with example questions', async () => {
      const shown = await harness.driver.ask('help');
      expect(shown).toContain('When did the CBSS join ICAT?');
    });
  });
}
