/**
 * GET /health on HEALTH_PORT: which faces are connected and the fact base revision, as JSON;
 * 200 when every configured face is connected, 503 otherwise (for a container's health check).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FaceStatus } from './supervise.js';

export interface Health {
  status: 'ok' | 'degraded' | 'stopping';
  faces: Record<string, FaceStatus | { state: 'not configured'; reason: string }>;
  factBase: { revision: number; facts: number; lastReloadError: string | null };
  uptimeSeconds: number;
}

export async function startHealthServer(port: number, host: string, health: () => Health): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url !== '/health' && req.url !== '/')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found; try GET /health"}');
      return;
    }
    const h = health();
    res.writeHead(h.status === 'ok' ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(h));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return { server, url: `http://${host}:${address.port}/health` };
}
