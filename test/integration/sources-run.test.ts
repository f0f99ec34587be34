import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import type { Watch } from '../../src/core/source-watches.js';
import { approveCandidate, CLI_REVIEWER, editCandidate, rejectCandidate, type ReviewDeps } from '../../src/core/review.js';
import type { PolicyItem } from '../../src/core/policy-item.js';
import { runSources, runWatch, type SourceRunDeps } from '../../src/sources/run-sources.js';
import { sourceRunDepsFor } from '../../src/sources/source-run-deps.js';
import { startFakeFederalRegister } from '../support/fake-federal-register.js';
import { manualClock, tempDir } from '../support/temp-store.js';

type Fake = Awaited<ReturnType<typeof startFakeFederalRegister>>;
let fake: Fake;
let core: AppCore;
let cleanups: Array<() => Promise<void> | void>;
let logged: string[];
const clock = manualClock('2026-01-05T06:00:00.000Z');

async function open(env: Record<string, string> = {}): Promise<AppCore> {
  const { dir, cleanup } = tempDir();
  const opened = await openAppCore(loadConfig({ BRIEFING_DB: join(dir, 'b.db'), FEDREG_API_URL: fake.baseUrl, ...env }), clock);
  cleanups.push(cleanup, () => opened.close());
  return opened;
}
const depsFor = (opened: AppCore, client = {}): SourceRunDeps => sourceRunDepsFor(opened, (message) => logged.push(message), { backoffMs: 20, timeoutMs: 300, maxAttempts: 2, ...client });
const watch = (id: string): Watch => core.data.sources.watches.find((w) => w.id === id) as Watch;
const ids = async (status: 'pending' | 'approved' | 'rejected' | 'skipped') =>
  (await core.store.listCandidates(status, { limit: 100, offset: 0 })).candidates.map((c) => c.id).sort();
const RELEVANT = ['fr-2019-22210', 'fr-2022-21658', 'fr-2023-17449', 'fr-2024-25422', 'fr-2025-05427'];

