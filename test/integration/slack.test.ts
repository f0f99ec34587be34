import { join } from 'node:path';
import { verifySlackRequest } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import { openApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { actionBody, eventBody, postToBot, SIGNING_SECRET, slashBody, startFakeSlack, type MethodReply, type SlackCall } from '../support/fake-slack.js';
import { runCli } from '../support/run-cli.js';
import { tempDir } from '../support/temp-store.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';
let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function startBot(override?: (call: SlackCall, count: number) => MethodReply, extraEnv: Record<string, string> = {}) {
  const slack = await startFakeSlack(override);
  const { dir, cleanup } = tempDir();
  const env = { BRIEFING_DB: join(dir, 'briefing.db'), SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, ...extraEnv };
  const app = await openApp(loadConfig(env));
  const adapter = createSlackAdapter({ botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, apiUrl: slack.apiUrl, port: 0 },
    { router: app.router, store: app.store, clock: app.clock, slowAnswers: false, outbox: app.outbox, log: () => {} });
  const { port } = await adapter.start();
  cleanups.push(cleanup, () => slack.close(), () => app.close(), () => adapter.stop());
  return { slack, adapter, port: port as number, env };
}
const textOf = (args: Record<string, any>): string => JSON.stringify(args.blocks ?? []) + (args.text ?? '');

describe('Slack over HTTP', () => {
  it('answers GET /healthz once ready', async () => {
    const { port } = await startBot();
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('answers a slash command in the acknowledgement, ephemeral, with share and feedback buttons', async () => {
    const { port, slack } = await startBot();
    const response = await postToBot(port, slashBody('When did Cyber Command become a unified combatant command?', slack.responseUrl('r1')), FORM);
    expect(response.status).toBe(200);
    const body = response.json();
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/14 June 2018|June 14, 2018/);
    const actions = body.blocks.filter((b: { type: string }) => b.type === 'actions').flatMap((b: { elements: Array<{ action_id: string }> }) => b.elements.map((e) => e.action_id));
    expect(actions).toEqual(expect.arrayContaining(['share_answer', 'feedback_up', 'feedback_down']));
  });

  it('answers an app_mention in its thread, and a later mention in the thread is a follow-up', async () => {
    const { port, slack, adapter } = await startBot();
    await postToBot(port, eventBody('Ev1', { type: 'app_mention', user: 'U1', channel: 'C1', ts: '100.1', text: '<@UBOT> What did Commerce do to Huawei in 2019?', team: 'T1' }), JSON_TYPE);
    await adapter.idle();
    const first = slack.posted()[0] as SlackCall;
    expect(first.args).toMatchObject({ channel: 'C1', thread_ts: '100.1' });
    expect(textOf(first.args)).toContain('2019-05-21-commerce-entity-list-huawei');
    await postToBot(port, eventBody('Ev2', { type: 'app_mention', user: 'U1', channel: 'C1', ts: '100.5', thread_ts: '100.1', text: '<@UBOT> and in 2020?', team: 'T1' }), JSON_TYPE);
    await adapter.idle();
    const second = slack.posted()[1] as SlackCall;
    expect(second.args.thread_ts).toBe('100.1');
    expect(textOf(second.args)).toContain('2020-01-25-commerce-plan-huawei-10-percent');
  });

  it('answers a direct message without a mention', async () => {
    const { port, slack, adapter } = await startBot();
    await postToBot(port, eventBody('Ev3', { type: 'message', channel_type: 'im', user: 'U1', channel: 'D1', ts: '200.1', text: '拜登政府对商汤科技做了什么？' }), JSON_TYPE);
    await adapter.idle();
    expect(slack.posted()).toHaveLength(1);
    expect(slack.posted()[0]?.args.channel).toBe('D1');
    expect(textOf(slack.posted()[0]?.args ?? {})).toContain('2021-12-10-treasury-lists-sensetime');
  });

  it('pages a list with the Next button', async () => {
    const { port, slack } = await startBot();
    const first = (await postToBot(port, slashBody('events actor:defense', slack.responseUrl('r2')), FORM)).json();
    const next = first.blocks.flatMap((b: { elements?: Array<{ action_id: string; value: string }> }) => b.elements ?? []).find((e: { action_id: string }) => e.action_id === 'run_command');
    expect(next.value).toBe('events actor:defense page:2');
    const click = await postToBot(port, actionBody('run_command', next.value, slack.responseUrl('r2')), FORM);
    expect(click.status).toBe(200);
    const responded = slack.calls.filter((c) => c.method === '/response/r2');
    expect(responded).toHaveLength(1);
    expect(JSON.stringify(responded[0]?.args.blocks)).not.toEqual(JSON.stringify(first.blocks));
    expect(responded[0]?.args.text).toMatch(/^\d+ items/);
  });

  it('answers the same event once, though Slack delivers it three times, and a mention also sent as a message once', async () => {
    const { port, slack, adapter } = await startBot();
    const body = eventBody('EvRetry', { type: 'app_mention', user: 'U1', channel: 'C2', ts: '300.1', text: '<@UBOT> What is Hunt Forward?', team: 'T1' });
    await postToBot(port, body, JSON_TYPE);
    await postToBot(port, body, JSON_TYPE, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await postToBot(port, body, JSON_TYPE, { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    await postToBot(port, eventBody('EvSameMessage', { type: 'message', channel_type: 'im', user: 'U1', channel: 'C2', ts: '300.1', text: '<@UBOT> What is Hunt Forward?' }), JSON_TYPE);
    await adapter.idle();
    expect(slack.posted().filter((c) => c.args.channel === 'C2')).toHaveLength(1);
  });

  it('rejects a bad signature and a stale timestamp', async () => {
    const { port } = await startBot();
    const body = slashBody('help', 'http://127.0.0.1:1/none');
    const forged = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body,
      headers: { 'content-type': FORM, 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)), 'x-slack-signature': 'v0=deadbeef' } });
    expect(forged.status).toBe(401);
    const stale = await postToBot(port, body, FORM, {}, Math.floor(Date.now() / 1000) - 10 * 60);
    expect(stale.status).toBe(401);
  });

  it('verifies Slack\'s published request-signing example', () => {
    const body = 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    const headers = { 'x-slack-signature': 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503', 'x-slack-request-timestamp': 1531420618 };
    expect(() => verifySlackRequest({ signingSecret: '8f742231b10e8888abcd99yyyzzz85a5', body, headers, nowMilliseconds: 1531420618 * 1000 })).not.toThrow();
    expect(() => verifySlackRequest({ signingSecret: '8f742231b10e8888abcd99yyyzzz85a5', body: `${body}x`, headers, nowMilliseconds: 1531420618 * 1000 })).toThrow();
  });

  it('escapes user text echoed back, so <!channel> cannot ping anyone', async () => {
    const { port, slack } = await startBot();
    const body = (await postToBot(port, slashBody('events actor:<!channel>', slack.responseUrl('r3')), FORM)).json();
    const all = JSON.stringify(body);
    expect(all).toContain('&lt;!channel&gt;');
    expect(all).not.toContain('<!channel>');
  });

  it('retries a rate-limited post after Retry-After, and falls back to plain text when Slack rejects the blocks', async () => {
    const limited = await startBot((call, count) => (call.method === 'chat.postMessage' && count === 1
      ? { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } } : undefined));
    await postToBot(limited.port, eventBody('EvRate', { type: 'app_mention', user: 'U1', channel: 'C3', ts: '400.1', text: '<@UBOT> What is Hunt Forward?', team: 'T1' }), JSON_TYPE);
    await limited.adapter.idle();
    expect(limited.slack.posted()).toHaveLength(2);
    expect(limited.slack.posted()[1]?.args.thread_ts).toBe('400.1');

    const rejecting = await startBot((call) => (call.method === 'chat.postMessage' && call.args.blocks
      ? { body: { ok: false, error: 'invalid_blocks' } } : undefined));
    await postToBot(rejecting.port, eventBody('EvBlocks', { type: 'app_mention', user: 'U1', channel: 'C4', ts: '500.1', text: '<@UBOT> What is Hunt Forward?', team: 'T1' }), JSON_TYPE);
    await rejecting.adapter.idle();
    const last = rejecting.slack.posted().at(-1) as SlackCall;
    expect(last.args.blocks).toBeUndefined();
    expect(last.args.text).toContain('Hunt Forward');
  });

  it('tells the asker when an answer cannot be posted at all', async () => {
    const { port, slack, adapter } = await startBot((call, count) => (call.method === 'chat.postMessage' && count === 1
      ? { body: { ok: false, error: 'channel_not_found' } } : undefined));
    await postToBot(port, eventBody('EvFail', { type: 'app_mention', user: 'U1', channel: 'C5', ts: '600.1', text: '<@UBOT> What is Hunt Forward?', team: 'T1' }), JSON_TYPE);
    await adapter.idle();
    expect(slack.posted().at(-1)?.args.text).toMatch(/could not post the answer here \(channel_not_found\)/);
  });

  it('shares an answer in the channel and stores feedback with the question and citations', async () => {
    const { port, slack, env } = await startBot();
    const body = (await postToBot(port, slashBody('What is Hunt Forward?', slack.responseUrl('r4')), FORM)).json();
    const buttons = body.blocks.flatMap((b: { elements?: Array<{ action_id: string; value: string }> }) => b.elements ?? []);
    const share = buttons.find((e: { action_id: string }) => e.action_id === 'share_answer');
    await postToBot(port, actionBody('share_answer', share.value, slack.responseUrl('r4')), FORM);
    const shared = slack.posted().at(-1) as SlackCall;
    expect(shared.args.channel).toBe('C1');
    expect(shared.args.thread_ts).toBeUndefined();
    const up = buttons.find((e: { action_id: string }) => e.action_id === 'feedback_up');
    await postToBot(port, actionBody('feedback_up', up.value, slack.responseUrl('r4')), FORM);
    const exported = runCli(['feedback', 'export', '--json'], env);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.json()).toEqual([expect.objectContaining({ rating: 'up', user: 'slack:U1', question: 'What is Hunt Forward?',
      citations: expect.arrayContaining([expect.objectContaining({ itemId: '2020-02-cybercom-hunt-forward' })]) })]);
  });
});

