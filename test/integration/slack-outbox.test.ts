import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import { openApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import type { RetryPolicy } from '../../src/outbox/outbox.js';
import { eventBody, postToBot, SIGNING_SECRET, startFakeSlack, type MethodReply, type SlackCall } from '../support/fake-slack.js';
import { tempDir } from '../support/temp-store.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function until(check: () => boolean | Promise<boolean>, ms = 25_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

type Slack = Awaited<ReturnType<typeof startFakeSlack>>;

/** The bot on the store in `dir`, talking to `slack`; a second call with the same folder is the bot after a restart. */
async function startBot(slack: Slack, dir: string, retryPolicy?: RetryPolicy) {
  const app = await openApp(loadConfig({ BRIEFING_DB: join(dir, 'b.db'), SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl }),
    undefined, retryPolicy ? { retryPolicy } : {});
  const adapter = createSlackAdapter({ botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, apiUrl: slack.apiUrl, port: 0 },
    { router: app.router, store: app.store, clock: app.clock, slowAnswers: false, outbox: app.outbox, log: () => {} });
  const { port } = await adapter.start();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await adapter.stop();
    await app.close();
  };
  cleanups.push(stop);
  return { app, adapter, port: port as number, stop };
}

async function setUp(override: (call: SlackCall, count: number) => MethodReply, retryPolicy?: RetryPolicy) {
  const slack = await startFakeSlack(override);
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup, () => slack.close());
  return { slack, dir, bot: await startBot(slack, dir, retryPolicy) };
}

const mention = (id: string, channel: string, ts: string) => eventBody(id, { type: 'app_mention', user: 'U1', channel, ts, text: '<@UBOT> What is Hunt Forward?', team: 'T1' });
/** Answers Slack stored: what people in the channel see. */
const answers = (slack: Slack) => slack.stored().filter((c) => c.args.metadata?.event_type === 'policy_brief_answer');
const SERVER_ERROR = { status: 500, body: { ok: false, error: 'internal_error' } };

