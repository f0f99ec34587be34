import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { packageRoot } from '../../src/config/paths.js';

/** A Federal Register document in the API's JSON shape (the fields our watches ask for). */
export type FixtureDocument = Record<string, unknown> & { document_number: string; publication_date: string; type: string; agencies: Array<{ slug?: string }> };

/** The real documents in test/fixtures/federal-register, by document number. */
export function loadFixtureDocuments(): Map<string, FixtureDocument> {
  const dir = join(packageRoot(), 'test', 'fixtures', 'federal-register');
  const documents = readdirSync(dir).filter((name) => name.endsWith('.json')).sort()
    .map((name) => (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { document: FixtureDocument }).document);
  return new Map(documents.map((doc) => [doc.document_number, doc]));
}

/** What the fake received, with the query as the API would read it. */
export interface FederalRegisterRequest {
  path: string;
  agencies: string[];
  types: string[];
  since: string | null;
  term: string | null;
  fields: string[];
  order: string | null;
  perPage: number;
  page: number;
}

/** A failure to serve instead of a page: rate limit, server error, a page that breaks the documented shape, no answer. */
export type Fault = { kind: '429'; retryAfter?: string } | { kind: '500' } | { kind: 'malformed' } | { kind: 'not-json' } | { kind: 'hang' };

const TYPES: Record<string, string> = { RULE: 'Rule', PRORULE: 'Proposed Rule', NOTICE: 'Notice', PRESDOCU: 'Presidential Document' };

function parse(url: URL): FederalRegisterRequest {
  const q = url.searchParams;
  return { path: url.pathname, agencies: q.getAll('conditions[agencies][]'), types: q.getAll('conditions[type][]'), since: q.get('conditions[publication_date][gte]'),
    term: q.get('conditions[term]'), fields: q.getAll('fields[]'), order: q.get('order'), perPage: Number(q.get('per_page') ?? 20), page: Number(q.get('page') ?? 1) };
}

/** Why the real API would refuse the query, or null. */
function refusal(request: FederalRegisterRequest): string | null {
  if (request.path !== '/api/v1/documents.json') return `no route ${request.path}`;
  if (request.types.some((type) => !TYPES[type])) return `unknown type ${request.types.join(',')}`;
  if (request.since !== null && !/^\d{4}-\d{2}-\d{2}$/.test(request.since)) return `bad date ${request.since}`;
  if (!Number.isInteger(request.perPage) || request.perPage < 1 || request.perPage > 1000) return 'per_page must be 1 to 1000';
  if (!Number.isInteger(request.page) || request.page < 1) return 'page must be a positive number';
  if (request.order !== null && !['newest', 'oldest', 'relevance', 'executive_order_number'].includes(request.order)) return `bad order ${request.order}`;
  return null;
}

/**
 * A loopback Federal Register API: GET /api/v1/documents.json filtered by agencies, types and publication date,
 * ordered and paged as asked, only the asked fields, in the documented JSON shape (count, total_pages,
 * next_page_url, results). The term is recorded, not searched: the real API searches full text these fixtures do
 * not hold, so the bot must judge relevance itself. `fail` queues faults for the next requests (or those of one page).
 */
export async function startFakeFederalRegister(documents: readonly FixtureDocument[] = [...loadFixtureDocuments().values()]) {
  const requests: FederalRegisterRequest[] = [];
  const faults: Array<{ fault: Fault; page?: number; times: number }> = [];
  const sockets = new Set<Socket>();
  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const request = parse(url);
    requests.push(request);
    const refused = refusal(request);
    if (refused) return json(res, 400, { errors: { request: refused } });
    const queued = faults.find((f) => f.page === undefined || f.page === request.page);
    if (queued && --queued.times <= 0) faults.splice(faults.indexOf(queued), 1);
    const fault = queued?.fault;
    if (fault?.kind === 'hang') return undefined;
    if (fault?.kind === '429') return json(res, 429, { message: 'Too many requests' }, fault.retryAfter ? { 'retry-after': fault.retryAfter } : {});
    if (fault?.kind === '500') return json(res, 500, { status: 500, message: 'Internal Server Error' });
    if (fault?.kind === 'not-json') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<html><body>Service temporarily unavailable</body></html>');
    }
    const types = request.types.map((type) => TYPES[type]);
    const matching = documents.filter((doc) => (request.agencies.length === 0 || doc.agencies.some((a) => a.slug && request.agencies.includes(a.slug)))
      && (types.length === 0 || types.includes(doc.type)) && (!request.since || doc.publication_date >= request.since))
      .sort((a, b) => a.publication_date.localeCompare(b.publication_date) || a.document_number.localeCompare(b.document_number));
    if (request.order === 'newest') matching.reverse();
    const totalPages = Math.ceil(matching.length / request.perPage);
    const pick = (doc: FixtureDocument) => (request.fields.length ? Object.fromEntries(request.fields.filter((f) => f in doc).map((f) => [f, doc[f]])) : doc);
    const results = matching.slice((request.page - 1) * request.perPage, request.page * request.perPage).map(pick);
    const next = new URL(url);
    next.searchParams.set('page', String(request.page + 1));
    const page = { count: matching.length, description: 'Documents matching your search', total_pages: totalPages,
      ...(request.page < totalPages ? { next_page_url: next.toString() } : {}), results };
    // A page that breaks the documented shape: a result without its document number, a count that is not a number.
    if (fault?.kind === 'malformed') return json(res, 200, { ...page, count: String(page.count), results: results.map(({ document_number: _n, ...rest }) => rest) });
    return json(res, 200, page);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    /** Serve `fault` instead of the next `times` requests (of page `page` only, when given). */
    fail(fault: Fault, options: { page?: number; times?: number } = {}) {
      faults.push({ fault, ...(options.page === undefined ? {} : { page: options.page }), times: options.times ?? 1 });
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
