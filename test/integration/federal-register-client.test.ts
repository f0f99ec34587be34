import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFederalRegisterClient, FederalRegisterError, termExpression, type FederalRegisterClientOptions, type FederalRegisterQuery,
  type FetchedPage } from '../../src/sources/federal-register-client.js';
import { startFakeFederalRegister } from '../support/fake-federal-register.js';

type Fake = Awaited<ReturnType<typeof startFakeFederalRegister>>;
let fake: Fake;
let logged: Array<{ message: string; fields?: Record<string, unknown> }>;
beforeEach(async () => {
  fake = await startFakeFederalRegister();
  logged = [];
});
afterEach(() => fake.close());

const BIS: FederalRegisterQuery = { agencies: ['industry-and-security-bureau'], terms: ['China', 'Entity List', 'advanced computing'], types: ['RULE', 'NOTICE'], since: '2019-01-01' };
const client = (options: Partial<FederalRegisterClientOptions> = {}) => createFederalRegisterClient({ baseUrl: fake.baseUrl, backoffMs: 50,
  log: (message, fields) => logged.push({ message, ...(fields ? { fields } : {}) }), ...options });
async function all(pages: AsyncGenerator<FetchedPage>): Promise<FetchedPage[]> {
  const out: FetchedPage[] = [];
  for await (const page of pages) out.push(page);
  return out;
}
const failure = async (work: Promise<unknown>): Promise<FederalRegisterError> => {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(FederalRegisterError);
  return error as FederalRegisterError;
};

describe('the Federal Register client', () => {
  it('asks the documents API for the watch\'s agencies, types, terms and dates, oldest first, with the fields it needs', async () => {
    const pages = await all(client().pages(BIS));
    expect(pages.map((p) => p.documents.map((d) => d.document_number))).toEqual([['2019-22210', '2022-21658', '2022-22675', '2023-21171', '2025-05427']]);
    expect(fake.requests).toEqual([expect.objectContaining({ path: '/api/v1/documents.json', agencies: ['industry-and-security-bureau'], types: ['RULE', 'NOTICE'],
      since: '2019-01-01', term: 'China | "Entity List" | "advanced computing"', order: 'oldest', perPage: 100, page: 1,
      fields: ['document_number', 'title', 'type', 'action', 'abstract', 'publication_date', 'signing_date', 'executive_order_number', 'agencies',
        'html_url', 'pdf_url', 'citation'] })]);
    expect(pages[0]?.documents[1]).toMatchObject({ document_number: '2022-21658', publication_date: '2022-10-13', citation: '87 FR 62186', signing_date: null });
    expect(termExpression(['AI', 'People\'s Republic', 'say "no"'])).toBe('AI | "People\'s Republic" | "say no"');
  });

  it('follows next_page_url over several pages until total_pages', async () => {
    const pages = await all(client({ perPage: 2 }).pages(BIS));
    expect(pages.map((p) => [p.page, p.totalPages, p.count, p.documents.length])).toEqual([[1, 3, 5, 2], [2, 3, 5, 2], [3, 3, 5, 1]]);
    expect(pages.flatMap((p) => p.documents.map((d) => d.document_number))).toEqual(['2019-22210', '2022-21658', '2022-22675', '2023-21171', '2025-05427']);
    expect(fake.requests.map((r) => r.page)).toEqual([1, 2, 3]);
    expect(new Set(fake.requests.map((r) => r.term)).size).toBe(1);
  });

  it('refuses a query that needs more pages than it may read', async () => {
    const error = await failure(all(client({ perPage: 1, maxPages: 3 }).pages(BIS)));
    expect(error.code).toBe('too-many-pages');
    expect(error.message).toContain('narrow the watch');
  });

  it('waits as long as a 429 Retry-After asks, then goes on', async () => {
    fake.fail({ kind: '429', retryAfter: '1' }, { page: 2 });
    const started = Date.now();
    const pages = await all(client({ perPage: 3 }).pages(BIS));
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(pages.map((p) => [p.page, p.attempts])).toEqual([[1, 1], [2, 2]]);
    expect(logged).toEqual([{ message: 'federal register: retrying', fields: { level: 'warn', page: 2, try: 1, error: 'HTTP 429', waitMs: 1000 } }]);
  });

  it('tries again after a 500, backing off', async () => {
    fake.fail({ kind: '500' }, { times: 2 });
    const pages = await all(client().pages(BIS));
    expect(pages[0]?.attempts).toBe(3);
    expect(logged.map((l) => l.fields?.waitMs)).toEqual([50, 100]);
  });

  it('gives up after its tries, and at once when Retry-After asks for more than its time budget', async () => {
    fake.fail({ kind: '500' }, { times: 10 });
    const error = await failure(all(client({ maxAttempts: 3 }).pages(BIS)));
    expect(error).toMatchObject({ code: 'http', page: 1, attempts: 3 });
    expect(error.message).toBe('page 1: HTTP 500, after 3 tries');
    const fresh = await startFakeFederalRegister();
    try {
      fresh.fail({ kind: '429', retryAfter: '3600' });
      const refused = await failure(all(createFederalRegisterClient({ baseUrl: fresh.baseUrl, log: () => {}, retryBudgetMs: 60_000 }).pages(BIS)));
      expect(refused.message).toBe('page 1: HTTP 429, giving up rather than wait 3600 s');
      expect(fresh.requests).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  it('abandons a hung request after its timeout, tries again, and reports the timeout', async () => {
    fake.fail({ kind: 'hang' }, { times: 5 });
    const started = Date.now();
    const error = await failure(all(client({ timeoutMs: 200, maxAttempts: 2 }).pages(BIS)));
    expect(error).toMatchObject({ code: 'timeout', attempts: 2 });
    expect(error.message).toBe('page 1: no answer within 200 ms, after 2 tries');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('refuses a malformed page or one that is not JSON without trying again', async () => {
    fake.fail({ kind: 'malformed' }, { page: 2 });
    const pages: number[] = [];
    const error = await failure((async () => {
      for await (const page of client({ perPage: 2 }).pages(BIS)) pages.push(page.page);
    })());
    expect(pages).toEqual([1]);
    expect(error).toMatchObject({ code: 'malformed', page: 2, attempts: 1 });
    expect(error.message).toMatch(/^page 2: malformed page \(count: .*; results\.0\.document_number: /);
    fake.fail({ kind: 'not-json' });
    expect((await failure(all(client().pages(BIS)))).message).toBe('page 1: not JSON: <html><body>Service temporarily unavailable</body></html>');
  });

  it('stops when asked, between tries', async () => {
    fake.fail({ kind: '500' }, { times: 10 });
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 100);
    const error = await failure(all(client({ backoffMs: 5000 }).pages(BIS, stop.signal)));
    expect(error.code).toBe('aborted');
  });
});
