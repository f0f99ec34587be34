import { afterEach, describe, expect, it } from 'vitest';
import { createTeamsAdapter } from '../../src/adapters/teams/teams-adapter.js';
import type { PolicyItem } from '../../src/core/policy-item.js';
import { deliverDigests } from '../../src/digest/deliver-digests.js';
import { cardProblems } from '../support/adaptive-cards.js';
import { COMMERCE, DEFENSE, SENSETIME, startDigestApp } from '../support/digest-app.js';
import { startFakeConnector, teamsMessage } from '../support/fake-connector.js';
import type { MethodReply, SlackCall } from '../support/fake-slack.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});
const setUp = (override?: (call: SlackCall, count: number) => MethodReply) => startDigestApp(cleanups, override);

/** `count` new items with no source URL, over three administrations and actors, each with a title of its own. */
const manyItems = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => ({
  id: `2026-01-05-${prefix}-${String(i).padStart(4, '0')}`,
  from: [COMMERCE, SENSETIME, DEFENSE][i % 3] as string,
  change: (item: PolicyItem): PolicyItem => ({ ...item, title: { en: `${prefix} item ${i}: ${item.title.en}`, zh: `${prefix} 条目 ${i}：${item.title.zh}` },
    sources: item.sources.map((s) => ({ ...s, url: null })) }),
}));

/** Every text a Block Kit message shows, in order. */
const textsOf = (value: unknown): string[] => (Array.isArray(value) ? value.flatMap(textsOf)
  : value && typeof value === 'object' ? Object.entries(value).flatMap(([key, v]) => (key === 'text' && typeof v === 'string' ? [v] : textsOf(v))) : []);

function expectWithinSlackLimits(args: Record<string, any>) {
  expect(args.blocks.length).toBeLessThanOrEqual(50);
  for (const block of args.blocks) {
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
    if (block.text?.type === 'mrkdwn') expect(block.text.text.length).toBeLessThanOrEqual(3000);
    expect(block.fields?.length ?? 0).toBeLessThanOrEqual(10);
    for (const field of block.fields ?? []) expect(field.text.length).toBeLessThanOrEqual(2000);
    for (const element of block.elements ?? []) expect(element.text.length).toBeLessThanOrEqual(3000);
  }
  // Slack refuses blocks holding more than about 12,000 characters of text in all (msg_blocks_too_long).
  expect(JSON.stringify(args.blocks).length).toBeLessThanOrEqual(12_000);
}

const partsOf = (posts: SlackCall[], delivery: string) => posts.filter((p) => p.args.metadata.event_payload.delivery_id === delivery)
  .map((p) => p.args.metadata.event_payload.part as number);

