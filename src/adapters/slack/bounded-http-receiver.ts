/**
 * Bolt's HTTPReceiver with a bound on what one request can make it read and parse.
 *
 * Bolt buffers the whole body with raw-body, without a limit, before it checks the signature, so a
 * single unsigned request could take gigabytes; and it reads `body.ssl_check` without checking that
 * the body is an object, so a signed `null` ended the process. This receiver reads the body of a
 * POST to the events endpoint itself: over `maxBodyBytes` (declared or actually read) it answers
 * 413, and a body that parses to something other than an object gets 400. Otherwise it hands Bolt
 * the request with `rawBody` attached; Bolt uses a body already buffered that way
 * (`bufferIncomingMessage`), so its signature check and dispatch run unchanged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import { HTTPReceiver, type BufferedIncomingMessage, type HTTPReceiverOptions } from '@slack/bolt';
import type { Logger } from '../../logger.js';

/** Slack's own payloads are a few kilobytes; a megabyte leaves room for large modals. */
export const MAX_SLACK_BODY_BYTES = 1024 * 1024;

/**
 * After a refusal, how much more of the body is read and thrown away, and for how long, before the
 * connection is cut. Closing a socket with unread bytes makes the kernel reset it, which can destroy
 * the answer before the client has read it.
 */
const LINGER_BYTES = 4 * MAX_SLACK_BODY_BYTES;
const LINGER_MS = 1000;

// Bolt parses exactly this content type as a form and anything else as JSON.
const FORM = 'application/x-www-form-urlencoded';

export interface BoundedHTTPReceiverOptions extends HTTPReceiverOptions {
  /** Largest body read, in bytes; default `MAX_SLACK_BODY_BYTES`. */
  maxBodyBytes?: number;
  /** Refusals are logged here at warn. */
  log: Logger;
}

type Refusal = { status: 413; reason: 'declared too large' | 'too large' } | { status: 400; reason: 'not an object' };

/**
 * False when the body parses, as Bolt would parse it, to something that is not an object. A body
 * that does not parse at all is left to Bolt, which answers 401 or 400 itself.
 */
function isObjectBody(raw: Buffer, contentType: string | undefined): boolean {
  let parsed: unknown;
  try {
    if (contentType === FORM) {
      const { payload } = parseForm(raw.toString('utf8'));
      if (typeof payload !== 'string') return true;
      parsed = JSON.parse(payload);
    } else {
      parsed = JSON.parse(raw.toString('utf8'));
    }
  } catch {
    return true;
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
}

export class BoundedHTTPReceiver extends HTTPReceiver {
  readonly #maxBodyBytes: number;
  readonly #endpoints: readonly string[];
  readonly #log: Logger;

  constructor(options: BoundedHTTPReceiverOptions) {
    const { maxBodyBytes, log, ...boltOptions } = options;
    super(boltOptions);
    this.#maxBodyBytes = maxBodyBytes ?? MAX_SLACK_BODY_BYTES;
    this.#endpoints = options.endpoints === undefined ? ['/slack/events'] : [options.endpoints].flat();
    this.#log = log;
    const bolt = this.requestListener;
    this.requestListener = (req, res) => {
      // Bolt's route test: the endpoint paths, POST only. Other requests never have their body read.
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (req.method !== 'POST' || !this.#endpoints.includes(path)) {
        bolt(req, res);
        return;
      }
      this.#admit(req, res, bolt);
    };
  }

  #admit(req: IncomingMessage, res: ServerResponse, bolt: (req: IncomingMessage, res: ServerResponse) => void): void {
    // A client that goes away mid-body: nothing to answer, and no error event left unheard.
    req.on('error', () => undefined);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > this.#maxBodyBytes) {
      this.#refuse(req, res, { status: 413, reason: 'declared too large' }, declared);
      return;
    }
    const chunks: Buffer[] = [];
    let read = 0;
    const onData = (chunk: Buffer): void => {
      read += chunk.length;
      if (read <= this.#maxBodyBytes) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.off('end', onEnd);
      chunks.length = 0;
      this.#refuse(req, res, { status: 413, reason: 'too large' }, read);
    };
    const onEnd = (): void => {
      const raw = Buffer.concat(chunks, read);
      if (!isObjectBody(raw, req.headers['content-type'])) {
        this.#refuse(req, res, { status: 400, reason: 'not an object' }, read);
        return;
      }
      (req as BufferedIncomingMessage).rawBody = raw;
      try {
        bolt(req, res);
      } catch (err) {
        this.#log.error({ err, path: req.url }, 'Slack receiver failed on a request');
        if (!res.headersSent) res.writeHead(500);
        res.end();
      }
    };
    req.on('data', onData);
    req.on('end', onEnd);
  }

  #refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal, bytes: number): void {
    this.#log.warn({ status: refusal.status, reason: refusal.reason, bytes, path: req.url }, 'refused a Slack request');
    if (refusal.status === 400) {
      res.writeHead(400);
      res.end();
      return;
    }
    // The answer goes out at once and is complete (no body); the connection closes after a short
    // linger in which the rest of the request is read and discarded.
    res.writeHead(413, { connection: 'close', 'content-length': '0' });
    res.flushHeaders();
    let discarded = 0;
    const close = (): void => {
      clearTimeout(timer);
      req.off('data', discard);
      if (!res.writableEnded) res.end();
      req.socket.destroy();
    };
    const discard = (chunk: Buffer): void => {
      discarded += chunk.length;
      if (discarded > LINGER_BYTES) close();
    };
    const timer = setTimeout(close, LINGER_MS);
    timer.unref();
    req.on('data', discard);
    req.once('end', () => {
      clearTimeout(timer);
      req.off('data', discard);
      if (!res.writableEnded) res.end();
    });
    req.resume();
  }
}
