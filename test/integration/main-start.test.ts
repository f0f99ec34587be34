import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/config/paths.js';
import { eventBody, postToBot, SIGNING_SECRET, startFakeSlack, type MethodReply, type SlackCall } from '../support/fake-slack.js';
import { isRunning, portOf, startBot, type RunningBot } from '../support/run-main.js';
import { tempDir } from '../support/temp-store.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** A bot on a fresh store, stopped hard after the test if the test did not stop it. */
async function bot(env: Record<string, string>, options: { viaNpm?: boolean } = {}): Promise<RunningBot> {
  const { dir, cleanup } = tempDir();
  const running = await startBot({ BRIEFING_DB: join(dir, 'b.db'), PORT: '0', TEAMS_PORT: '0', ...env }, options);
  cleanups.push(cleanup, async () => {
    if (isRunning(running.pid)) process.kill(running.pid, 'SIGKILL');
  });
  return running;
}

async function slackApi(override?: (call: SlackCall, count: number) => MethodReply) {
  const slack = await startFakeSlack(override);
  cleanups.push(() => slack.close());
  return slack;
}

const slackEnv = (apiUrl: string) => ({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: apiUrl });
const get = async (port: number, path: string) => {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(5000) });
  return { status: response.status, body: await response.json() as any };
};
async function until<T>(check: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() - started > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('npm start runs Slack, Teams and the digest scheduler, serves /healthz and /readyz on each listener, and stops cleanly on SIGTERM', async () => {
  const slack = await slackApi();
  const running = await bot(slackEnv(slack.apiUrl));
  const slackPort = await portOf(running, 'slack');
  const teamsPort = await portOf(running, 'teams');
  expect(running.log()).toContain('digests: scheduler on');
  for (const port of [slackPort, teamsPort]) {
    expect(await get(port, '/healthz')).toEqual({ status: 200, body: { ok: true, status: 'alive' } });
    const ready = await get(port, '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ ready: true, draining: false, store: { ready: true },
      adapters: { slack: { ready: true }, teams: { ready: true } } });
  }
  running.signal('SIGTERM');
  expect(await running.exited).toBe(0);
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

it('stops with a message naming TEAMS_PORT when the port is taken', async () => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => taken.close(() => resolve())));
  const { port } = taken.address() as { port: number };
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const child = spawn(process.execPath, [join(packageRoot(), 'dist/src/main.js')], {
    env: { PATH: process.env.PATH ?? '', BRIEFING_DB: join(dir, 'b.db'), TEAMS_PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk) => (log += chunk));
  expect(await new Promise<number | null>((resolve) => child.on('exit', resolve))).toBe(1);
  expect(log).toContain(`TEAMS_PORT: cannot listen on port ${port}: it is in use by another program`);
});

