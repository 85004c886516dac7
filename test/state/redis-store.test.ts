import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IcatError } from '../../src/errors.js';
import { RedisStore } from '../../src/state/redis-store.js';
import { freePort, hasRedisServer, INSTALL_REDIS, noteRedisSkipped, startRedis, type TestRedis } from '../helpers/redis-server.js';
import { storeSuite, untilGone } from './store-suite.js';

noteRedisSkipped('the Redis store tests');

describe.skipIf(!hasRedisServer)(`the Redis store (replicas sharing state through REDIS_URL)${hasRedisServer ? '' : ` — skipped: redis-server is not installed; ${INSTALL_REDIS}`}`, () => {
  let redis: TestRedis;
  let db = 0;
  beforeAll(async () => { redis = await startRedis(); });
  afterAll(async () => { await redis?.stop(); });

  storeSuite({
    // A database of its own per test, so tests never see each other's keys.
    open: async () => RedisStore.connect({ url: `${redis.url}/${(db = (db + 1) % 16)}`, keyPrefix: `test${db}:` }),
    elapse: (_ms, gone) => untilGone(gone),
    shortTtlMs: 50,
  });

  it('shares state between two connections, as between two replicas', async () => {
    const a = await RedisStore.connect({ url: redis.url, keyPrefix: 'shared:' });
    const b = await RedisStore.connect({ url: redis.url, keyPrefix: 'shared:' });
    try {
      expect(await a.setIfNotExists('event:Ev9', 'a', 60_000)).toBe(true);
      expect(await b.setIfNotExists('event:Ev9', 'b', 60_000)).toBe(false);
      expect(await b.increment('limit:U9', 60_000)).toBe(1);
      expect(await a.increment('limit:U9', 60_000)).toBe(2);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('fails at start-up naming REDIS_URL when nothing answers there', async () => {
    const nobody = await freePort();
    const failure = await RedisStore.connect({ url: `redis://127.0.0.1:${nobody}`, connectTimeoutMs: 2_000 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(IcatError);
    expect((failure as IcatError).code).toBe('STATE_UNREACHABLE');
    expect((failure as Error).message).toMatch(/REDIS_URL \(redis:\/\/127\.0\.0\.1:\d+\/?\) cannot be reached.*unset it/);
  });
});
