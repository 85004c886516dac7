import { afterEach, describe, expect, it } from 'vitest';
import { Health, startHealthServer, type HealthServer } from '../../src/ops/health.js';
import { IcatError } from '../../src/errors.js';
import { shippedKnowledge } from '../helpers/bot.js';

const servers: HealthServer[] = [];
afterEach(async () => { await Promise.all(servers.splice(0).map((server) => server.close())); });

async function serve(health: Health): Promise<string> {
  const server = await startHealthServer(health, 0, '127.0.0.1');
  servers.push(server);
  return `http://127.0.0.1:${server.port}`;
}

describe('GET /healthz for a load balancer', () => {
  it('is 503 "starting" until the knowledge is loaded, then 200 with the index stats', async () => {
    const health = new Health('1.2.3');
    const base = await serve(health);
    const before = await fetch(`${base}/healthz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toMatchObject({ status: 'starting', version: '1.2.3' });

    const knowledge = await shippedKnowledge();
    health.ready(() => knowledge.status);
    const after = await fetch(`${base}/healthz`);
    expect(after.status).toBe(200);
    expect(after.headers.get('content-type')).toMatch(/application\/json/);
    expect(await after.json()).toEqual({
      status: 'ready', version: '1.2.3', uptimeSeconds: expect.any(Number),
      documents: knowledge.status.documents, passages: knowledge.status.passages,
      indexedAt: knowledge.status.indexedAt.toISOString(), knowledgeVersion: knowledge.status.version,
    });
  });

  it('turns 503 "stopping" during shutdown, so traffic drains away', async () => {
    const health = new Health('1.2.3');
    health.ready(() => ({ documents: 1, passages: 2, indexedAt: new Date(0), version: 'abc' }));
    const base = await serve(health);
    health.stopping();
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'stopping', documents: 1 });
  });

  it('answers only /healthz on its own port', async () => {
    const base = await serve(new Health('1.2.3'));
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(404);
  });

  it('names HEALTH_PORT when the port is taken', async () => {
    const base = await serve(new Health('1.2.3'));
    const port = Number(new URL(base).port);
    const failure = await startHealthServer(new Health('1.2.3'), port, '127.0.0.1').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(IcatError);
    expect((failure as IcatError).message).toMatch(/^HEALTH_PORT \d+ cannot be used \(EADDRINUSE\)/);
  });
});