describe('when Slack is not there', () => {
  it('keeps Teams and the scheduler up when Slack rejects the token, says why on /readyz, and connects once Slack accepts it', async () => {
    let rejecting = true;
    const slack = await slackApi((call) => (call.method === 'auth.test' && rejecting ? { body: { ok: false, error: 'invalid_auth' } } : undefined));
    const running = await bot(slackEnv(slack.apiUrl));
    const teamsPort = await portOf(running, 'teams');
    const slackPort = await portOf(running, 'slack');
    expect(running.log()).toContain('digests: scheduler on');
    expect(await get(teamsPort, '/healthz')).toMatchObject({ status: 200 });
    const ready = await get(teamsPort, '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.adapters.slack).toEqual({ ready: false, reason: 'Slack rejected SLACK_BOT_TOKEN (invalid_auth)' });
    expect(ready.body.adapters.teams.ready).toBe(true);
    // The Slack listener is alive but not ready, and asks Slack to send its events again later.
    expect(await get(slackPort, '/healthz')).toMatchObject({ status: 200 });
    expect(await get(slackPort, '/readyz')).toMatchObject({ status: 503, body: { ready: false } });
    const event = await postToBot(slackPort, eventBody('EvEarly', { type: 'app_mention', user: 'U1', channel: 'C1', ts: '1.1', text: '<@UBOT> hi', team: 'T1' }), 'application/json');
    expect(event.status).toBe(503);
    expect(running.log()).toContain('SLACK_BOT_TOKEN');
    rejecting = false;
    await until(async () => ((await get(slackPort, '/readyz')).status === 200 ? true : undefined));
    expect((await get(teamsPort, '/readyz')).body.adapters.slack.ready).toBe(true);
    running.signal('SIGTERM');
    expect(await running.exited).toBe(0);
  });

  it('keeps Teams up when the Slack Web API cannot be reached, naming SLACK_API_URL', async () => {
    // A free port below the ephemeral range: servers listening on port 0 cannot take it once it is closed, as one took
    // an ephemeral port freed for this test.
    const port = await freePortBelowEphemeral();
    const running = await bot(slackEnv(`http://127.0.0.1:${port}/api/`));
    const teamsPort = await portOf(running, 'teams');
    const ready = await get(teamsPort, '/readyz');
    expect(ready).toMatchObject({ status: 200, body: { store: { ready: true }, adapters: { teams: { ready: true }, slack: { ready: false } } } });
    expect(ready.body.adapters.slack.reason).toContain(`cannot reach the Slack Web API at http://127.0.0.1:${port}/api/ (ECONNREFUSED): check SLACK_API_URL`);
    running.signal('SIGTERM');
    expect(await running.exited).toBe(0);
  });

  it('says so when Socket Mode refuses SLACK_APP_TOKEN', async () => {
    const slack = await slackApi((call) => (call.method === 'apps.connections.open' ? { body: { ok: false, error: 'invalid_auth' } } : undefined));
    const running = await bot({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: slack.apiUrl });
    const ready = await get(await portOf(running, 'teams'), '/readyz');
    expect(ready.body.adapters.slack).toEqual({ ready: false, reason: 'Slack rejected SLACK_APP_TOKEN (invalid_auth)' });
    running.signal('SIGTERM');
    expect(await running.exited).toBe(0);
  });
});

describe('shutdown', () => {
  it('SIGTERM to npm start drains: /healthz answers 503, the answer in flight is posted, then node exits and frees its ports', async () => {
    let slowPosts = false;
    const slack = await slackApi((call) => (call.method === 'chat.postMessage' && slowPosts ? { delayMs: 1500 } : undefined));
    const running = await bot(slackEnv(slack.apiUrl), { viaNpm: true });
    const nodePid = (await running.line((l) => l.message === 'started')).pid as number;
    expect(nodePid).not.toBe(running.pid);
    const slackPort = await portOf(running, 'slack');
    const teamsPort = await portOf(running, 'teams');
    slowPosts = true;
    const mention = eventBody('EvDrain', { type: 'app_mention', user: 'U1', channel: 'C1', ts: '500.1', text: '<@UBOT> What is Hunt Forward?', team: 'T1' });
    expect((await postToBot(slackPort, mention, 'application/json')).status).toBe(200);
    await until(async () => (slack.calls.some((c) => c.method === 'chat.postMessage') ? true : undefined));
    running.signal('SIGTERM');
    await running.line((l) => l.message.startsWith('SIGTERM: draining'), 5000);
    expect(await get(teamsPort, '/healthz')).toEqual({ status: 503, body: { ok: false, status: 'draining' } });
    expect((await get(teamsPort, '/readyz')).body).toMatchObject({ ready: false, draining: true });
    expect(await running.exited).toBe(0);
    expect(isRunning(nodePid)).toBe(false);
    expect(slack.posted().find((c) => c.args.thread_ts === '500.1')?.ts).toBeDefined();
    await expect(fetch(`http://127.0.0.1:${teamsPort}/healthz`)).rejects.toThrow();
  });

  it('exits with code 1 once SHUTDOWN_TIMEOUT_MS has passed with work still in flight', async () => {
    let stuck = false;
    const slack = await slackApi((call) => (call.method === 'chat.postMessage' && stuck ? { delayMs: 60_000 } : undefined));
    const running = await bot({ ...slackEnv(slack.apiUrl), SHUTDOWN_TIMEOUT_MS: '1500' });
    stuck = true;
    const mention = eventBody('EvStuck', { type: 'app_mention', user: 'U1', channel: 'C1', ts: '600.1', text: '<@UBOT> What is Hunt Forward?', team: 'T1' });
    await postToBot(await portOf(running, 'slack'), mention, 'application/json');
    await until(async () => (slack.calls.some((c) => c.method === 'chat.postMessage') ? true : undefined));
    const signalled = Date.now();
    running.signal('SIGTERM');
    expect(await running.exited).toBe(1);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(running.log()).toContain('deadline passed');
  });
});

/** A port nothing listens on, outside the range the system hands to servers that ask for any port. */
async function freePortBelowEphemeral(): Promise<number> {
  for (let port = 20000 + Math.floor(Math.random() * 5000); ; port++) {
    const probe = createServer();
    const free = await new Promise<boolean>((resolve) => {
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (free) {
      await new Promise<void>((resolve) => probe.close(() => resolve()));
      return port;
    }
  }
}
