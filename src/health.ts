/**
 * GET /health on HEALTH_PORT: which faces are connected and the fact base revision, as JSON;
 * 200 when every configured face is connected, 503 otherwise (for a container's health check).
 * HEAD answers the same status and headers without the body. Nothing in it names a folder or
 * quotes a file: the endpoint may be reachable by more people than the files are.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listenProblem } from './config.js';
import { KNOWLEDGE_FILES } from './store/load-knowledge.js';
import type { FaceStatus } from './supervise.js';

export interface Health {
  status: 'ok' | 'degraded' | 'stopping';
  faces: Record<string, FaceStatus | { state: 'not configured'; reason: string }>;
  factBase: { revision: number; facts: number; lastReloadError: string | null; changelogError: string | null };
  uptimeSeconds: number;
}

const FILE_NAMES = Object.values(KNOWLEDGE_FILES);

/**
 * The store's reload error as /health shows it: which knowledge files were refused, without the
 * folder or the problems (a JSON error quotes the file); `status` and the log give the details.
 */
export function reloadErrorForHealth(error: string | null): string | null {
  if (error === null) return null;
  const files = FILE_NAMES.filter((name) => error.includes(name));
  const which = files.length === 0 ? 'The knowledge files' : files.join(', ');
  return `${which} on disk ${files.length === 1 ? 'was' : 'were'} refused; the last good fact base keeps answering (details: admin status, or the log).`;
}

export interface HealthServerOptions {
  /** Applied to the whole body: no secret may leave through an error message. */
  scrub?: (text: string) => string;
}

/** Listens on HEALTH_PORT; a port in use or not allowed is a ConfigurationError naming HEALTH_PORT. */
export async function startHealthServer(port: number, host: string, health: () => Health, options: HealthServerOptions = {}): Promise<{ server: Server; url: string }> {
  const scrub = options.scrub ?? ((text: string) => text);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://health').pathname;
    if ((req.method !== 'GET' && req.method !== 'HEAD') || (path !== '/health' && path !== '/')) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found; try GET /health"}');
      return;
    }
    const h = health();
    const body = scrub(JSON.stringify({ ...h, factBase: { ...h.factBase, lastReloadError: reloadErrorForHealth(h.factBase.lastReloadError) } }));
    res.writeHead(h.status === 'ok' ? 200 : 503, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
    });
    // HEAD: Node sends the headers and drops the body.
    res.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) => reject(listenProblem('HEALTH_PORT', port, e, true) ?? e));
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return { server, url: `http://${host}:${address.port}/health` };
}
