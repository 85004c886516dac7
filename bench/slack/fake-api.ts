import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Slack's Web API on 127.0.0.1: `auth.test` answers as a bot token would,
 * any other method answers `{ ok: true }`. Enough for an app to start with `SLACK_API_URL`
 * pointing here; the benchmark never reaches the internet.
 */
export async function startFakeSlackApi(): Promise<{ apiUrl: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const body = request.url?.startsWith('/api/auth.test')
        ? { ok: true, user_id: 'UBENCHBOT', bot_id: 'BBENCH', team_id: 'TBENCH', user: 'icat-bot', team: 'bench', url: 'http://127.0.0.1/' }
        : { ok: true };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { apiUrl: `http://127.0.0.1:${port}/api/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
