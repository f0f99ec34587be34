import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getTasks } from 'node-cron';
import { createTeamsAdapter } from '../../src/adapters/teams/teams-adapter.js';
import { openApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { deliverDigests, PAUSE_AFTER_FAILURES } from '../../src/digest/deliver-digests.js';
import { startDigestScheduler } from '../../src/digest/digest-scheduler.js';
import { lastFiringIn } from '../../src/digest/schedule.js';
import { cardProblems } from '../support/adaptive-cards.js';
import { startFakeConnector, teamsMessage } from '../support/fake-connector.js';
import { startFakeSlack, type MethodReply, type SlackCall } from '../support/fake-slack.js';
import { runCliAsync } from '../support/run-cli.js';
import { COMMERCE, DEFENSE, MONDAY_0800, startDigestApp } from '../support/digest-app.js';
import { tempDir } from '../support/temp-store.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;
const setUp = (override?: (call: SlackCall, count: number) => MethodReply) => startDigestApp(cleanups, override);

describe('weekly digests to Slack', () => {
  it('posts exactly the new items that match, once, and nothing on the next run', async () => {
    const { clock, deps, say, ingest, digestPosts } = await setUp();
    expect((await say('subscribe weekly actor:commerce'))).toMatchObject({ kind: 'notice', text: expect.stringMatching(/^Subscribed \(#1\)/) });
    clock.advance(10 * 60_000);
    await ingest([{ id: '2026-01-05-new-commerce-one', from: COMMERCE }, { id: '2026-01-05-new-commerce-two', from: COMMERCE }, { id: '2026-01-05-new-defense', from: DEFENSE }]);
    clock.set('2026-01-05T09:00:00.000Z');
    const outcomes = await deliverDigests(deps);
    expect(outcomes).toEqual([{ subscriptionId: 1, result: 'delivered', items: 2, parts: 1, messageId: expect.any(String) }]);
    expect(digestPosts()).toHaveLength(1);
    const text = JSON.stringify(digestPosts()[0]?.args);
    expect(text).toContain('2026-01-05-new-commerce-one');
    expect(text).toContain('2026-01-05-new-commerce-two');
    expect(text).not.toContain('2026-01-05-new-defense');
    expect(text).not.toContain(COMMERCE);
    expect(digestPosts()[0]?.args.metadata).toEqual({ event_type: 'policy_brief_digest', event_payload: { delivery_id: '1', part: 1, parts: 1 } });
    clock.advance(60_000);
    expect(await deliverDigests(deps)).toEqual([{ subscriptionId: 1, result: 'not-due' }]);
    expect(digestPosts()).toHaveLength(1);
  });

  it('writes the digest in the language the subscription asked for', async () => {
    const { clock, deps, say, ingest, digestPosts } = await setUp();
    await say('subscribe weekly lang:zh');
    clock.advance(60_000);
    await ingest([{ id: '2026-01-05-zh-digest', from: COMMERCE }]);
    clock.set('2026-01-05T09:00:00.000Z');
    expect((await deliverDigests(deps))[0]).toMatchObject({ result: 'delivered', items: 1 });
    const posted = JSON.stringify(digestPosts()[0]?.args);
    expect(posted).toContain('Policy Brief 摘要');
    expect(posted).toContain('特朗普政府');
  });

  it('previews in a subscribed channel exactly what its next digest would post', async () => {
    const { clock, say, ingest } = await setUp();
    await say('subscribe weekly actor:commerce');
    clock.advance(60_000);
    await ingest([{ id: '2026-01-05-preview-commerce', from: COMMERCE }, { id: '2026-01-05-preview-defense', from: DEFENSE }]);
    const preview = await say('digest');
    expect(preview).toMatchObject({ kind: 'digest-preview', total: 1, items: [expect.objectContaining({ id: '2026-01-05-preview-commerce' })] });
    expect(await say('digest since:2026-02-30')).toMatchObject({ kind: 'usage-error' });
  });

  it('retries a failed post on the next run and skips nothing, including items added in between', async () => {
    const { clock, deps, say, ingest, digestPosts } = await setUp((call, count) => (call.method === 'chat.postMessage' && count === 1
      ? { status: 200, body: { ok: false, error: 'not_in_channel' } } : undefined));
    await say('subscribe weekly');
    await ingest([{ id: '2026-01-05-first', from: COMMERCE }]);
    clock.set('2026-01-05T09:00:00.000Z');
    expect((await deliverDigests(deps))[0]).toMatchObject({ result: 'failed', error: 'not_in_channel' });
    clock.advance(HOUR);
    await ingest([{ id: '2026-01-05-second', from: DEFENSE }]);
    clock.advance(HOUR);
    expect((await deliverDigests(deps))[0]).toMatchObject({ result: 'delivered', items: 2 });
    const text = JSON.stringify(digestPosts().at(-1)?.args);
    expect(text).toContain('2026-01-05-first');
    expect(text).toContain('2026-01-05-second');
  });

  it('does not post twice when the bot stopped between posting and recording the post', async () => {
    // The crash: Slack stores the digest, but the bot never learns it did (the response is lost).
    const { clock, deps, say, ingest, digestPosts } = await setUp((call, count) => (call.method === 'chat.postMessage' && count === 1
      ? { status: 200, body: { ok: false, error: 'not_in_channel' }, keep: true } : undefined));
    await say('subscribe weekly');
    await ingest([{ id: '2026-01-05-crash', from: COMMERCE }]);
    clock.set('2026-01-05T09:00:00.000Z');
    expect((await deliverDigests(deps))[0]).toMatchObject({ result: 'failed' });
    expect(digestPosts()).toHaveLength(1);
    clock.advance(5 * 60_000);
    // The posted digest is recognised; the minutes since its window ended close as a window of their own.
    expect(await deliverDigests(deps)).toEqual([{ subscriptionId: 1, result: 'already-posted' }, { subscriptionId: 1, result: 'empty' }]);
    expect(digestPosts()).toHaveLength(1);
    clock.advance(WEEK);
    expect((await deliverDigests(deps))[0]).toMatchObject({ result: 'empty' });
  });

  it('sends one catch-up digest after three weeks down', async () => {
    const { clock, deps, say, ingest, digestPosts } = await setUp();
    await say('subscribe weekly');
    for (const week of [0, 1, 2]) {
      clock.set(new Date(Date.parse(MONDAY_0800) + week * WEEK + 2 * HOUR).toISOString());
      await ingest([{ id: `2026-01-week-${week}`, from: COMMERCE }]);
    }
    clock.set(new Date(Date.parse(MONDAY_0800) + 3 * WEEK + 5 * HOUR).toISOString());
    expect((await deliverDigests(deps))[0]).toMatchObject({ result: 'delivered', items: 3 });
    expect(digestPosts()).toHaveLength(1);
    expect(await deliverDigests(deps)).toEqual([{ subscriptionId: 1, result: 'not-due' }]);
  });

  it('posts nothing for an empty week unless asked to, and nothing after unsubscribe', async () => {
    const { clock, deps, say, ingest, digestPosts } = await setUp();
    await say('subscribe weekly');
    clock.set('2026-01-05T09:00:00.000Z');
    expect((await deliverDigests(deps))[0]).toMatchObject({ result: 'empty' });
    expect(digestPosts()).toHaveLength(0);
    expect(await say('subscriptions')).toMatchObject({ text: expect.stringContaining('#1: "0 9 * * 1" (UTC)') });
    expect(await say('unsubscribe')).toMatchObject({ text: expect.stringMatching(/^Unsubscribed: 1/) });
    await ingest([{ id: '2026-01-05-after', from: COMMERCE }]);
    clock.advance(WEEK);
    expect(await deliverDigests(deps, { force: true })).toEqual([]);
    expect(digestPosts()).toHaveLength(0);
  });

  it('pauses a target that keeps failing and reports it', async () => {
    const { clock, deps, say, ingest, env } = await setUp((call) => (call.method === 'chat.postMessage' ? { body: { ok: false, error: 'is_archived' } } : undefined));
    await say('subscribe weekly');
    await ingest([{ id: '2026-01-05-x', from: COMMERCE }]);
    for (let run = 0; run < PAUSE_AFTER_FAILURES; run++) {
      clock.advance(WEEK);
      expect((await deliverDigests(deps))[0]).toMatchObject({ result: 'failed', error: 'is_archived' });
    }
    clock.advance(WEEK);
    expect(await deliverDigests(deps)).toEqual([{ subscriptionId: 1, result: 'paused' }]);
    const listed = (await runCliAsync(['subscriptions', 'list', '--json'], env)).json();
    expect(listed[0]).toMatchObject({ paused: true, consecutiveFailures: PAUSE_AFTER_FAILURES, lastError: 'is_archived' });
  });

  it('lets only the listed admins subscribe a channel', async () => {
    const slack = await startFakeSlack();
    const { dir, cleanup } = tempDir();
    const app = await openApp(loadConfig({ BRIEFING_DB: join(dir, 'b.db'), BRIEFING_ADMINS: 'slack:UADMIN' }));
    cleanups.push(cleanup, () => slack.close(), () => app.close());
    const as = (user: string) => app.router.handle('subscribe', { conversationKey: 'x', channel: { platform: 'slack', id: 'C1', user } });
    expect(await as('U1')).toMatchObject({ text: expect.stringContaining("Only the bot's admins") });
    expect(await as('UADMIN')).toMatchObject({ text: expect.stringMatching(/^Subscribed/) });
  });
});

describe('schedules and time zones', () => {
  it('fires weekly and daily schedules at the right instants in two time zones', () => {
    const since = (iso: string) => new Date(Date.parse(iso) - 2 * HOUR);
    // Monday 09:00 in Berlin is 08:00 UTC in winter and 07:00 UTC in summer.
    expect(lastFiringIn('0 9 * * 1', 'Europe/Berlin', since('2026-01-05T08:00:00Z'), new Date('2026-01-05T08:00:00Z'))?.toISOString()).toBe('2026-01-05T08:00:00.000Z');
    expect(lastFiringIn('0 9 * * 1', 'Europe/Berlin', since('2026-01-05T07:59:00Z'), new Date('2026-01-05T07:59:00Z'))).toBeUndefined();
    expect(lastFiringIn('0 9 * * 1', 'Europe/Berlin', since('2026-07-06T07:00:00Z'), new Date('2026-07-06T07:30:00Z'))?.toISOString()).toBe('2026-07-06T07:00:00.000Z');
    // Daily 07:30 in New York is 12:30 UTC in winter.
    expect(lastFiringIn('30 7 * * *', 'America/New_York', since('2026-01-07T12:30:00Z'), new Date('2026-01-07T12:45:00Z'))?.toISOString()).toBe('2026-01-07T12:30:00.000Z');
    expect(lastFiringIn('30 7 * * *', 'America/New_York', since('2026-01-07T12:29:00Z'), new Date('2026-01-07T12:29:00Z'))).toBeUndefined();
  });

  it('delivers each subscription when its own schedule fires', async () => {
    const { clock, deps, app, ingest } = await setUp();
    const base = { platform: 'slack' as const, filter: {}, filterLabel: '', notifyEmpty: true, createdBy: 'test' };
    await app.store.addSubscription({ ...base, channel: 'CB', schedule: '0 9 * * 1', timeZone: 'Europe/Berlin' });
    await app.store.addSubscription({ ...base, channel: 'CN', schedule: '30 7 * * *', timeZone: 'America/New_York' });
    await ingest([{ id: '2026-01-05-tz', from: COMMERCE }]);
    clock.set('2026-01-05T12:29:00.000Z');
    expect((await deliverDigests(deps)).map((o) => o.result)).toEqual(['not-due', 'not-due']);
    clock.set('2026-01-05T12:30:00.000Z');
    expect((await deliverDigests(deps)).map((o) => o.result)).toEqual(['not-due', 'delivered']);
    clock.set('2026-01-12T07:59:00.000Z');
    expect((await deliverDigests(deps)).map((o) => o.result)).toEqual(['not-due', 'delivered']);
    clock.set('2026-01-12T08:00:00.000Z');
    expect((await deliverDigests(deps)).map((o) => o.result)).toEqual(['delivered', 'not-due']);
  });

  it('runs one cron job per distinct schedule and time zone, and catches up at start', async () => {
    const { app } = await setUp();
    const base = { platform: 'slack' as const, channel: 'C1', filter: {}, filterLabel: '', notifyEmpty: false, createdBy: 'test' };
    await app.store.addSubscription({ ...base, schedule: '0 9 * * 1', timeZone: 'Europe/Berlin' });
    await app.store.addSubscription({ ...base, schedule: '0 9 * * 1', timeZone: 'Europe/Berlin' });
    await app.store.addSubscription({ ...base, schedule: '30 7 * * *', timeZone: 'America/New_York' });
    let runs = 0;
    const scheduler = await startDigestScheduler(app.store, async () => { runs++; }, () => {});
    cleanups.push(() => scheduler.stop());
    expect(runs).toBe(1);
    const names = [...getTasks().values()].map((task) => task.name).filter((name) => name?.startsWith('digest '));
    expect(names.sort()).toEqual(['digest 0 9 * * 1|Europe/Berlin', 'digest 30 7 * * *|America/New_York']);
  });
});

describe('digests to Teams and from the CLI', () => {
  it('delivers through the stored conversation reference', async () => {
    const connector = await startFakeConnector();
    const { deps, app, ingest, clock } = await setUp();
    const teams = createTeamsAdapter({ port: 0 }, { router: app.router, store: app.store, clock, slowAnswers: false, log: () => {} });
    const { port } = await teams.start();
    cleanups.push(() => connector.close(), () => teams.stop());
    const channel = { id: '19:digest@thread.tacv2', conversationType: 'channel' };
    await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...teamsMessage(connector.serviceUrl, 'subscribe weekly', { ...channel, id: `${channel.id};messageid=5` }) }) });
    expect(connector.messages()[0]?.body.text).toMatch(/^Subscribed/);
    await ingest([{ id: '2026-01-05-teams', from: COMMERCE }]);
    clock.set('2026-01-05T09:00:00.000Z');
    const outcomes = await deliverDigests({ ...deps, targets: { teams: teams.digestTarget } });
    expect(outcomes[0]).toMatchObject({ result: 'delivered', items: 1 });
    const digest = connector.messages().at(-1);
    expect(digest?.path).toMatch(/^\/v3\/conversations\/19:digest@thread\.tacv2\/activities/);
    expect(digest?.body.text).toMatch(/^Policy Brief digest: 1 new item/);
    expect(JSON.stringify(digest?.body.attachments)).toContain('2026-01-05-teams');
    expect(cardProblems(digest?.body.attachments[0].content)).toEqual([]);
  });

  it('adds, lists and removes subscriptions, and runs digests, from the CLI', async () => {
    const { env, slack, ingest } = await setUp();
    const added = await runCliAsync(['subscriptions', 'add', '--platform', 'slack', '--channel', 'C42', '--actor', 'commerce', '--tz', 'Asia/Shanghai', '--json'], env);
    expect(added.status, added.stderr).toBe(0);
    expect(added.json()).toMatchObject({ channel: 'C42', timeZone: 'Asia/Shanghai', schedule: '0 9 * * 1', filterLabel: 'actor:commerce' });
    expect((await runCliAsync(['subscriptions', 'add', '--platform', 'slack', '--channel', 'C1', '--tz', 'Mars/Base'], env)).status).toBe(1);
    expect((await runCliAsync(['subscriptions', 'add', '--platform', 'slack', '--channel', 'C1', '--schedule', 'every monday'], env)).status).toBe(1);
    await ingest([{ id: '2099-01-01-cli-digest', from: COMMERCE }]);
    const run = await runCliAsync(['digest', 'run', '--now', '--json'], env);
    expect(run.status, run.stderr).toBe(0);
    expect(run.json()).toEqual([expect.objectContaining({ result: expect.stringMatching(/delivered|empty/) })]);
    expect((await runCliAsync(['subscriptions', 'remove', String(added.json().id)], env)).status).toBe(0);
    expect((await runCliAsync(['subscriptions', 'list', '--json'], env)).json()).toEqual([]);
    void slack;
  });
});