beforeEach(async () => {
  cleanups = [];
  logged = [];
  fake = await startFakeFederalRegister();
  cleanups.push(() => fake.close());
  core = await open();
});
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('a run of the Federal Register watches', () => {
  it('proposes exactly the relevant documents as pending candidates, skips the rest with a reason, and proposes nothing new the next time', async () => {
    const started = Date.now();
    const reports = await runSources(depsFor(core), { since: '2019-01-01' });
    const ms = Date.now() - started;
    expect(reports.map((r) => [r.watch, r.outcome, r.counts, r.pages, r.cursor])).toEqual([
      ['bis-export-controls', 'ok', { seen: 5, proposed: 3, skipped: 2, known: 0 }, 1, '2025-03-28'],
      ['treasury-investment-and-sanctions', 'ok', { seen: 1, proposed: 1, skipped: 0, known: 0 }, 1, '2024-11-15'],
      ['presidential-documents', 'ok', { seen: 1, proposed: 1, skipped: 0, known: 0 }, 1, '2023-08-11'],
      ['departments', 'ok', { seen: 6, proposed: 0, skipped: 1, known: 5 }, 1, '2025-03-28'],
    ]);
    expect(ms).toBeLessThan(5000);
    expect(await ids('pending')).toEqual(RELEVANT);
    expect(await ids('skipped')).toEqual(['fr-2022-22675', 'fr-2023-12633', 'fr-2023-21171']);
    expect((await core.store.getCandidate('fr-2023-12633'))?.reason).toMatch(/^not relevant: the title and abstract mention neither China/);
    expect((await core.store.latestSourceRuns()).map((r) => [r.watch, r.run.outcome, r.run.error])).toEqual([['bis-export-controls', 'ok', null],
      ['departments', 'ok', null], ['presidential-documents', 'ok', null], ['treasury-investment-and-sanctions', 'ok', null]]);

    // From the cursors: each watch reads its newest day again and finds it known.
    const again = await runSources(depsFor(core));
    expect(again.map((r) => [r.since, r.counts])).toEqual([['2025-03-28', { seen: 1, proposed: 0, skipped: 0, known: 1 }],
      ['2024-11-15', { seen: 1, proposed: 0, skipped: 0, known: 1 }], ['2023-08-11', { seen: 1, proposed: 0, skipped: 0, known: 1 }],
      ['2025-03-28', { seen: 1, proposed: 0, skipped: 0, known: 1 }]]);
    // A backfill over everything proposes and skips nothing twice.
    const backfill = await runSources(depsFor(core), { since: '2019-01-01' });
    expect(backfill.map((r) => [r.counts.proposed, r.counts.skipped])).toEqual([[0, 0], [0, 0], [0, 0], [0, 0]]);
    expect(await ids('pending')).toEqual(RELEVANT);
  });

  it('records a malformed page, keeps the cursor before it, and takes it up on the next good run', async () => {
    const bis = { ...watch('bis-export-controls'), startDate: '2019-01-01' };
    await core.store.setSourceCursor(bis.id, '2019-01-01');
    fake.fail({ kind: 'malformed' }, { page: 2 });
    const failed = await runWatch(bis, depsFor(core, { perPage: 2 }));
    expect(failed).toMatchObject({ outcome: 'partial', pages: 1, counts: { seen: 2, proposed: 2, skipped: 0, known: 0 }, cursor: '2019-01-01' });
    expect(failed.error).toMatch(/^page 2: malformed page/);
    expect(logged).toContain('sources: watch failed; its cursor stays');
    expect(await core.store.getSourceCursor(bis.id)).toBe('2019-01-01');
    expect((await core.store.latestSourceRuns())[0]).toMatchObject({ watch: bis.id, run: { outcome: 'partial', error: failed.error } });

    const good = await runWatch(bis, depsFor(core, { perPage: 2 }));
    expect(good).toMatchObject({ outcome: 'ok', pages: 3, counts: { seen: 5, proposed: 1, skipped: 2, known: 2 }, cursor: '2025-03-28', error: null });
    expect(await core.store.getSourceCursor(bis.id)).toBe('2025-03-28');
  });

  it('records a hung request as a failed run, and goes on after a 500 or a 429', async () => {
    fake.fail({ kind: 'hang' }, { times: 2 });
    const hung = await runWatch(watch('treasury-investment-and-sanctions'), depsFor(core), { since: '2019-01-01' });
    expect(hung).toMatchObject({ outcome: 'failed', pages: 0, error: 'page 1: no answer within 300 ms, after 2 tries', cursor: null });
    expect((await core.store.latestSourceRuns())[0]?.run).toMatchObject({ outcome: 'failed', error: 'page 1: no answer within 300 ms, after 2 tries' });
    fake.fail({ kind: '500' });
    fake.fail({ kind: '429', retryAfter: '0' });
    const recovered = await runWatch(watch('treasury-investment-and-sanctions'), depsFor(core, { maxAttempts: 3 }), { since: '2019-01-01' });
    expect(recovered).toMatchObject({ outcome: 'ok', counts: { proposed: 1 }, cursor: '2024-11-15' });
  });
});

