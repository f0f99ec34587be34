import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PolicyItem } from '../../src/core/policy-item.js';
import type { ItemStore } from '../../src/core/ports.js';
import { fixtureItem } from '../support/fixtures.js';
import { storeImplementations as implementations } from '../support/store-implementations.js';
import { manualClock } from '../support/temp-store.js';

const item = (id: string, date: string, overrides: Partial<PolicyItem> = {}): PolicyItem =>
  fixtureItem({ id: id as PolicyItem['id'], date, ...overrides });

describe.each(implementations)('ItemStore on %s', (_name, factory) => {
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

  it('adds new items once and sets addedAt on first insert only', async () => {
    const first = item('2019-05-21-a', '2019-05-21');
    expect(await store.upsertItems([first])).toEqual({ added: 1, updated: 0, unchanged: 0 });
    const addedAt = (await store.getItem(first.id))?.addedAt;
    expect(addedAt).toBe('2026-01-05T09:00:00.000Z');

    clock.advance(86_400_000);
    expect(await store.upsertItems([first])).toEqual({ added: 0, updated: 0, unchanged: 1 });
    const changed = { ...first, title: { en: 'A better title', zh: '更好的标题' } };
    expect(await store.upsertItems([changed])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    const stored = await store.getItem(first.id);
    expect(stored?.title.en).toBe('A better title');
    expect(stored?.addedAt).toBe(addedAt);
  });

  it('reads many items by id at once, in the order asked, each once, leaving out unknown ids', async () => {
    await store.upsertItems([item('2019-05-21-a', '2019-05-21'), item('2020-01-02-b', '2020-01-02'), item('2021-03-04-c', '2021-03-04')]);
    const found = await store.getItems(['2021-03-04-c', 'no-such-item', '2019-05-21-a', '2021-03-04-c']);
    expect(found.map((stored) => stored.id)).toEqual(['2021-03-04-c', '2019-05-21-a']);
    expect(found[0]).toEqual(await store.getItem('2021-03-04-c'));
    expect(found[0]?.addedAt).toBe('2026-01-05T09:00:00.000Z');
    expect(await store.getItems([])).toEqual([]);
    expect(await store.getItems(["x') OR 1=1 --", '%'])).toEqual([]);
    const many = Array.from({ length: 40_000 }, (_, i) => `missing-${i}`).concat('2020-01-02-b');
    expect((await store.getItems(many)).map((stored) => stored.id)).toEqual(['2020-01-02-b']);
  });

  it('stores nothing when one item of a batch fails', async () => {
    const broken = { ...item('2019-05-23-b', '2019-05-23'), date: undefined } as unknown as PolicyItem;
    await expect(store.upsertItems([item('2019-05-22-a', '2019-05-22'), broken])).rejects.toThrow();
    expect((await store.listItems({}, { limit: 10, offset: 0 })).total).toBe(0);
  });

  it('lists newest first and filters by actor, administration, dates, driver, target, type and text', async () => {
    await store.upsertItems([
      item('2018-05-23-dji', '2018-05-23', { actors: ['defense'], targets: ['dji'], instrument: 'procurement-ban' }),
      item('2019-05-21-huawei', '2019-05-21'),
      item('2019-10', '2019-10', { title: { en: 'Month precision', zh: '月份' } }),
      item('2021-12-10-sensetime', '2021-12-10', { administration: 'biden', actors: ['treasury'], targets: ['sensetime'],
        instrument: 'investment-ban', reading: { ...fixtureItem().reading!, driver: 'mixed' } }),
    ]);
    const ids = async (filter: Parameters<ItemStore['listItems']>[0]) =>
      (await store.listItems(filter, { limit: 10, offset: 0 })).items.map((i) => i.id);
    expect(await ids({})).toEqual(['2021-12-10-sensetime', '2019-10', '2019-05-21-huawei', '2018-05-23-dji']);
    expect(await ids({ actors: ['defense'] })).toEqual(['2018-05-23-dji']);
    expect(await ids({ administrations: ['biden'] })).toEqual(['2021-12-10-sensetime']);
    expect(await ids({ from: '2019', to: '2019-10-15' })).toEqual(['2019-10', '2019-05-21-huawei']);
    expect(await ids({ from: '2019-06' })).toEqual(['2021-12-10-sensetime', '2019-10']);
    expect(await ids({ drivers: ['mixed'] })).toEqual(['2021-12-10-sensetime']);
    expect(await ids({ targets: ['huawei'], instruments: ['entity-list'] })).toEqual(['2019-10', '2019-05-21-huawei']);
    expect(await ids({ text: 'MONTH precision' })).toEqual(['2019-10']);
    expect(await ids({ text: 'prec' })).toEqual([]);
    expect(await ids({ text: 'U.S.' })).toHaveLength(4);
    expect(await ids({ text: '100%' })).toEqual([]);
    // One condition however many words: no expression-depth limit to reach.
    expect(await ids({ text: Array.from({ length: 1200 }, (_, i) => `word${i}`).join(' ') })).toEqual([]);
    expect(await ids({ text: Array.from({ length: 600 }, () => 'month PRECISION').join(' ') })).toEqual(['2019-10']);
    const page = await store.listItems({}, { limit: 2, offset: 2 });
    expect(page.total).toBe(4);
    expect(page.items.map((i) => i.id)).toEqual(['2019-05-21-huawei', '2018-05-23-dji']);
  });

  it('reads many items at once, in the order asked, each once, leaving out ids it does not hold', async () => {
    const earlier = item('2018-05-23-dji', '2018-05-23');
    const later = item('2021-12-10-sensetime', '2021-12-10', { title: { en: 'SenseTime', zh: '商汤' } });
    await store.upsertItems([earlier, later, item('2019-05-21-huawei', '2019-05-21')]);
    const got = await store.getItems(['2021-12-10-sensetime', 'no-such-item', '2018-05-23-dji', '2021-12-10-sensetime']);
    expect(got.map((i) => i.id)).toEqual(['2021-12-10-sensetime', '2018-05-23-dji']);
    expect(got[0]).toEqual(await store.getItem(later.id));
    expect(got[0]?.addedAt).toBe('2026-01-05T09:00:00.000Z');
    expect(await store.getItems([])).toEqual([]);
    // One list parameter however many ids: more than SQLite or PostgreSQL bind as separate parameters.
    const many = [...Array.from({ length: 70_000 }, (_, i) => `missing-${i}`), earlier.id];
    expect((await store.getItems(many)).map((i) => i.id)).toEqual([earlier.id]);
  });

  it('pages through item changes by a cursor that always advances, also when one write stamps many items alike', async () => {
    expect(await store.latestChange()).toBeNull();
    const batch = ['a', 'b', 'c', 'd', 'e'].map((suffix, i) => item(`2019-05-2${i}-${suffix}`, `2019-05-2${i}`));
    await store.upsertItems(batch);
    const first = await store.itemsChangedAfter(null, 3);
    const second = await store.itemsChangedAfter(first.cursor, 3);
    expect([...first.items, ...second.items].map((i) => i.id).sort()).toEqual(batch.map((i) => i.id).sort());
    expect(second.items).toHaveLength(2);
    expect(await store.itemsChangedAfter(second.cursor, 3)).toEqual({ items: [], cursor: second.cursor });
    expect(await store.latestChange()).toEqual(second.cursor);
    // Same clock instant, later write: it still comes after the cursor; unchanged items do not come again.
    await store.upsertItems([...batch.slice(1), { ...batch[0] as PolicyItem, title: { en: 'Changed', zh: '已改' } }]);
    const later = await store.itemsChangedAfter(second.cursor, 10);
    expect(later.items.map((i) => [i.id, i.title.en])).toEqual([[batch[0]?.id, 'Changed']]);
    expect(await store.latestChange()).toEqual(later.cursor);
  });

  it('lists items added since an instant', async () => {
    await store.upsertItems([item('2019-05-21-a', '2019-05-21')]);
    clock.advance(60_000);
    const since = clock.now().toISOString();
    await store.upsertItems([item('2017-01-01-b', '2017-01-01')]);
    expect((await store.listItems({ addedSince: since }, { limit: 10, offset: 0 })).items.map((i) => i.id)).toEqual(['2017-01-01-b']);
  });

  it('keeps conversations bounded and lets them expire', async () => {
    const turn = (question: string) => ({ question, topic: question, filter: {}, lang: 'en' as const, at: clock.now().toISOString() });
    for (const q of ['one', 'two', 'three', 'four']) await store.appendConversation('thread-1', turn(q), 3, 3_600_000);
    expect((await store.getConversation('thread-1')).map((t) => t.question)).toEqual(['two', 'three', 'four']);
    clock.advance(2 * 3_600_000);
    await store.appendConversation('thread-2', turn('later'), 3, 3_600_000);
    expect(await store.getConversation('thread-1')).toEqual([]);
    await store.appendConversation('thread-1', turn('fresh'), 3, 3_600_000);
    expect((await store.getConversation('thread-1')).map((t) => t.question)).toEqual(['fresh']);
  });

  it('answers a ping while open', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });

  it('keeps meta values and replaces a document\'s passages', async () => {
    await store.setMeta('k', 'v1');
    await store.setMeta('k', 'v2');
    expect(await store.getMeta('k')).toBe('v2');
    const passage = (id: string) => ({ id, documentId: 'doc', section: { en: 'S', zh: '节' }, kind: 'body' as const, text: id, gloss: { en: id, zh: id }, keywords: [] });
    await store.replacePassages('doc', [passage('p1'), passage('p2')]);
    await store.replacePassages('doc', [passage('p3')]);
    expect((await store.allPassages()).map((p) => p.id)).toEqual(['p3']);
  });

  it('claims a key once, also when asked twice at the same time', async () => {
    const cutoff = '2000-01-01T00:00:00.000Z';
    const results = await Promise.all([store.claimOnce('slack:event:E1', cutoff), store.claimOnce('slack:event:E1', cutoff)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await store.claimOnce('slack:event:E2', cutoff)).toBe(true);
  });

  it('keeps answers with their feedback, one rating per user', async () => {
    const reply = { kind: 'answer' as const, lang: 'en' as const, question: 'q', grounded: true, mode: 'extractive' as const, text: 'Text [1].',
      citations: [{ n: 1, kind: 'item' as const, itemId: 'x', date: '2019', title: 't', url: null, section: 's' }], related: [], actions: [] };
    const id = await store.saveAnswer({ platform: 'slack', conversation: 'c', question: 'q', reply });
    expect((await store.getAnswer(id))?.reply).toEqual(reply);
    await store.saveFeedback({ answerId: id, user: 'slack:U1', rating: 'down' });
    await store.saveFeedback({ answerId: id, user: 'slack:U1', rating: 'up' });
    expect(await store.listFeedback()).toEqual([expect.objectContaining({ answerId: id, user: 'slack:U1', rating: 'up', answer: 'Text [1].', citations: [{ n: 1, itemId: 'x' }] })]);
  });

  it('keeps conversation references and cached answers within their window', async () => {
    await store.saveConversationRef('teams:c1', 'teams', { conversation: { id: 'c1' } });
    expect(await store.getConversationRef('teams:c1')).toEqual({ conversation: { id: 'c1' } });
    await store.putCachedAnswer('k', 'v', '2000-01-01T00:00:00.000Z');
    expect(await store.getCachedAnswer('k', '2026-01-05T08:00:00.000Z')).toBe('v');
    expect(await store.getCachedAnswer('k', '2026-01-05T10:00:00.000Z')).toBeUndefined();
  });

  it('keeps embeddings per model, replacing a document\'s vector when its text changes', async () => {
    await store.saveEmbeddings('m1', [{ id: 'a', contentHash: 'h1', vector: Float32Array.from([0.5, -0.25, 1]) },
      { id: 'b', contentHash: 'h2', vector: Float32Array.from([0, 1, 0]) }]);
    await store.saveEmbeddings('m1', [{ id: 'a', contentHash: 'h3', vector: Float32Array.from([1, 0, 0]) }]);
    await store.saveEmbeddings('m2', [{ id: 'a', contentHash: 'h9', vector: Float32Array.from([9]) }]);
    const stored = (await store.loadEmbeddings('m1')).sort((x, y) => x.id.localeCompare(y.id));
    expect(stored.map((e) => ({ id: e.id, hash: e.contentHash, vector: [...e.vector] })))
      .toEqual([{ id: 'a', hash: 'h3', vector: [1, 0, 0] }, { id: 'b', hash: 'h2', vector: [0, 1, 0] }]);
    expect(await store.loadEmbeddings('m3')).toEqual([]);
  });

  it('claims digest windows: a failed one is claimed again, extended, and delivery moves the next start', async () => {
    const subscription = await store.addSubscription({ platform: 'slack', channel: 'C1', schedule: '0 9 * * 1', timeZone: 'UTC', filter: { actors: ['commerce'] },
      filterLabel: 'actor:commerce', notifyEmpty: false, createdBy: 'test' });
    expect(subscription).toMatchObject({ id: expect.any(Number), deliveredUntil: '2026-01-05T09:00:00.000Z', paused: false, filter: { actors: ['commerce'] } });
    const first = (await store.claimDelivery(subscription.id, '2026-01-12T09:00:00.000Z'))!;
    expect(first).toMatchObject({ windowStart: '2026-01-05T09:00:00.000Z', windowEnd: '2026-01-12T09:00:00.000Z', attempt: 1 });
    await store.failDelivery(first.id, 'boom', 2);
    const again = (await store.claimDelivery(subscription.id, '2026-01-19T09:00:00.000Z'))!;
    expect(again).toMatchObject({ id: first.id, windowStart: '2026-01-05T09:00:00.000Z', windowEnd: '2026-01-19T09:00:00.000Z', attempt: 2 });
    await store.completeDelivery(again.id, '123.456');
    const [after] = await store.listSubscriptions();
    expect(after).toMatchObject({ deliveredUntil: '2026-01-19T09:00:00.000Z', consecutiveFailures: 0, lastError: null });
    const next = (await store.claimDelivery(subscription.id, '2026-01-26T09:00:00.000Z'))!;
    expect(next).toMatchObject({ windowStart: '2026-01-19T09:00:00.000Z', attempt: 1 });
    await store.failDelivery(next.id, 'gone', 2);
    await store.failDelivery((await store.claimDelivery(subscription.id, '2026-02-02T09:00:00.000Z'))!.id, 'gone', 2);
    expect((await store.listSubscriptions())[0]).toMatchObject({ paused: true, consecutiveFailures: 2, lastError: 'gone' });
    expect(await store.removeSubscription(subscription.id)).toBe(true);
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it('gives a digest window to one run at a time, and to another once the claim is stale', async () => {
    const subscription = await store.addSubscription({ platform: 'slack', channel: 'C1', schedule: '0 9 * * 1', timeZone: 'UTC', filter: {},
      filterLabel: '', notifyEmpty: false, createdBy: 'test' });
    const claims = await Promise.all([store.claimDelivery(subscription.id, '2026-01-12T09:00:00.000Z'), store.claimDelivery(subscription.id, '2026-01-12T09:00:00.000Z')]);
    expect(claims.filter((c) => c !== null)).toHaveLength(1);
    clock.advance(60_000);
    expect(await store.claimDelivery(subscription.id, '2026-01-12T09:01:00.000Z')).toBeNull();
    clock.advance(5 * 60_000);
    expect(await store.claimDelivery(subscription.id, '2026-01-12T09:06:00.000Z')).toMatchObject({ attempt: 2 });
  });
  it('keeps a digest\'s planned parts; a planned window keeps its end, and a posted part fixes the plan', async () => {
    const subscription = await store.addSubscription({ platform: 'slack', channel: 'C1', schedule: '0 9 * * 1', timeZone: 'UTC', filter: {},
      filterLabel: '', notifyEmpty: false, createdBy: 'test' });
    const first = (await store.claimDelivery(subscription.id, '2026-01-12T09:00:00.000Z'))!;
    expect(await store.getDeliveryParts(first.id)).toEqual([]);
    await store.planDelivery(first.id, '2026-01-12T09:00:00.000Z', [{ n: 1 }, { n: 2 }]);
    await store.failDelivery(first.id, 'boom', 5);
    // Nothing posted yet: a later claim may still re-plan, and then with a longer window.
    const again = (await store.claimDelivery(subscription.id, '2026-01-13T09:00:00.000Z'))!;
    expect(again).toMatchObject({ id: first.id, attempt: 2, windowEnd: '2026-01-12T09:00:00.000Z' });
    expect(await store.planDelivery(again.id, '2026-01-13T09:00:00.000Z', [{ n: 'a' }, { n: 'b' }, { n: 'c' }])).toHaveLength(3);
    clock.advance(60_000);
    await store.markPartPosted(again.id, 1, '111.1');
    expect(await store.getDeliveryParts(again.id)).toEqual([
      { part: 1, payload: { n: 'a' }, posted: true, messageId: '111.1' },
      { part: 2, payload: { n: 'b' }, posted: false, messageId: null },
      { part: 3, payload: { n: 'c' }, posted: false, messageId: null },
    ]);
    await expect(store.planDelivery(again.id, '2026-01-14T09:00:00.000Z', [{}])).rejects.toThrow(/posted/);
    await store.failDelivery(again.id, 'part 2 failed', 5);
    const third = (await store.claimDelivery(subscription.id, '2026-01-20T09:00:00.000Z'))!;
    expect(third).toMatchObject({ id: first.id, attempt: 3, windowEnd: '2026-01-13T09:00:00.000Z' });
    await store.markPartPosted(third.id, 2, '111.2');
    await store.markPartPosted(third.id, 3, null);
    await store.completeDelivery(third.id, '111.1');
    expect((await store.listSubscriptions())[0]?.deliveredUntil).toBe('2026-01-13T09:00:00.000Z');
    expect(await store.removeSubscription(subscription.id)).toBe(true);
    expect(await store.getDeliveryParts(first.id)).toEqual([]);
  });

  it('renews a delivery\'s claim with each posted part', async () => {
    const subscription = await store.addSubscription({ platform: 'slack', channel: 'C1', schedule: '0 9 * * 1', timeZone: 'UTC', filter: {},
      filterLabel: '', notifyEmpty: false, createdBy: 'test' });
    const delivery = (await store.claimDelivery(subscription.id, '2026-01-12T09:00:00.000Z', 120_000))!;
    await store.planDelivery(delivery.id, delivery.windowEnd, [{}, {}]);
    clock.advance(100_000);
    await store.markPartPosted(delivery.id, 1, '1.1');
    clock.advance(100_000);
    expect(await store.claimDelivery(subscription.id, '2026-01-12T09:10:00.000Z', 120_000)).toBeNull();
  });

  it('keeps outbox entries until posted: claimed by one poster at a time, retried when due, finished once', async () => {
    const entry = await store.addOutboxEntry('slack', { channel: 'C1', text: 'hi' }, 60_000);
    expect(entry).toMatchObject({ platform: 'slack', payload: { channel: 'C1', text: 'hi' }, status: 'pending', attempts: 0, partsPosted: 0,
      createdAt: '2026-01-05T09:00:00.000Z' });
    // The sender holds it for its first attempt.
    expect(await store.claimOutboxEntries('slack', 10, 60_000)).toEqual([]);
    expect(await store.nextOutboxDue('slack')).toBe('2026-01-05T09:01:00.000Z');
    await store.updateOutboxEntry(entry.id, { kind: 'retry', at: '2026-01-05T09:00:02.000Z', error: 'http 500' });
    expect(await store.nextOutboxDue('slack')).toBe('2026-01-05T09:00:02.000Z');
    expect(await store.claimOutboxEntries('slack', 10, 60_000)).toEqual([]);
    clock.advance(2_000);
    const claims = await Promise.all([store.claimOutboxEntries('slack', 10, 60_000), store.claimOutboxEntries('slack', 10, 60_000)]);
    expect(claims.flat().map((e) => e.id)).toEqual([entry.id]);
    expect(claims.flat()[0]).toMatchObject({ attempts: 1, lastError: 'http 500' });
    expect(await store.claimOutboxEntries('teams', 10, 60_000)).toEqual([]);
    await store.updateOutboxEntry(entry.id, { kind: 'progress', partsPosted: 1, leaseMs: 60_000 });
    clock.advance(59_000);
    expect(await store.claimOutboxEntries('slack', 10, 60_000)).toEqual([]);
    // A poster that died holding it: after its claim runs out another takes over, knowing what was posted.
    clock.advance(2_000);
    expect(await store.claimOutboxEntries('slack', 10, 60_000)).toEqual([expect.objectContaining({ id: entry.id, partsPosted: 1 })]);
    await store.updateOutboxEntry(entry.id, { kind: 'sent' });
    expect(await store.getOutboxEntry(entry.id)).toMatchObject({ status: 'sent' });
    expect(await store.nextOutboxDue('slack')).toBeUndefined();
    const doomed = await store.addOutboxEntry('slack', {}, 0);
    await store.updateOutboxEntry(doomed.id, { kind: 'failed', error: 'channel_not_found' });
    expect(await store.getOutboxEntry(doomed.id)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'channel_not_found' });
    clock.advance(8 * 86_400_000);
    await store.addOutboxEntry('slack', {}, 0);
    expect(await store.getOutboxEntry(entry.id)).toBeUndefined();
  });
});
