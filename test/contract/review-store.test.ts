import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewCandidate, SourceRun } from '../../src/core/candidate.js';
import type { PolicyItem } from '../../src/core/policy-item.js';
import type { ItemStore } from '../../src/core/ports.js';
import { fixtureItem } from '../support/fixtures.js';
import { storeImplementations } from '../support/store-implementations.js';
import { manualClock } from '../support/temp-store.js';

/** An item as a Federal Register document would propose it: no reading, its abstract as the passage. */
const proposed = (n: number, overrides: Partial<PolicyItem> = {}): PolicyItem => fixtureItem({
  id: `2025-03-${String(10 + n)}-fr-additions-to-the-entity-list-2025-0${n}` as PolicyItem['id'], date: `2025-03-${String(10 + n)}`,
  administration: 'trump', reading: undefined, provenance: { kind: 'federal-register', documentId: `2025-0${n}` }, translation: 'pending',
  passages: [{ documentId: `fr-2025-0${n}`, section: 'Abstract', text: 'In this rule, BIS amends the EAR.' }], ...overrides,
});

const candidate = (n: number, status: NewCandidate['status'] = 'pending'): NewCandidate => ({
  id: `fr-2025-0${n}`, source: 'federal-register', status, suggestedReading: null,
  document: { documentId: `2025-0${n}`, title: `Document ${n}`, type: 'Rule', action: 'Final rule.', publicationDate: `2025-03-${String(10 + n)}`, htmlUrl: null },
  item: status === 'skipped' ? null : proposed(n), reason: status === 'skipped' ? 'not relevant' : null,
});

const run = (outcome: SourceRun['outcome'], seen: number, error: string | null = null): SourceRun =>
  ({ startedAt: '2026-01-05T09:00:00.000Z', finishedAt: '2026-01-05T09:00:02.000Z', outcome, counts: { seen, proposed: 1, skipped: 0, known: 0 }, error });

