import { describe } from 'vitest';
import { MemoryStore } from '../../src/state/memory-store.js';
import { storeSuite } from './store-suite.js';

describe('the memory store (one process, the default without REDIS_URL)', () => {
  let now = 0;
  storeSuite({
    open: async () => { now = 0; return new MemoryStore({ now: () => now }); },
    elapse: async (ms) => { now += ms + 1; },
    shortTtlMs: 1_000,
  });
});
