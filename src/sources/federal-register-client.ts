import { DOCUMENT_FIELDS, pageSchema, type FederalRegisterDocument } from './federal-register-page.js';

export type Log = (message: string, fields?: Record<string, unknown>) => void;

/** Why a page could not be had: the run records it and keeps its cursor. */
export class FederalRegisterError extends Error {
  constructor(readonly code: 'http' | 'timeout' | 'network' | 'malformed' | 'too-many-pages' | 'aborted', message: string,
    readonly page: number, readonly url: string, readonly attempts: number) {
    super(message);
  }
}

export interface FederalRegisterQuery {
  agencies: readonly string[];
  /** Any of them may match (the API's `|`); phrases are quoted. */
  terms: readonly string[];
  types: readonly string[];
  /** Publication date, inclusive (YYYY-MM-DD). */
  since: string;
}

export interface FetchedPage {
  page: number;
  totalPages: number;
  count: number;
  documents: FederalRegisterDocument[];
  attempts: number;
}

export interface FederalRegisterClientOptions {
  /** FEDREG_API_URL: https://www.federalregister.gov, or a server answering the same API. */
  baseUrl: string;
  /** A request (headers and body) that takes longer is abandoned and tried again. */
  timeoutMs?: number;
  /** Tries per page, for 429, 5xx, timeouts and network errors. */
  maxAttempts?: number;
  /** Waiting for one page never exceeds this in total; a Retry-After beyond it fails the page at once. */
  retryBudgetMs?: number;
  /** First pause between tries, doubling after each (unless the server says how long with Retry-After). */
  backoffMs?: number;
  perPage?: number;
  /** A query needing more pages is refused: narrow the watch (the API does not serve deep pages anyway). */
  maxPages?: number;
  log: Log;
}

export interface FederalRegisterClient {
  /** Every page of the query, oldest documents first; throws FederalRegisterError when a page cannot be had. */
  pages(query: FederalRegisterQuery, signal?: AbortSignal): AsyncGenerator<FetchedPage>;
  searchUrl(query: FederalRegisterQuery, page: number): string;
}

/** `"artificial intelligence" | China`: the API's boolean OR, each phrase quoted. */
export function termExpression(terms: readonly string[]): string {
  return terms.map((term) => term.replace(/"/g, '').trim()).filter(Boolean).map((term) => (/^[\p{L}\p{N}]+$/u.test(term) ? term : `"${term}"`)).join(' | ');
}

/** Retry-After as seconds or an HTTP date, in milliseconds; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> => new Promise((resolve, reject) => {
  const timer = setTimeout(() => {
    signal?.removeEventListener('abort', onAbort);
    resolve();
  }, ms);
  const onAbort = () => {
    clearTimeout(timer);
    reject(signal?.reason as Error);
  };
  signal?.addEventListener('abort', onAbort, { once: true });
});

type Attempt = { ok: true; value: ReturnType<typeof pageSchema.parse> } | { ok: false; retry: boolean; code: FederalRegisterError['code']; message: string; waitMs?: number };

/**
 * The Federal Register documents API (GET /api/v1/documents.json) with global fetch: each page validated, 429 and
 * 5xx retried with backoff (Retry-After honoured) within bounded tries and time, hung requests abandoned.
 */
export function createFederalRegisterClient(options: FederalRegisterClientOptions): FederalRegisterClient {
  const { log, timeoutMs = 30_000, maxAttempts = 5, retryBudgetMs = 120_000, backoffMs = 1000, perPage = 100, maxPages = 100 } = options;
  const base = options.baseUrl.replace(/\/+$/, '');
  const origin = new URL(base).origin;

  const searchUrl = (query: FederalRegisterQuery, page: number): string => {
    const params = new URLSearchParams();
    params.append('conditions[term]', termExpression(query.terms));
    for (const agency of query.agencies) params.append('conditions[agencies][]', agency);
    for (const type of query.types) params.append('conditions[type][]', type);
    params.append('conditions[publication_date][gte]', query.since);
    for (const field of DOCUMENT_FIELDS) params.append('fields[]', field);
    // Oldest first: documents published while a run pages through come last, so no page shifts under it.
    params.append('order', 'oldest');
    params.append('per_page', String(perPage));
    params.append('page', String(page));
    return `${base}/api/v1/documents.json?${params}`;
  };

  async function attempt(url: string, signal?: AbortSignal): Promise<Attempt> {
    try {
      const response = await fetch(url, { headers: { accept: 'application/json' },
        signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs) });
      const text = await response.text();
      if (response.status === 429 || response.status >= 500) {
        const waitMs = retryAfterMs(response.headers.get('retry-after'));
        return { ok: false, retry: true, code: 'http', message: `HTTP ${response.status}`, ...(waitMs === undefined ? {} : { waitMs }) };
      }
      if (!response.ok) return { ok: false, retry: false, code: 'http', message: `HTTP ${response.status}: ${text.slice(0, 200)}` };
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return { ok: false, retry: false, code: 'malformed', message: `not JSON: ${text.slice(0, 80)}` };
      }
      const parsed = pageSchema.safeParse(json);
      if (!parsed.success) {
        const issues = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(page)'}: ${issue.message}`);
        return { ok: false, retry: false, code: 'malformed', message: `malformed page (${issues.join('; ')})` };
      }
      return { ok: true, value: parsed.data };
    } catch (error) {
      if (signal?.aborted) return { ok: false, retry: false, code: 'aborted', message: 'stopped' };
      const timedOut = (error as Error).name === 'TimeoutError';
      return { ok: false, retry: true, code: timedOut ? 'timeout' : 'network',
        message: timedOut ? `no answer within ${timeoutMs} ms` : `network error: ${(error as Error).message}` };
    }
  }

  async function fetchPage(url: string, page: number, signal?: AbortSignal) {
    const started = Date.now();
    for (let tries = 1; ; tries++) {
      const result = await attempt(url, signal);
      if (result.ok) return { ...result.value, attempts: tries };
      const wait = result.waitMs ?? backoffMs * 2 ** (tries - 1);
      const overBudget = Date.now() - started + wait > retryBudgetMs;
      if (!result.retry || tries >= maxAttempts || overBudget) {
        const why = result.retry ? (tries >= maxAttempts ? `, after ${tries} tries` : `, giving up rather than wait ${Math.round(wait / 1000)} s`) : '';
        throw new FederalRegisterError(result.code, `page ${page}: ${result.message}${why}`, page, url, tries);
      }
      log('federal register: retrying', { level: 'warn', page, try: tries, error: result.message, waitMs: wait });
      await sleep(wait, signal).catch(() => {
        throw new FederalRegisterError('aborted', `page ${page}: stopped`, page, url, tries);
      });
    }
  }

  return {
    searchUrl,
    async *pages(query, signal) {
      let url = searchUrl(query, 1);
      for (let page = 1; ; page++) {
        const result = await fetchPage(url, page, signal);
        const totalPages = result.total_pages ?? page;
        yield { page, totalPages, count: result.count, documents: result.results, attempts: result.attempts };
        const next = result.next_page_url;
        if (!next || page >= totalPages) return;
        if (page >= maxPages) throw new FederalRegisterError('too-many-pages', `more than ${maxPages} pages of ${perPage}: narrow the watch`, page + 1, next, 0);
        // The API's own link when it points at the server asked; otherwise the same query, next page, on it.
        url = new URL(next).origin === origin ? next : searchUrl(query, page + 1);
      }
    },
  };
}
