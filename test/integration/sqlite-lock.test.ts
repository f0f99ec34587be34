import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { eventBody, postToBot, SIGNING_SECRET, startFakeSlack } from '../support/fake-slack.js';
import { isRunning, portOf, startBot } from '../support/run-main.js';
import { tempDir } from '../support/temp-store.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

it('stays responsive while another process holds the SQLite write lock, and answers the mention once it is released', async () => {
  const slack = await startFakeSlack();
  const { dir, cleanup } = tempDir();
  const path = join(dir, 'b.db');
  const bot = await startBot({ BRIEFING_DB: path, PORT: '0', TEAMS_PORT: '0', SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl });
  cleanups.push(cleanup, () => slack.close(), () => {
    if (isRunning(bot.pid)) process.kill(bot.pid, 'SIGKILL');
  });
  const slackPort = await portOf(bot, 'slack');
  const teamsPort = await portOf(bot, 'teams');

  // Another process (here: this test) takes the write lock, as a long `briefing ingest` would.
  const other = new Database(path);
  cleanups.push(() => {
    other.close();
  });
  other.exec('BEGIN IMMEDIATE');
  const mention = eventBody('EvLocked', { type: 'app_mention', user: 'U1', channel: 'C1', ts: '700.1', text: '<@UBOT> What is Hunt Forward?', team: 'T1' });
  expect((await postToBot(slackPort, mention, 'application/json')).status).toBe(200);
  // Longer than SQLite's own busy timeout used to be (5 s): every probe is still answered at once.
  const lockedUntil = Date.now() + 6000;
  let probes = 0;
  while (Date.now() < lockedUntil) {
    for (const port of [slackPort, teamsPort]) {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) });
      expect(response.status).toBe(200);
      probes++;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  expect(probes).toBeGreaterThan(10);
  // The mention could not be claimed while the lock was held: not answered, and not lost either.
  expect(slack.posted()).toHaveLength(0);
  other.exec('ROLLBACK');

  const started = Date.now();
  while (!slack.posted().some((c) => c.args.thread_ts === '700.1')) {
    if (Date.now() - started > 10_000) throw new Error(`the mention was not answered after the lock was released:\n${bot.log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(bot.log()).not.toContain('database is locked');
  bot.signal('SIGTERM');
  expect(await bot.exited).toBe(0);
}, 40_000);
