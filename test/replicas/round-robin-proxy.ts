import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A load balancer in miniature: each request goes to the next backend in turn. */
export interface RoundRobinProxy {
  url: string;
  /** How many requests each backend received, in backend order. */
  counts: number[];
  close(): Promise<void>;
}

/** Starts a round-robin HTTP proxy on 127.0.0.1 in front of `backends` (base URLs). */
export async function startRoundRobinProxy(backends: string[]): Promise<RoundRobinProxy> {
  const counts = backends.map(() => 0);
  let next = 0;
  const server: Server = createServer((incoming, outgoing) => {
    const index = next;
    next = (next + 1) % backends.length;
    counts[index]! += 1;
    const target = new URL(incoming.url ?? '/', backends[index]);
    const forwarded = request(target, { method: incoming.method, headers: incoming.headers }, (response) => {
      outgoing.writeHead(response.statusCode ?? 502, response.headers);
      response.pipe(outgoing);
    });
    forwarded.on('error', () => { outgoing.writeHead(502).end(); });
    incoming.pipe(forwarded);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
