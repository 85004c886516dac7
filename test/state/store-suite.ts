import { afterEach, beforeEach, expect, it } from 'vitest';
import type { StateStore } from '../../src/state/state-store.js';

/** How the shared suite drives one kind of store. */
export interface StoreHarness {
  /** A fresh, empty store. */
  open(): Promise<StateStore>;
  /**
   * Lets `ms` pass for the store: a memory store's clock is moved; a real Redis expires keys on its
   * own clock, so its harness waits until `gone()` says the key has expired.
   */
  elapse(ms: number, gone: () => Promise<boolean>): Promise<void>;
  /** A TTL short enough for a real server to expire quickly in a test. */
  shortTtlMs: number;
}

/**
 * The behaviour every {@link StateStore} must have, run against each store (as unstorage runs one
 * driver suite): what event de-duplication, rate limits and conversations rely on.
 */
export function storeSuite(harness: StoreHarness): void {
  let store: StateStore;
  beforeEach(async () => { store = await harness.open(); });
  afterEach(async () => { await store.close(); });
  const ttl = harness.shortTtlMs;

  it('lets only the first claim of a key win, as two replicas receiving one Slack retry need', async () => {
    expect(await store.setIfNotExists('event:Ev1', 'replica-a', 60_000)).toBe(true);
    expect(await store.setIfNotExists('event:Ev1', 'replica-b', 60_000)).toBe(false);
    expect(await store.get('event:Ev1')).toBe('replica-a');
  });

  it('lets exactly one of many simultaneous claims win', async () => {
    const claims = await Promise.all(Array.from({ length: 20 }, (_, i) => store.setIfNotExists('event:race', `r${i}`, 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it('forgets a claim once its TTL has passed, so the key can be claimed again', async () => {
    await store.setIfNotExists('event:Ev2', '1', ttl);
    await harness.elapse(ttl, async () => (await store.get('event:Ev2')) === undefined);
    expect(await store.setIfNotExists('event:Ev2', '2', 60_000)).toBe(true);
  });

  it('stores and replaces values, which expire after their TTL', async () => {
    expect(await store.get('conversation:U1')).toBeUndefined();
    await store.set('conversation:U1', '{"turns":1}', 60_000);
    await store.set('conversation:U1', '{"turns":2}', ttl);
    expect(await store.get('conversation:U1')).toBe('{"turns":2}');
    await harness.elapse(ttl, async () => (await store.get('conversation:U1')) === undefined);
    expect(await store.get('conversation:U1')).toBeUndefined();
  });

  it('keeps text as given, Unicode included', async () => {
    const text = 'Who chairs ICAT? — «réponse» 日本語 🙂';
    await store.set('conversation:U2', text, 60_000);
    expect(await store.get('conversation:U2')).toBe(text);
  });

  it('counts atomically: every increment is counted once, whoever makes it', async () => {
    const counts = await Promise.all(Array.from({ length: 25 }, () => store.increment('limit:slack:U1', 60_000)));
    expect([...counts].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('starts a counter again at 1 once its window has passed (the window is not extended by counting)', async () => {
    expect(await store.increment('limit:slack:U2', ttl)).toBe(1);
    expect(await store.increment('limit:slack:U2', ttl)).toBe(2);
    await harness.elapse(ttl, async () => (await store.get('limit:slack:U2')) === undefined);
    expect(await store.increment('limit:slack:U2', ttl)).toBe(1);
  });

  it('deletes a key, and deleting a missing key is harmless', async () => {
    await store.set('conversation:U3', 'x', 60_000);
    await store.delete('conversation:U3');
    await store.delete('conversation:never-set');
    expect(await store.get('conversation:U3')).toBeUndefined();
    expect(await store.setIfNotExists('conversation:U3', 'y', 60_000)).toBe(true);
  });
}

/** Resolves once `gone()` is true, checking again after each short pause on the real clock. */
export async function untilGone(gone: () => Promise<boolean>): Promise<void> {
  while (!(await gone())) await new Promise((resolve) => setImmediate(resolve));
}
