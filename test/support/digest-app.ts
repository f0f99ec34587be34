import { join } from 'node:path';
import { createSlackDigestTargetForToken } from '../../src/adapters/slack/slack-digest-target.js';
import { openApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import type { PolicyItem } from '../../src/core/policy-item.js';
import type { DigestDeps } from '../../src/digest/deliver-digests.js';
import { startFakeSlack, type MethodReply, type SlackCall } from './fake-slack.js';
import { manualClock, tempDir } from './temp-store.js';

export const MONDAY_0800 = '2026-01-05T08:00:00.000Z';
export const COMMERCE = '2019-10-07-bis-entity-list-eight-ai-firms';
export const DEFENSE = '2018-05-23-defense-bans-dji-drones';
export const SENSETIME = '2021-12-10-treasury-lists-sensetime';

/**
 * The app on a fresh store with a manual clock at Monday 08:01, a loopback Slack Web API, and digest deps that post
 * to it. Cleanups go on `cleanups`.
 */
export async function startDigestApp(cleanups: Array<() => Promise<void> | void>, override?: (call: SlackCall, count: number) => MethodReply) {
  const slack = await startFakeSlack(override);
  const clock = manualClock(MONDAY_0800);
  const { dir, cleanup } = tempDir();
  const env = { BRIEFING_DB: join(dir, 'b.db'), DIGEST_CRON: '0 9 * * 1', DIGEST_TZ: 'UTC', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slack.apiUrl };
  const app: App = await openApp(loadConfig(env), clock);
  // The curated items entered the store at start-up; subscriptions come a little later.
  clock.advance(60_000);
  cleanups.push(cleanup, () => slack.close(), () => app.close());
  const deps: DigestDeps = { store: app.store, aliases: app.data.aliases, clock, targets: { slack: createSlackDigestTargetForToken('xoxb-test', slack.apiUrl) }, log: () => {} };
  const say = (text: string, channel = 'C1') => app.router.handle(text, { conversationKey: `k:${channel}`, channel: { platform: 'slack', id: channel, user: 'U1' } });
  /** New items, cloned from real ones (with changes), entering the store now. */
  const ingest = async (specs: Array<{ id: string; from: string; change?: (item: PolicyItem) => PolicyItem }>) => {
    const items = await Promise.all(specs.map(async ({ id, from, change }) => {
      const { addedAt: _addedAt, ...item } = (await app.store.getItem(from))!;
      return (change ?? ((i) => i))({ ...item, id } as PolicyItem);
    }));
    await app.store.upsertItems(items);
  };
  /** Digest messages Slack stored (they carry the digest's metadata). */
  const digestPosts = () => slack.stored().filter((c) => c.args.metadata?.event_type === 'policy_brief_digest');
  return { slack, clock, app, deps, say, ingest, digestPosts, env };
}
