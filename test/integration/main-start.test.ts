import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { packageRoot } from '../../src/config/paths.js';
import { SIGNING_SECRET, startFakeSlack } from '../support/fake-slack.js';
import { tempDir } from '../support/temp-store.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

it('npm start runs Slack, Teams and the digest scheduler, serves /healthz, and stops cleanly on SIGTERM', async () => {
  const slack = await startFakeSlack();
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup, () => slack.close());
  const child = spawn(process.execPath, [join(packageRoot(), 'dist/src/main.js')], {
    env: { PATH: process.env.PATH ?? '', BRIEFING_DB: join(dir, 'b.db'), SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl, PORT: '0', TEAMS_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = Date.now();
  while (!(log.includes('slack: on') && log.includes('teams: on') && log.includes('digests: scheduler on'))) {
    if (Date.now() - started > 20_000) throw new Error(`did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const slackPort = /port (\d+)\)/.exec(log)?.[1];
  const teamsPort = /127\.0\.0\.1:(\d+) only/.exec(log)?.[1];
  expect((await fetch(`http://127.0.0.1:${slackPort}/healthz`)).status).toBe(200);
  expect((await fetch(`http://127.0.0.1:${teamsPort}/healthz`)).status).toBe(200);
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
});

it('stops with a message naming the variable when the configuration is invalid', async () => {
  const child = spawn(process.execPath, [join(packageRoot(), 'dist/src/main.js')], {
    env: { PATH: process.env.PATH ?? '', SLACK_BOT_TOKEN: 'xoxb-test', DIGEST_TZ: 'Mars/Base' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk) => (log += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(1);
  expect(log).toContain('DIGEST_TZ');
  expect(log).toContain('SLACK_SIGNING_SECRET');
});