describe('reviewing what a run proposed', () => {
  const reviewDeps = (admins: string[] | null): ReviewDeps => ({ store: core.store, clock, admins, aliases: core.data.aliases });

  it('approves into the store at once, leaves the paper\'s 68 items as they were, and lets only admins review from chat', async () => {
    const paper = async () => (await core.store.listItems({}, { limit: 1000, offset: 0 })).items.filter((item) => item.provenance.kind === 'paper');
    const before = await paper();
    expect(before).toHaveLength(68);
    await runSources(depsFor(core), { since: '2019-01-01' });
    expect(await approveCandidate('fr-2025-05427', 'slack:U1', reviewDeps(null))).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(await approveCandidate('fr-2025-05427', 'slack:U1', reviewDeps(['slack:U2']))).toMatchObject({ ok: false, refusal: 'forbidden',
      message: 'Only the bot\'s admins can review candidates (you are slack:U1).' });
    clock.advance(60_000);
    const approved = await approveCandidate('fr-2025-05427', 'slack:U2', reviewDeps(['slack:U2']));
    expect(approved).toMatchObject({ ok: true, candidate: { status: 'approved', reviewer: 'slack:U2' } });
    const itemId = approved.ok ? approved.candidate.item?.id as string : '';
    expect(await core.store.getItem(itemId)).toMatchObject({ addedAt: '2026-01-05T06:01:00.000Z', administration: 'trump', provenance: { kind: 'federal-register' } });
    expect((await core.store.listItems({ addedSince: '2026-01-05T06:00:30.000Z' }, { limit: 10, offset: 0 })).items.map((i) => i.id)).toEqual([itemId]);
    expect(await approveCandidate('fr-2025-05427', CLI_REVIEWER, reviewDeps(null))).toMatchObject({ ok: false, refusal: 'not-pending',
      message: 'fr-2025-05427 is approved by slack:U2 on 2026-01-05, not pending: only pending candidates can be reviewed.' });
    expect(await paper()).toEqual(before);
  });

  it('rejects for good: later runs never propose the document again', async () => {
    await runSources(depsFor(core), { since: '2019-01-01' });
    expect(await rejectCandidate('fr-2024-25422', CLI_REVIEWER, 'covered by the executive order item', reviewDeps(null))).toMatchObject({ ok: true });
    const later = await runSources(depsFor(core), { since: '2019-01-01' });
    expect(later.reduce((sum, r) => sum + r.counts.proposed, 0)).toBe(0);
    expect(await ids('rejected')).toEqual(['fr-2024-25422']);
    expect(await ids('pending')).toEqual(RELEVANT.filter((id) => id !== 'fr-2024-25422'));
    expect(await rejectCandidate('fr-2024-25422', CLI_REVIEWER, null, reviewDeps(null))).toMatchObject({ ok: false, refusal: 'not-pending' });
    expect(await rejectCandidate('fr-2099-00001', CLI_REVIEWER, null, reviewDeps(null))).toMatchObject({ ok: false, refusal: 'unknown' });
  });

  it('takes an edit before approval when it is a valid item, and refuses one whose id another item has', async () => {
    await runSources(depsFor(core), { since: '2019-01-01' });
    const proposed = (await core.store.getCandidate('fr-2022-21658'))?.item as PolicyItem;
    expect(await editCandidate('fr-2022-21658', { ...proposed, actors: ['nobody'] }, CLI_REVIEWER, reviewDeps(null))).toMatchObject({ ok: false, refusal: 'invalid',
      message: 'The edited item is not valid: actors.0: nobody is not a known actor (add it to data/aliases.json)' });
    const edited = { ...proposed, title: { en: proposed.title.en, zh: '实施额外出口管制：部分先进计算与半导体制造物项' }, translation: 'human' };
    expect(await editCandidate('fr-2022-21658', edited, 'teams:29:x', reviewDeps(null))).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(await editCandidate('fr-2022-21658', edited, CLI_REVIEWER, reviewDeps(null))).toMatchObject({ ok: true, candidate: { item: { translation: 'human' } } });
    expect(await approveCandidate('fr-2022-21658', CLI_REVIEWER, reviewDeps(null))).toMatchObject({ ok: true });
    expect((await core.store.getItem(proposed.id))?.title.zh).toBe('实施额外出口管制：部分先进计算与半导体制造物项');

    const taken = { ...((await core.store.getCandidate('fr-2019-22210'))?.item as PolicyItem), id: '2019-10-07-bis-entity-list-eight-ai-firms' };
    expect(await editCandidate('fr-2019-22210', taken, CLI_REVIEWER, reviewDeps(null))).toMatchObject({ ok: true });
    const conflict = await approveCandidate('fr-2019-22210', CLI_REVIEWER, reviewDeps(null));
    expect(conflict).toMatchObject({ ok: false, refusal: 'conflict',
      message: 'fr-2019-22210: an item with id 2019-10-07-bis-entity-list-eight-ai-firms is already stored; edit the id first.' });
    expect((await core.store.getItem('2019-10-07-bis-entity-list-eight-ai-firms'))?.provenance.kind).toBe('paper');
  });
});
