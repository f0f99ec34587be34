import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServiceStatus } from './service-status.js';

export interface HttpListenerOptions {
  port: number;
  host?: string;
  status: ServiceStatus;
  /** The parts this listener's work depends on: /readyz answers 503 while one of them is down. */
  needs: readonly string[];
  /** Everything but /healthz and /readyz, while the process is not draining. */
  handle: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
  log: (message: string, fields?: Record<string, unknown>) => void;
}

export interface HttpListener {
  port: number;
  host: string;
  /** Resolves once no request is being handled. */
  idle(): Promise<void>;
  /** Stops listening, waits for requests being handled, then closes every connection. */
  close(): Promise<void>;
}

/** The port could not be opened (in use, or not allowed). */
export class ListenError extends Error {
  constructor(readonly port: number, readonly reason: string) {
    super(`cannot listen on port ${port}: ${reason}`);
  }
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
};

/** Counts requests being handled, and tells who waits when none is left. */
function inFlightCounter() {
  let count = 0;
  let waiting: Array<() => void> = [];
  const settle = (): void => {
    if (count > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  return {
    track(res: ServerResponse): void {
      count++;
      res.once('close', () => {
        count--;
        settle();
      });
    },
    idle: () => new Promise<void>((resolve) => {
      waiting.push(resolve);
      settle();
    }),
  };
}

/**
 * An HTTP listener that answers GET /healthz (200 while alive, 503 while draining) and GET /readyz (the state of
 * the store and of every adapter, as JSON), refuses new work with 503 while draining, and counts requests in flight.
 */
export async function startHttpListener(options: HttpListenerOptions): Promise<HttpListener> {
  const inFlight = inFlightCounter();
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') {
      json(res, options.status.draining ? 503 : 200, options.status.draining ? { ok: false, status: 'draining' } : { ok: true, status: 'alive' });
    } else if (req.method === 'GET' && path === '/readyz') {
      void options.status.readiness(options.needs).then((readiness) => json(res, readiness.ready ? 200 : 503, readiness));
    } else if (options.status.draining) {
      json(res, 503, { error: 'shutting down' }, { 'retry-after': '5', connection: 'close' });
    } else {
      inFlight.track(res);
      Promise.resolve().then(() => options.handle(req, res)).catch((error: unknown) => {
        options.log('http: request failed', { level: 'error', path, error: String(error) });
        if (!res.headersSent) res.writeHead(500).end();
      });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(new ListenError(options.port,
      error.code === 'EADDRINUSE' ? 'it is in use by another program' : error.code === 'EACCES' ? 'not allowed for this user' : error.message)));
    server.listen(options.port, options.host, () => resolve());
  });
  server.on('error', (error) => options.log('http: listener error', { level: 'error', error: String(error) }));
  const address = server.address() as AddressInfo;
  return {
    port: address.port,
    host: address.address,
    idle: inFlight.idle,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await inFlight.idle();
      server.closeAllConnections();
      await closed;
    },
  };
}
