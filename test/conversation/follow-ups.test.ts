import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Bot } from '../../src/bot.js';
import { ConversationStore } from '../../src/conversation/index.js';
import { MemoryStore } from '../../src/state/memory-store.js';
import { shippedBot } from '../helpers/bot.js';

/** One conversation with the bot, remembered as an adapter would remember it. */
function chat(bot: Bot, store = new ConversationStore(), key = 'thread-1') {
  return async (text: string) => {
    const reply = bot.handle({ text, platform: 'console', conversation: await store.turns(key) });
    await store.record(key, reply);
    return reply;
  };
}

describe('a follow-up question in a conversation', () => {
  let bot: Bot;
  beforeAll(async () => { bot = await shippedBot(); });

  it('resolves "she" to the person the last answer was about, and says so', async () => {
    const ask = chat(bot);
    // The knowledge writes her name both with and without the accent.
    expect((await ask('who chaired ICAT in 2020?')).answer).toMatch(/Åsa Regn[eé]r/);
    const followUp = await ask('what did she say?');
    expect(followUp.kind).toBe('answer');
    expect(followUp.understood).toMatch(/^about Åsa Regn[eé]r$/);
    expect(followUp.answer).toMatch(/Traffickers assert sexual violence/);
    expect(followUp.question).toBe('what did she say?');
  });

  it('resolves "it" to the organisation the question named', async () => {
    const ask = chat(bot);
    await ask('who is the director general of the CBSS?');
    const followUp = await ask('when did it join?');
    expect(followUp.understood).toBe('about CBSS');
    expect(followUp.answer).toContain('April 2020');
  });

  it('fills an ellipsis from the last question: "and the OSCE?" swaps the organisation, "and in 2021?" the year', async () => {
    const ask = chat(bot);
    await ask('When did the CBSS join ICAT?');
    const osce = await ask('and the OSCE?');
    expect(osce.understood).toBe('as “When did the OSCE join ICAT?”');
    // Answered from what the knowledge says of the OSCE's membership, or declined: never about the CBSS.
    expect(osce.answer).not.toContain('Baltic');
    const year = chat(bot);
    await year('who chaired ICAT in 2020?');
    expect((await year('and in 2021?')).understood).toBe('as “who chaired ICAT in 2021?”');
  });

  it('"tell me more" goes on with the next passage of the same section, then says when the section ends', async () => {
    const ask = chat(bot);
    await ask('what did Åsa Regner say?');
    const more = await ask('tell me more');
    expect(more).toMatchObject({ kind: 'answer', answered: true, understood: 'more from “Statement by ICAT co-chair Åsa Regner, UN Women”' });
    expect(more.answer).toMatch(/^Ms Regner highlighted/);
    expect(more.sources[0]?.section).toBe('Statement by ICAT co-chair Åsa Regner, UN Women');
    const again = await ask('tell me more');
    expect(again.answer).toMatch(/^She invited/);
    const end = await ask('go on');
    expect(end.kind).toBe('help');
    expect(end.answer).toMatch(/That is all my knowledge says under “Statement by ICAT co-chair Åsa Regner, UN Women”/);
    const other = chat(bot);
    await other('what did Åsa Regner say?');
    expect((await other('what else did she say?')).answer).toMatch(/^Ms Regner highlighted/);
  });

  it('answers a question that stands alone exactly as without a conversation', async () => {
    const ask = chat(bot);
    await ask('who chaired ICAT in 2020?');
    const alone = bot.handle({ text: 'Who coordinates ICAT?', platform: 'console' });
    expect(await ask('Who coordinates ICAT?')).toEqual(alone);
    expect(alone.understood).toBeUndefined();
  });

  it('without a conversation, a follow-up is declined with a request for the name, never guessed', async () => {
    for (const text of ['what did she say?', 'tell me more']) {
      const reply = bot.handle({ text, platform: 'console' });
      expect(reply).toMatchObject({ kind: 'help', answered: false });
      expect(reply.understood).toBeUndefined();
      expect(reply.answer).toMatch(/ask (again with the name|me a question first)/i);
    }
    expect(bot.handle({ text: 'and the OSCE?', platform: 'console' }).understood).toBeUndefined();
  });

  it('never throws, whatever is typed after whatever came before', async () => {
    const store = new ConversationStore();
    const ask = chat(bot, store, 'fuzz');
    await ask('who chaired ICAT in 2020?');
    const turns = await store.turns('fuzz');
    fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('and ', 'what did she ', 'tell me more ', 'when did it ', ''), (text, lead) => {
      const reply = bot.handle({ text: `${lead}${text}`, platform: 'console', conversation: turns });
      expect(typeof reply.answer).toBe('string');
    }));
  });

  it('keeps separate conversations apart', async () => {
    const store = new ConversationStore();
    await chat(bot, store, 'a')('who chaired ICAT in 2020?');
    await chat(bot, store, 'b')('what did Valiant Richey say?');
    expect((await chat(bot, store, 'a')('what did she say?')).understood).toMatch(/^about Åsa Regn[eé]r$/);
    expect((await chat(bot, store, 'b')('what is his role?')).understood).toBe('about Valiant Richey');
  });
});

describe('how much a conversation remembers', () => {
  it('keeps the last few turns, for a limited time, in the shared state store', async () => {
    vi.useFakeTimers();
    try {
      const bot = await shippedBot();
      const state = new MemoryStore();
      const store = new ConversationStore({ store: state, maxTurns: 2, ttlMs: 60_000 });
      const ask = chat(bot, store);
      await ask('who chaired ICAT in 2020?');
      await ask('Who coordinates ICAT?');
      await ask('What fraction of detected victims are children?');
      expect((await store.turns('thread-1')).map((turn) => turn.question)).toEqual(['Who coordinates ICAT?', 'What fraction of detected victims are children?']);
      expect(await state.get('conversation:thread-1')).toBeDefined();
      vi.advanceTimersByTime(60_001);
      expect(await store.turns('thread-1')).toEqual([]);
      expect((await ask('what did she say?')).kind).toBe('help');
    } finally {
      vi.useRealTimers();
    }
  });

  it('never stores a message the safeguarding guard stopped', async () => {
    const bot = await shippedBot();
    const state = new MemoryStore();
    const ask = chat(bot, new ConversationStore({ store: state }));
    await ask('my sister says her boss took her passport and she cannot leave');
    expect(await state.get('conversation:thread-1')).toBeUndefined();
  });
});
