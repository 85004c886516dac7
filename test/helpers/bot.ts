import { resolve } from 'node:path';
import { createBot, type Bot } from '../../src/bot.js';
import { KnowledgeBase } from '../../src/knowledge-base.js';
import type { Logger } from '../../src/log.js';

/** The project's own knowledge folder. */
export const KNOWLEDGE_DIR = resolve(import.meta.dirname, '../../knowledge');
/** The project's root, for source paths as users see them. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

let shared: Promise<KnowledgeBase> | undefined;

/** The shipped knowledge, loaded once per test file. */
export function shippedKnowledge(): Promise<KnowledgeBase> {
  shared ??= KnowledgeBase.load({ dir: KNOWLEDGE_DIR, displayRoot: PROJECT_ROOT });
  return shared;
}

/** A bot over the shipped knowledge, as `npm start` builds it. */
export async function shippedBot(logger?: Logger): Promise<Bot> {
  return createBot({ knowledge: await shippedKnowledge(), ...(logger ? { logger } : {}) });
}
