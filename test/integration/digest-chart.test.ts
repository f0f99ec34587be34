import { afterEach, describe, expect, it } from 'vitest';
import { createChartRenderer } from '../../src/charts/chart-renderer.js';
import type { ChartRenderer } from '../../src/core/ports.js';
import { deliverDigests } from '../../src/digest/deliver-digests.js';
import { COMMERCE, DEFENSE, SENSETIME, startDigestApp } from '../support/digest-app.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function weekOfThreeItems(charts: ChartRenderer) {
  const started = await startDigestApp(cleanups);
  await started.say('subscribe weekly', 'C9');
  started.clock.advance(60_000);
  await started.ingest([{ id: '2026-01-05-new-commerce', from: COMMERCE }, { id: '2026-01-05-new-defense', from: DEFENSE }, { id: '2026-01-05-new-sensetime', from: SENSETIME }]);
  started.clock.advance(2 * 60_000);
  return { ...started, outcomes: await deliverDigests({ ...started.deps, charts }, { force: true }) };
}

describe('a digest\'s timeline', () => {
  it('is uploaded to the channel after the digest message', async () => {
    const { slack, outcomes, digestPosts } = await weekOfThreeItems(createChartRenderer());
    expect(outcomes).toEqual([expect.objectContaining({ result: 'delivered', items: 3 })]);
    expect(digestPosts()).toHaveLength(1);
    const complete = slack.uploads().find((c) => c.method === 'files.completeUploadExternal');
    expect(complete?.args.channel_id).toBe('C9');
    expect(complete?.args.initial_comment).toMatch(/^Timeline: 2026-01-05 – \d{4}-\d{2}-\d{2} — 3 items/);
    const digestIndex = slack.calls.indexOf(digestPosts()[0]!);
    expect(slack.calls.findIndex((c) => c.method === 'files.getUploadURLExternal')).toBeGreaterThan(digestIndex);
  });

  it('never holds a digest back: a chart that cannot be drawn is left out', async () => {
    const broken: ChartRenderer = { render: async () => { throw new Error('no font'); }, renderSmall: async () => { throw new Error('no font'); } };
    const { slack, outcomes, digestPosts } = await weekOfThreeItems(broken);
    expect(outcomes).toEqual([expect.objectContaining({ result: 'delivered', items: 3 })]);
    expect(digestPosts()).toHaveLength(1);
    expect(slack.uploads()).toHaveLength(0);
  });

  it('never holds a digest back: an upload Slack refuses is logged and the digest counts as delivered', async () => {
    const started = await startDigestApp(cleanups, (call) => (call.method === 'files.getUploadURLExternal' ? { body: { ok: false, error: 'not_in_channel' } } : undefined));
    await started.say('subscribe weekly', 'C9');
    started.clock.advance(60_000);
    await started.ingest([{ id: '2026-01-05-new-commerce', from: COMMERCE }, { id: '2026-01-05-new-defense', from: DEFENSE }, { id: '2026-01-05-new-sensetime', from: SENSETIME }]);
    started.clock.advance(2 * 60_000);
    const outcomes = await deliverDigests({ ...started.deps, charts: createChartRenderer() }, { force: true });
    expect(outcomes).toEqual([expect.objectContaining({ result: 'delivered', items: 3 })]);
    expect(await deliverDigests({ ...started.deps, charts: createChartRenderer() }, { force: true })).toEqual([expect.objectContaining({ result: 'empty' })]);
  });
});
