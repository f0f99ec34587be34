import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/core/candidate.js';
import type { StoredItem } from '../../src/core/policy-item.js';
import { startFakeFederalRegister } from '../support/fake-federal-register.js';
import { runCliAsync } from '../support/run-cli.js';
import { tempDir } from '../support/temp-store.js';

type Fake = Awaited<ReturnType<typeof startFakeFederalRegister>>;
let fake: Fake;
let env: Record<string, string>;
let cleanup: () => void;
beforeAll(async () => {
  fake = await startFakeFederalRegister();
  const temp = tempDir();
  cleanup = temp.cleanup;
  env = { BRIEFING_DB: join(temp.dir, 'briefing.db'), FEDREG_API_URL: fake.baseUrl };
});
afterAll(async () => {
  await fake.close();
  cleanup();
});

const cli = (...args: string[]) => runCliAsync(args, env);
const ok = async (...args: string[]) => {
  const run = await cli(...args);
  expect(run.status, `${args.join(' ')}\n${run.stderr}`).toBe(0);
  return run;
};

describe('briefing sources run and briefing review', () => {
  it('runs every watch and prints its counts; the relevant documents wait for review', async () => {
    const started = Date.now();
    const run = await ok('sources', 'run', '--since', '2019-01-01', '--json');
    const report = run.json() as { watches: Array<{ watch: string; outcome: string; counts: Record<string, number>; pages: number; ms: number }> };
    expect(report.watches.map((w) => [w.watch, w.outcome, w.counts.proposed, w.counts.skipped, w.counts.known])).toEqual([
      ['bis-export-controls', 'ok', 3, 2, 0], ['treasury-investment-and-sanctions', 'ok', 1, 0, 0], ['presidential-documents', 'ok', 1, 0, 0], ['departments', 'ok', 0, 1, 5]]);
    process.stderr.write(`fixture run through the CLI: ${Date.now() - started} ms, ${report.watches.reduce((n, w) => n + w.pages, 0)} pages, `
      + `${report.watches.map((w) => `${w.watch} ${w.ms} ms`).join(', ')}\n`);
    const list = (await ok('review', 'list', '--json')).json() as { total: number; candidates: Candidate[] };
    expect(list.total).toBe(5);
    expect(list.candidates.map((c) => c.id).sort()).toEqual(['fr-2019-22210', 'fr-2022-21658', 'fr-2023-17449', 'fr-2024-25422', 'fr-2025-05427']);
    const skipped = (await ok('review', 'list', '--status', 'skipped', '--json')).json() as { total: number; candidates: Candidate[] };
    expect(skipped.candidates.map((c) => c.id).sort()).toEqual(['fr-2022-22675', 'fr-2023-12633', 'fr-2023-21171']);
    const text = (await ok('review', 'list')).stdout;
    expect(text).toContain('5 pending candidates');
    expect(text).toMatch(/fr-2025-05427\s+2025-03-28\s+pending\s+entity-list\s+Additions to the Entity List/);
    const shown = (await ok('review', 'show', 'fr-2023-17449', '--json')).json() as Candidate;
    expect(shown.item).toMatchObject({ date: '2023-08-09', instrument: 'executive-order', translation: 'pending' });
    expect((await ok('review', 'show', 'fr-2023-17449')).stdout).toContain('proposed item 2023-08-09-fr-addressing-united-states-investments-certain-2023-17449');
  });

  it('approves a candidate into the store: events and event show it, from the Federal Register and with no reading', async () => {
    const approved = (await ok('review', 'approve', 'fr-2025-05427', '--json')).json() as { ok: boolean; itemId: string; candidate: Candidate };
    expect(approved).toMatchObject({ ok: true, itemId: '2025-03-28-fr-additions-entity-list-2025-05427', candidate: { status: 'approved', reviewer: 'cli' } });
    const events = (await ok('events', '--json', '--admin', 'trump', '--from', '2025')).json() as { total: number; items: StoredItem[] };
    expect(events.items.map((i) => i.id)).toEqual([approved.itemId]);
    const item = (await ok('event', approved.itemId, '--json')).json() as StoredItem;
    expect(item).toMatchObject({ provenance: { kind: 'federal-register', documentId: '2025-05427' }, instrument: 'entity-list', administration: 'trump' });
    expect(item).not.toHaveProperty('reading');
    expect((await ok('events', '--json', '--limit', '1000')).json().total).toBe(69);
    expect((await ok('event', approved.itemId)).stdout).toContain('Additions to the Entity List');
  });

  it('refuses to approve twice or an unknown id, with exit 1 and a message', async () => {
    const twice = await cli('review', 'approve', 'fr-2025-05427');
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain('fr-2025-05427 is approved by cli');
    const unknown = await cli('review', 'approve', 'fr-1999-00001', '--json');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('No candidate "fr-1999-00001"');
    expect((await cli('review', 'reject', 'fr-2023-12633')).stderr).toContain('fr-2023-12633 is skipped');
    expect((await cli('review', 'show', 'fr-none')).status).toBe(1);
    expect((await cli('review', 'list', '--status', 'maybe')).status).toBe(1);
  });

  it('rejects for good: a later run does not propose the document again', async () => {
    const rejected = (await ok('review', 'reject', 'fr-2019-22210', '--reason', 'already in the paper', '--json')).json() as { candidate: Candidate };
    expect(rejected.candidate).toMatchObject({ status: 'rejected', reason: 'already in the paper' });
    const again = (await ok('sources', 'run', '--since', '2019-01-01', '--json')).json() as { watches: Array<{ counts: Record<string, number> }> };
    expect(again.watches.map((w) => w.counts.proposed)).toEqual([0, 0, 0, 0]);
    const pending = (await ok('review', 'list', '--json')).json() as { candidates: Candidate[] };
    expect(pending.candidates.map((c) => c.id)).not.toContain('fr-2019-22210');
    expect((await ok('review', 'list', '--status', 'rejected')).stdout).toContain('fr-2019-22210');
  });

  it('exits 2 when a watch failed, printing why', async () => {
    fake.fail({ kind: 'malformed' });
    const run = await cli('sources', 'run');
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^bis-export-controls: failed, 0 pages, .*\n {2}error: page 1: malformed page/);
    expect(run.stdout).toContain('treasury-investment-and-sanctions: ok');
    expect((await cli('sources', 'run', '--since', 'yesterday')).status).toBe(1);
  });
});
