import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import { openApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { deliverDigests } from '../../src/digest/deliver-digests.js';
import { announceCandidates } from '../../src/sources/review-notice.js';
import { runSources } from '../../src/sources/run-sources.js';
import { sourceRunDepsFor } from '../../src/sources/source-run-deps.js';
import { startFakeFederalRegister } from '../support/fake-federal-register.js';
import { actionBody, postToBot, SIGNING_SECRET, slashBody, startFakeSlack, type SlackCall } from '../support/fake-slack.js';
import { manualClock, tempDir } from '../support/temp-store.js';

const FORM = 'application/x-www-form-urlencoded';
let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

const APPROVED = ['fr-2022-21658', 'fr-2025-05427'];

describe('from a Federal Register document to a channel digest', () => {
  it('announces new candidates in REVIEW_CHANNEL; an admin approves two in Slack; the next digests carry exactly those two, in English and Chinese, once', async () => {
    const federalRegister = await startFakeFederalRegister();
    const slack = await startFakeSlack();
    const clock = manualClock('2026-01-05T06:00:00.000Z');
    const { dir, cleanup } = tempDir();
    const env = { BRIEFING_DB: join(dir, 'b.db'), FEDREG_API_URL: federalRegister.baseUrl, BRIEFING_ADMINS: 'slack:U1', REVIEW_CHANNEL: 'slack:CREVIEW',
      SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl };
    const app = await openApp(loadConfig(env), clock);
    const adapter = createSlackAdapter({ botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, apiUrl: slack.apiUrl, port: 0 },
      { router: app.router, store: app.store, clock, slowAnswers: false, outbox: app.outbox, log: () => {} });
    const { port } = await adapter.start();
    cleanups.push(cleanup, () => federalRegister.close(), () => slack.close(), () => app.close(), () => adapter.stop());
    const slash = async (text: string, channel: string) => (await postToBot(port as number, slashBody(text, slack.responseUrl(text), { channel_id: channel }), FORM)).json();

    clock.advance(60_000);
    expect((await slash('subscribe weekly', 'CEN')).text).toMatch(/^Subscribed/);
    expect((await slash('subscribe weekly lang:zh', 'CZH')).text).toMatch(/^Subscribed/);

    clock.advance(60_000);
    const reports = await runSources(sourceRunDepsFor(app, () => {}), { since: '2019-01-01' });
    const proposed = reports.reduce((sum, r) => sum + r.counts.proposed, 0);
    expect(proposed).toBe(5);
    expect(await announceCandidates(reports, app.config.REVIEW_CHANNEL, { store: app.store, aliases: app.data.aliases,
      targets: { slack: adapter.digestTarget }, log: () => {} })).toBe(true);
    const announcement = slack.stored().find((c) => c.args.channel === 'CREVIEW') as SlackCall;
    expect(announcement.args.text).toMatch(/5 new candidates from the Federal Register watch/);
    expect(JSON.stringify(announcement.args.blocks)).toContain('review approve fr-2022-21658');

    const queue = await slash('review', 'CREVIEW');
    expect(JSON.stringify(queue.blocks)).toContain('5 candidates awaiting review');
    clock.advance(60_000);
    for (const id of APPROVED) await postToBot(port as number, actionBody('review_approve', `review approve ${id}`, slack.responseUrl(id), 'CREVIEW'), FORM);
    const approvedItems = (await app.store.listCandidates('approved', { limit: 10, offset: 0 })).candidates.map((c) => c.item?.id);
    expect(approvedItems).toHaveLength(2);

    // Digests take items that entered the store a few minutes ago at least, so a write still committing is not missed.
    clock.advance(15 * 60_000);
    const deps = { store: app.store, aliases: app.data.aliases, clock, targets: { slack: adapter.digestTarget }, log: () => {} };
    const outcomes = await deliverDigests(deps, { force: true });
    expect(outcomes.map((o) => [o.result, 'items' in o ? o.items : undefined])).toEqual([['delivered', 2], ['delivered', 2]]);
    const digest = (channel: string) => JSON.stringify(slack.stored().filter((c) => c.args.channel === channel && c.args.metadata?.event_type === 'policy_brief_digest').map((c) => c.args));
    for (const channel of ['CEN', 'CZH']) {
      for (const id of approvedItems) expect(digest(channel)).toContain(id as string);
      expect(digest(channel).match(/\d{4}-\d{2}-\d{2}-fr-[a-z0-9-]+/g)?.filter((id, i, all) => all.indexOf(id) === i).sort()).toEqual([...approvedItems].sort());
    }
    expect(digest('CEN')).toContain('Federal Register');
    expect(digest('CZH')).toContain('本期新增 2 个条目');
    // An answer about an approved item says where it comes from, and shows no reading the paper never made.
    const answer = await app.router.handle('What did BIS do about advanced computing and semiconductor manufacturing items in October 2022?', { conversationKey: 'q' });
    if (answer.kind !== 'answer') throw new Error(answer.kind);
    expect(answer.citations.map((c) => c.itemId)).toContain(approvedItems.find((id) => id?.startsWith('2022-10-13')));
    expect(answer.text).toMatch(/^October 13, 2022 \(Federal Register 2022-21658\): /);
    expect(answer.text).not.toMatch(/The paper's reading|The paper reads this/);
    // The next run posts nothing more: each item reaches each channel once.
    clock.advance(60_000);
    const before = slack.stored().length;
    expect((await deliverDigests(deps)).every((o) => o.result === 'not-due')).toBe(true);
    expect(slack.stored().length).toBe(before);
  });
});
