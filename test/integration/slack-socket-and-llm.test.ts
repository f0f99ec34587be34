import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { createSlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import { openApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { passagesOf, startFakeOpenAi, streamOf } from '../support/fake-openai.js';
import { eventBody, postToBot, SIGNING_SECRET, slashBody, startFakeSlack } from '../support/fake-slack.js';
import { tempDir } from '../support/temp-store.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('Slack Socket Mode', () => {
  it('connects, acknowledges an envelope, and answers the mention it carries', async () => {
    const received: any[] = [];
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
    const wsUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`;
    wss.on('connection', (socket) => {
      socket.on('message', (data) => received.push(JSON.parse(String(data))));
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'test', approximate_connection_time: 3600 }, connection_info: { app_id: 'A1' } }));
      setTimeout(() => socket.send(JSON.stringify({ envelope_id: 'env-1', type: 'events_api', accepts_response_payload: false, retry_attempt: 0, retry_reason: '',
        payload: JSON.parse(eventBody('EvSocket', { type: 'app_mention', user: 'U1', channel: 'C9', ts: '900.1', text: '<@UBOT> What is Hunt Forward?', team: 'T1' })) })), 50);
    });
    const slack = await startFakeSlack((call) => (call.method === 'apps.connections.open' ? { body: { ok: true, url: wsUrl } } : undefined));
    const { dir, cleanup } = tempDir();
    const app = await openApp(loadConfig({ BRIEFING_DB: join(dir, 'b.db') }));
    const adapter = createSlackAdapter({ botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: slack.apiUrl, port: 0 },
      { router: app.router, store: app.store, clock: app.clock, slowAnswers: false, outbox: app.outbox, log: () => {} });
    cleanups.push(cleanup, () => slack.close(), () => new Promise<void>((resolve) => wss.close(() => resolve())), () => app.close(), () => adapter.stop());
    expect(await adapter.start()).toEqual({});
    await until(() => slack.posted().length > 0);
    await adapter.idle();
    expect(received).toContainEqual(expect.objectContaining({ envelope_id: 'env-1' }));
    expect(slack.posted()[0]?.args).toMatchObject({ channel: 'C9', thread_ts: '900.1' });
    expect(JSON.stringify(slack.posted()[0]?.args.blocks)).toContain('2020-02-cybercom-hunt-forward');
  });
});

describe('Slack with LLM answers', () => {
  async function startSlowBot() {
    const openai = await startFakeOpenAi((request) => {
      const quote = passagesOf(request).get(1)?.split('\n')[1]?.slice(0, 20) ?? '';
      return streamOf(JSON.stringify({ answerable: true, claims: [{ text: 'Hunt Forward sends cyber teams abroad', passages: [1], quote }] }), 4);
    });
    const slack = await startFakeSlack();
    const { dir, cleanup } = tempDir();
    const app = await openApp(loadConfig({ BRIEFING_DB: join(dir, 'b.db'), OPENAI_API_KEY: 'k', OPENAI_BASE_URL: openai.baseURL, OPENAI_MODEL: 'fake-model' }));
    const adapter = createSlackAdapter({ botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, apiUrl: slack.apiUrl, port: 0 },
      { router: app.router, store: app.store, clock: app.clock, slowAnswers: true, outbox: app.outbox, log: () => {} });
    const { port } = await adapter.start();
    cleanups.push(cleanup, () => slack.close(), () => openai.close(), () => app.close(), () => adapter.stop());
    return { slack, adapter, port: port as number };
  }

  it('shows "working…" in the thread at once and updates it in place with the checked answer, naming the model', async () => {
    const { slack, adapter, port } = await startSlowBot();
    await postToBot(port, eventBody('EvLlm', { type: 'app_mention', user: 'U1', channel: 'C7', ts: '700.1', text: '<@UBOT> What is Hunt Forward?', team: 'T1' }), 'application/json');
    await adapter.idle();
    const working = slack.posted()[0];
    expect(working?.args).toMatchObject({ channel: 'C7', thread_ts: '700.1' });
    expect(working?.args.text).toMatch(/Working on it/);
    const update = slack.calls.filter((c) => c.method === 'chat.update').at(-1);
    expect(update?.args.text).toContain('Hunt Forward sends cyber teams abroad [1].');
    expect(JSON.stringify(update?.args.blocks)).toContain('fake-model');
  });

  it('acknowledges a slow slash command at once and delivers the answer through response_url', async () => {
    const { slack, adapter, port } = await startSlowBot();
    const ack = (await postToBot(port, slashBody('What is Hunt Forward?', slack.responseUrl('slow')), 'application/x-www-form-urlencoded')).json();
    expect(ack.text).toMatch(/Working on it/);
    await adapter.idle();
    const delivered = slack.calls.filter((c) => c.method === '/response/slow');
    expect(delivered[0]?.args).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(delivered[0]?.args.text).toContain('Hunt Forward sends cyber teams abroad [1].');
  });
});