describe('answers survive a Slack outage', () => {
  it('posts exactly one answer after five seconds of 500s', async () => {
    let outageEnds = Number.POSITIVE_INFINITY;
    const { slack, bot } = await setUp((call) => (call.method !== 'auth.test' && Date.now() < outageEnds ? SERVER_ERROR : undefined));
    outageEnds = Date.now() + 5000;
    await postToBot(bot.port, mention('EvOutage', 'C1', '100.1'), 'application/json');
    await until(() => answers(slack).length > 0);
    await bot.adapter.idle();
    expect(Date.now()).toBeGreaterThanOrEqual(outageEnds);
    // Attempts at 0, 1, 3 and 7 s: three met the outage (each looks at the thread before posting again).
    expect(slack.calls.filter((c) => c.method !== 'auth.test').length).toBeGreaterThanOrEqual(4);
    expect(answers(slack)).toHaveLength(1);
    expect(answers(slack)[0]?.args).toMatchObject({ channel: 'C1', thread_ts: '100.1' });
    expect(JSON.stringify(answers(slack)[0]?.args.blocks)).toContain('2020-02-cybercom-hunt-forward');
    expect(slack.stored()).toHaveLength(1);
  });

  it('waits as long as Retry-After asks, for ten seconds of 429s, and posts one answer', async () => {
    let limitEnds = Number.POSITIVE_INFINITY;
    const calls: Array<{ at: number; limited: boolean }> = [];
    const { slack, bot } = await setUp((call) => {
      if (call.method === 'auth.test') return undefined;
      const limited = Date.now() < limitEnds;
      calls.push({ at: Date.now(), limited });
      return limited ? { status: 429, headers: { 'retry-after': '2' }, body: { ok: false, error: 'ratelimited' } } : undefined;
    });
    limitEnds = Date.now() + 10_000;
    await postToBot(bot.port, mention('EvLimited', 'C2', '200.1'), 'application/json');
    await until(() => answers(slack).length > 0);
    await bot.adapter.idle();
    expect(answers(slack)).toHaveLength(1);
    expect(calls.filter((c) => c.limited).length).toBeGreaterThanOrEqual(4);
    // After every 429, nothing until Retry-After has passed.
    calls.forEach((call, i) => {
      if (call.limited && calls[i + 1]) expect((calls[i + 1] as { at: number }).at - call.at).toBeGreaterThanOrEqual(1900);
    });
  });

  it('does not post again when Slack stored the answer but answered 500, in a thread or a DM', async () => {
    const { slack, bot } = await setUp((call, count) => (call.method === 'chat.postMessage' && count <= 2 ? { ...SERVER_ERROR, keep: true } : undefined));
    await postToBot(bot.port, mention('EvLost', 'C3', '300.1'), 'application/json');
    await postToBot(bot.port, eventBody('EvLostDm', { type: 'message', channel_type: 'im', user: 'U1', channel: 'D3', ts: '300.2', text: 'What is Hunt Forward?' }),
      'application/json');
    await until(() => answers(slack).length >= 2);
    await bot.adapter.idle();
    expect(answers(slack).map((c) => c.args.channel).sort()).toEqual(['C3', 'D3']);
    expect(slack.posted()).toHaveLength(2);
    expect(slack.calls.filter((c) => c.method === 'conversations.replies')).not.toHaveLength(0);
    expect(slack.calls.filter((c) => c.method === 'conversations.history')).not.toHaveLength(0);
  });

  it('posts an answer left pending by a bot that stopped, once, after the restart', async () => {
    let down = true;
    const { slack, dir, bot } = await setUp((call) => (down && call.method === 'chat.postMessage' ? SERVER_ERROR : undefined));
    await postToBot(bot.port, mention('EvRestart', 'C4', '400.1'), 'application/json');
    await until(async () => ((await bot.app.store.getOutboxEntry(1))?.attempts ?? 0) > 0);
    await bot.stop();
    expect(answers(slack)).toHaveLength(0);
    down = false;
    const again = await startBot(slack, dir);
    await until(() => answers(slack).length > 0);
    await again.adapter.idle();
    expect(answers(slack)).toHaveLength(1);
    expect(answers(slack)[0]?.args).toMatchObject({ channel: 'C4', thread_ts: '400.1' });
    expect(await again.app.store.getOutboxEntry(1)).toMatchObject({ status: 'sent' });
  });

  it('after a restart, does not repeat an answer Slack stored before the bot stopped', async () => {
    let lost = true;
    const { slack, dir, bot } = await setUp((call) => (lost && call.method === 'chat.postMessage' ? { ...SERVER_ERROR, keep: true } : undefined));
    await postToBot(bot.port, mention('EvRestartLost', 'C5', '500.1'), 'application/json');
    await until(async () => ((await bot.app.store.getOutboxEntry(1))?.attempts ?? 0) > 0);
    await bot.stop();
    lost = false;
    const again = await startBot(slack, dir);
    await until(() => slack.calls.some((c) => c.method === 'conversations.replies'));
    await again.adapter.idle();
    expect(answers(slack)).toHaveLength(1);
    expect(slack.posted()).toHaveLength(1);
    expect(await again.app.store.getOutboxEntry(1)).toMatchObject({ status: 'sent' });
  });

  it('gives up after its time limit and tells the asker', async () => {
    const { slack, bot } = await setUp((call) => (call.method === 'chat.postMessage' && call.args.metadata ? SERVER_ERROR : undefined),
      { firstDelayMs: 100, maxDelayMs: 300, giveUpAfterMs: 1500, leaseMs: 60_000 });
    await postToBot(bot.port, mention('EvGiveUp', 'C6', '600.1'), 'application/json');
    await until(() => slack.stored().length > 0);
    await bot.adapter.idle();
    expect(slack.stored()[0]?.args).toMatchObject({ channel: 'C6', thread_ts: '600.1', text: 'Sorry, I could not post the answer here (http_500).' });
    expect(await bot.app.store.getOutboxEntry(1)).toMatchObject({ status: 'failed', lastError: 'http_500' });
    expect(answers(slack)).toHaveLength(0);
  });
});