describe('large digests to Slack', () => {
  for (const [count, maxMessages] of [[40, 2], [800, 15]] as const) {
    it(`shows every one of ${count} items without source URLs, in messages within Slack's limits, then marks the window`, async () => {
      const { clock, deps, say, ingest, digestPosts, app } = await setUp();
      await say('subscribe weekly');
      const specs = manyItems(count, 'big');
      await ingest(specs);
      clock.set('2026-01-05T09:00:00.000Z');
      const outcomes = await deliverDigests(deps);
      expect(outcomes).toEqual([expect.objectContaining({ result: 'delivered', items: count })]);
      const posts = digestPosts();
      expect(posts.length).toBeLessThanOrEqual(maxMessages);
      posts.forEach((post, i) => {
        expect(post.args.metadata.event_payload).toEqual({ delivery_id: '1', part: i + 1, parts: posts.length });
        expectWithinSlackLimits(post.args);
      });
      const shown = posts.flatMap((post) => textsOf(post.args.blocks)).join('\n');
      for (const spec of specs) {
        expect(shown).toContain(spec.id);
        expect(shown).toContain((await app.store.getItem(spec.id))?.title.en);
      }
      expect(shown).toContain('Trump administration');
      expect(shown).toContain('Biden administration');
      clock.advance(60_000);
      expect(await deliverDigests(deps)).toEqual([{ subscriptionId: 1, result: 'not-due' }]);
    });
  }

  it('leaves the window undelivered when a part fails; the retry posts only the rest, then what came in meanwhile', async () => {
    let failing = true;
    const { clock, deps, say, ingest, digestPosts, app } = await setUp((call) => (failing && call.method === 'chat.postMessage'
      && call.args.metadata?.event_payload?.part === 2 ? { body: { ok: false, error: 'not_in_channel' } } : undefined));
    await say('subscribe weekly');
    const specs = manyItems(300, 'part');
    await ingest(specs);
    clock.set('2026-01-05T09:00:00.000Z');
    const before = (await app.store.listSubscriptions())[0]?.deliveredUntil;
    expect(await deliverDigests(deps)).toEqual([{ subscriptionId: 1, result: 'failed', error: 'not_in_channel' }]);
    expect(partsOf(digestPosts(), '1')).toEqual([1]);
    expect((await app.store.listSubscriptions())[0]).toMatchObject({ deliveredUntil: before, consecutiveFailures: 1 });
    failing = false;
    clock.advance(3_600_000);
    await ingest([{ id: '2026-01-05-late', from: COMMERCE }]);
    clock.advance(5 * 60_000);
    const outcomes = await deliverDigests(deps);
    expect(outcomes).toEqual([expect.objectContaining({ result: 'delivered', items: 300 }), expect.objectContaining({ result: 'delivered', items: 1, parts: 1 })]);
    const parts = (outcomes[0] as { parts: number }).parts;
    expect(parts).toBeGreaterThan(2);
    expect(partsOf(digestPosts(), '1')).toEqual(Array.from({ length: parts }, (_, i) => i + 1));
    const first = digestPosts().filter((p) => p.args.metadata.event_payload.delivery_id === '1').flatMap((p) => textsOf(p.args.blocks)).join('\n');
    for (const spec of specs) expect(first).toContain(spec.id);
    expect(first).not.toContain('2026-01-05-late');
    expect(JSON.stringify(digestPosts().filter((p) => p.args.metadata.event_payload.delivery_id === '2'))).toContain('2026-01-05-late');
  });

  it('does not repeat a part Slack stored although it answered with an error', async () => {
    const { clock, deps, say, ingest, digestPosts } = await setUp((call) => (call.method === 'chat.postMessage'
      && call.args.metadata?.event_payload?.part === 2 && !call.args.retried
      ? (call.args.retried = true, { status: 500, body: { ok: false, error: 'internal_error' }, keep: true }) : undefined));
    await say('subscribe weekly');
    await ingest(manyItems(300, 'lost'));
    clock.set('2026-01-05T09:00:00.000Z');
    const [outcome] = await deliverDigests(deps);
    expect(outcome).toMatchObject({ result: 'delivered', items: 300 });
    const parts = (outcome as { parts: number }).parts;
    expect(partsOf(digestPosts(), '1')).toEqual(Array.from({ length: parts }, (_, i) => i + 1));
  });

  it('waits out rate limits between parts as Slack asks, and posts every part once', async () => {
    const limitedAt: number[] = [];
    const { clock, deps, say, ingest, digestPosts } = await setUp((call) => {
      const part = call.args.metadata?.event_payload?.part;
      if (call.method !== 'chat.postMessage' || (part !== 2 && part !== 3) || limitedAt.length >= 2) return undefined;
      limitedAt.push(Date.now());
      return { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } };
    });
    await say('subscribe weekly');
    await ingest(manyItems(300, 'burst'));
    clock.set('2026-01-05T09:00:00.000Z');
    const [outcome] = await deliverDigests(deps);
    expect(outcome).toMatchObject({ result: 'delivered', items: 300 });
    expect(limitedAt).toHaveLength(2);
    expect((limitedAt[1] as number) - (limitedAt[0] as number)).toBeGreaterThanOrEqual(950);
    const parts = (outcome as { parts: number }).parts;
    expect(partsOf(digestPosts(), '1')).toEqual(Array.from({ length: parts }, (_, i) => i + 1));
  });

  it('after a crash, posts only the parts the channel does not already show', async () => {
    let crashed = false;
    const { clock, deps, say, ingest, digestPosts } = await setUp((call) => {
      if (crashed || call.method !== 'chat.postMessage' || call.args.metadata?.event_payload?.part !== 2) return undefined;
      crashed = true;
      // Stored by Slack, but the bot never records it: as if it stopped right after posting.
      return { body: { ok: false, error: 'not_in_channel' }, keep: true };
    });
    await say('subscribe weekly');
    await ingest(manyItems(300, 'crash'));
    clock.set('2026-01-05T09:00:00.000Z');
    expect((await deliverDigests(deps))[0]).toMatchObject({ result: 'failed' });
    expect(partsOf(digestPosts(), '1')).toEqual([1, 2]);
    clock.advance(5 * 60_000);
    const [outcome] = await deliverDigests(deps);
    expect(outcome).toMatchObject({ result: 'delivered', items: 300 });
    const parts = (outcome as { parts: number }).parts;
    expect(partsOf(digestPosts(), '1')).toEqual(Array.from({ length: parts }, (_, i) => i + 1));
  });
});

describe('large digests to Teams', () => {
  it('shows every one of 800 items without source URLs in valid cards, each message under 28 KB', async () => {
    const connector = await startFakeConnector();
    const { deps, app, ingest, clock } = await setUp();
    const teams = createTeamsAdapter({ port: 0 }, { router: app.router, store: app.store, clock, slowAnswers: false, log: () => {} });
    const { port } = await teams.start();
    cleanups.push(() => connector.close(), () => teams.stop());
    await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify(teamsMessage(connector.serviceUrl, 'subscribe weekly', { id: '19:big@thread.tacv2', conversationType: 'channel' })) });
    const specs = manyItems(800, 'teams');
    await ingest(specs);
    clock.set('2026-01-05T09:00:00.000Z');
    const sentBefore = connector.messages().length;
    const [outcome] = await deliverDigests({ ...deps, targets: { teams: teams.digestTarget } });
    expect(outcome).toMatchObject({ result: 'delivered', items: 800 });
    const digest = connector.messages().slice(sentBefore);
    expect(digest).toHaveLength((outcome as { parts: number }).parts);
    expect(digest.length).toBeLessThanOrEqual(12);
    for (const message of digest) {
      expect(Buffer.byteLength(JSON.stringify(message.body))).toBeLessThan(28 * 1024);
      expect(cardProblems(message.body.attachments[0].content)).toEqual([]);
    }
    const shown = JSON.stringify(digest.map((m) => m.body.attachments));
    for (const spec of specs) {
      expect(shown).toContain(spec.id);
      expect(shown).toContain(JSON.stringify((await app.store.getItem(spec.id))?.title.en).slice(1, -1));
    }
  });
});