describe.each(storeImplementations)('ReviewPort on %s', (_name, factory) => {
  let clock: ReturnType<typeof manualClock>;
  let store: ItemStore;
  let cleanup: () => Promise<void> | void;

  beforeEach(async () => {
    clock = manualClock();
    ({ store, cleanup } = await factory(clock));
  });
  afterEach(async () => {
    await store.close();
    await cleanup();
  });

  it('adds candidates once by id and lists them by status, oldest found first', async () => {
    expect(await store.addCandidates([candidate(2), candidate(1), candidate(3, 'skipped')], '2026-01-05T09:00:00.000Z')).toEqual({ added: 3, known: 0 });
    expect(await store.addCandidates([candidate(1), candidate(4)], '2026-01-06T09:00:00.000Z')).toEqual({ added: 1, known: 1 });
    expect([...await store.knownCandidates(['fr-2025-01', 'fr-2025-03', 'fr-2025-09'])].sort()).toEqual(['fr-2025-01', 'fr-2025-03']);
    expect(await store.knownCandidates([])).toEqual(new Set());
    const pending = await store.listCandidates('pending', { limit: 10, offset: 0 });
    expect(pending.total).toBe(3);
    expect(pending.candidates.map((c) => c.id)).toEqual(['fr-2025-01', 'fr-2025-02', 'fr-2025-04']);
    expect((await store.listCandidates('pending', { limit: 1, offset: 1 })).candidates.map((c) => c.id)).toEqual(['fr-2025-02']);
    const skipped = await store.getCandidate('fr-2025-03');
    expect(skipped).toMatchObject({ status: 'skipped', item: null, reason: 'not relevant', foundAt: '2026-01-05T09:00:00.000Z', reviewer: null });
    expect(await store.getCandidate('fr-2025-01')).toEqual({ ...candidate(1), foundAt: '2026-01-05T09:00:00.000Z', reviewedAt: null, reviewer: null });
    expect(await store.getCandidate('fr-nothing')).toBeUndefined();
  });

  it('approves a pending candidate: the item is stored with addedAt the approval time, through the change sequence, once', async () => {
    await store.addCandidates([candidate(1)], '2026-01-05T09:00:00.000Z');
    const before = await store.latestChange();
    const outcome = await store.approveCandidate('fr-2025-01', proposed(1), 'cli', '2026-01-07T10:00:00.000Z');
    expect(outcome).toMatchObject({ ok: true, candidate: { status: 'approved', reviewer: 'cli', reviewedAt: '2026-01-07T10:00:00.000Z' } });
    const stored = await store.getItem(proposed(1).id);
    expect(stored).toMatchObject({ addedAt: '2026-01-07T10:00:00.000Z', provenance: { kind: 'federal-register', documentId: '2025-01' } });
    expect(stored?.reading).toBeUndefined();
    const changed = await store.itemsChangedAfter(before, 10);
    expect(changed.items.map((i) => i.id)).toEqual([proposed(1).id]);
    expect(await store.approveCandidate('fr-2025-01', proposed(1), 'cli', '2026-01-08T10:00:00.000Z'))
      .toMatchObject({ ok: false, reason: 'not-pending', candidate: { status: 'approved' } });
    expect(await store.approveCandidate('fr-unknown', proposed(1), 'cli', '2026-01-08T10:00:00.000Z')).toEqual({ ok: false, reason: 'unknown' });
    expect((await store.listItems({}, { limit: 10, offset: 0 })).total).toBe(1);
  });

  it('approves all or nothing: a failing item leaves the candidate pending and no item stored', async () => {
    await store.addCandidates([candidate(1), candidate(2)], '2026-01-05T09:00:00.000Z');
    const broken = { ...proposed(1), date: undefined } as unknown as PolicyItem;
    await expect(store.approveCandidate('fr-2025-01', broken, 'cli', '2026-01-07T10:00:00.000Z')).rejects.toThrow();
    expect(await store.getCandidate('fr-2025-01')).toMatchObject({ status: 'pending', reviewer: null });
    expect((await store.listItems({}, { limit: 10, offset: 0 })).total).toBe(0);
    // An item id that is already stored is refused, and the candidate stays pending.
    await store.upsertItems([proposed(2)]);
    expect(await store.approveCandidate('fr-2025-01', proposed(2), 'cli', '2026-01-07T10:00:00.000Z')).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await store.getCandidate('fr-2025-01')).toMatchObject({ status: 'pending' });
    expect((await store.getItem(proposed(2).id))?.addedAt).toBe('2026-01-05T09:00:00.000Z');
  });

  it('gives a candidate to one of two approvals made at once', async () => {
    await store.addCandidates([candidate(1)], '2026-01-05T09:00:00.000Z');
    const outcomes = await Promise.all([store.approveCandidate('fr-2025-01', proposed(1), 'slack:U1', '2026-01-07T10:00:00.000Z'),
      store.approveCandidate('fr-2025-01', proposed(1), 'teams:29:a', '2026-01-07T10:00:00.000Z')]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([expect.objectContaining({ reason: 'not-pending' })]);
  });

  it('rejects for good and edits only pending candidates', async () => {
    await store.addCandidates([candidate(1), candidate(2), candidate(3, 'skipped')], '2026-01-05T09:00:00.000Z');
    const edited = { ...proposed(2), title: { en: 'An edited title', zh: '编辑后的标题' }, translation: 'human' as const };
    expect(await store.updateCandidateItem('fr-2025-02', edited)).toMatchObject({ ok: true, candidate: { status: 'pending', item: { title: edited.title } } });
    expect(await store.rejectCandidate('fr-2025-01', 'cli', '2026-01-07T10:00:00.000Z', 'not about AI'))
      .toMatchObject({ ok: true, candidate: { status: 'rejected', reason: 'not about AI', reviewer: 'cli' } });
    expect(await store.rejectCandidate('fr-2025-01', 'cli', '2026-01-07T10:00:00.000Z', null)).toMatchObject({ ok: false, reason: 'not-pending' });
    expect(await store.updateCandidateItem('fr-2025-01', edited)).toMatchObject({ ok: false, reason: 'not-pending' });
    expect(await store.rejectCandidate('fr-2025-03', 'cli', '2026-01-07T10:00:00.000Z', null)).toMatchObject({ ok: false, reason: 'not-pending' });
    expect(await store.updateCandidateItem('fr-none', edited)).toEqual({ ok: false, reason: 'unknown' });
    // A rejected document stays known, so a later run never proposes it again.
    expect(await store.addCandidates([candidate(1)], '2026-01-09T09:00:00.000Z')).toEqual({ added: 0, known: 1 });
    expect(await store.getCandidate('fr-2025-01')).toMatchObject({ status: 'rejected' });
  });

  it('keeps each watch\'s cursor and its latest run', async () => {
    expect(await store.getSourceCursor('bis')).toBeNull();
    await store.setSourceCursor('bis', '2025-03-28');
    await store.setSourceCursor('bis', '2025-04-02');
    await store.setSourceCursor('treasury', '2024-11-15');
    expect(await store.getSourceCursor('bis')).toBe('2025-04-02');
    expect(await store.latestSourceRuns()).toEqual([]);
    await store.recordSourceRun('bis', run('ok', 3));
    await store.recordSourceRun('treasury', run('ok', 1));
    await store.recordSourceRun('bis', run('failed', 0, 'page 2: malformed'));
    expect(await store.latestSourceRuns()).toEqual([{ watch: 'bis', run: run('failed', 0, 'page 2: malformed') }, { watch: 'treasury', run: run('ok', 1) }]);
  });
});
