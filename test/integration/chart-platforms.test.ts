import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import { createTeamsAdapter } from '../../src/adapters/teams/teams-adapter.js';
import { openApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { cardProblems } from '../support/adaptive-cards.js';
import { startFakeConnector, teamsMessage } from '../support/fake-connector.js';
import { actionBody, eventBody, postToBot, SIGNING_SECRET, slashBody, startFakeSlack } from '../support/fake-slack.js';
import { tempDir } from '../support/temp-store.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function startSlackBot() {
  const slack = await startFakeSlack();
  const { dir, cleanup } = tempDir();
  const app = await openApp(loadConfig({ BRIEFING_DB: join(dir, 'b.db'), SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl }));
  const adapter = createSlackAdapter({ botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, apiUrl: slack.apiUrl, port: 0 },
    { router: app.router, store: app.store, clock: app.clock, slowAnswers: false, outbox: app.outbox, log: () => {} });
  const { port } = await adapter.start();
  cleanups.push(cleanup, () => slack.close(), () => app.close(), () => adapter.stop());
  return { slack, adapter, port: port as number };
}

const isPng = (bytes: Buffer | undefined) => bytes?.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

describe('charts in Slack', () => {
  it('uploads a mentioned chart into its thread: get the upload URL, POST the PNG, complete with channel, thread, comment and alt text', async () => {
    const { port, slack, adapter } = await startSlackBot();
    await postToBot(port, eventBody('EvChart', { type: 'app_mention', user: 'U1', channel: 'C7', ts: '700.1', text: '<@UBOT> chart timeline actor:commerce', team: 'T1' }),
      'application/json');
    await adapter.idle();
    const [getUrl, upload, complete] = slack.uploads();
    expect(slack.uploads().map((c) => c.method)).toEqual(['files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']);
    expect(getUrl?.args.filename).toMatch(/\.png$/);
    expect(getUrl?.args.alt_text).toMatch(/^Timeline of \d+ policy items .*US Department of Commerce/);
    expect(Number(getUrl?.args.length)).toBe(upload?.bytes?.length);
    expect(isPng(upload?.bytes)).toBe(true);
    expect(upload?.args.file_id).toBe(complete?.args.files[0].id);
    expect(complete?.args).toMatchObject({ channel_id: 'C7', thread_ts: '700.1' });
    expect(complete?.args.initial_comment).toMatch(/^Timeline: US Department of Commerce — \d+ items/);
    // The buttons follow the file in the thread.
    const buttons = slack.posted().find((c) => c.args.channel === 'C7');
    expect(buttons?.args.thread_ts).toBe('700.1');
    expect(JSON.stringify(buttons?.args.blocks)).toContain('events actor:commerce');
  });

  it('answers /brief chart privately with a button that uploads the chart to the channel', async () => {
    const { port, slack } = await startSlackBot();
    const body = (await postToBot(port, slashBody('chart stance actor:commerce actor:defense', slack.responseUrl('rc')), 'application/x-www-form-urlencoded')).json();
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('Power vs security stance');
    expect(slack.uploads()).toHaveLength(0);
    const share = body.blocks.flatMap((b: { elements?: Array<{ action_id: string; value: string }> }) => b.elements ?? []).find((e: { action_id: string }) => e.action_id === 'share_chart');
    expect(share.value).toBe('chart stance actor:commerce actor:defense');
    expect((await postToBot(port, actionBody('share_chart', share.value, slack.responseUrl('rc')), 'application/x-www-form-urlencoded')).status).toBe(200);
    const complete = slack.uploads().find((c) => c.method === 'files.completeUploadExternal');
    expect(complete?.args.channel_id).toBe('C1');
    expect(complete?.args.thread_ts).toBeUndefined();
    expect(complete?.args.initial_comment).toMatch(/^<@U1> shared: Power vs security stance/);
    expect(isPng(slack.uploads().find((c) => c.method === 'upload')?.bytes)).toBe(true);
  });

  it('carries the stance chart with an actor profile or a comparison asked in a thread', async () => {
    const { port, slack, adapter } = await startSlackBot();
    await postToBot(port, eventBody('EvCompare', { type: 'app_mention', user: 'U1', channel: 'C8', ts: '800.1', text: '<@UBOT> compare commerce vs defense', team: 'T1' }),
      'application/json');
    await adapter.idle();
    const complete = slack.uploads().find((c) => c.method === 'files.completeUploadExternal');
    expect(complete?.args).toMatchObject({ channel_id: 'C8', thread_ts: '800.1' });
    expect(complete?.args.initial_comment).toMatch(/Commerce.*Defense|Defense.*Commerce/);
    expect(JSON.stringify(slack.posted().filter((c) => c.args.channel === 'C8').map((c) => c.args.blocks))).toContain('US Department of Defense');
  });
});

describe('charts in Teams', () => {
  it('answers chart stance with an Adaptive Card whose Image is a data: URI of a PNG, within the card limit', async () => {
    const connector = await startFakeConnector();
    const { dir, cleanup } = tempDir();
    const app = await openApp(loadConfig({ BRIEFING_DB: join(dir, 'b.db') }));
    const teams = createTeamsAdapter({ port: 0 }, { router: app.router, store: app.store, clock: app.clock, slowAnswers: false, log: () => {} });
    const { port } = await teams.start();
    cleanups.push(cleanup, () => connector.close(), () => app.close(), () => teams.stop());
    const response = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify(teamsMessage(connector.serviceUrl, 'chart stance')) });
    expect(response.status).toBe(200);
    const reply = connector.messages()[0];
    const card = reply?.body.attachments?.[0]?.content;
    expect(cardProblems(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(reply?.body))).toBeLessThan(28 * 1024);
    const image = card.body.find((e: { type: string }) => e.type === 'Image');
    expect(image.url).toMatch(/^data:image\/png;base64,/);
    const png = PNG.sync.read(Buffer.from(image.url.split(',')[1], 'base64'));
    expect(png.width).toBeGreaterThanOrEqual(400);
    expect(image.altText).toMatch(/^Bar chart of power, security and mixed items per actor/);
    expect(reply?.body.text).toContain('Power vs security stance');

    // An actor's profile carries its stance chart under the title, within the card limit.
    await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify(teamsMessage(connector.serviceUrl, 'actor commerce')) });
    const profile = connector.messages()[1];
    const profileCard = profile?.body.attachments?.[0]?.content;
    expect(cardProblems(profileCard)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(profile?.body))).toBeLessThan(28 * 1024);
    expect(profileCard.body[1]).toMatchObject({ type: 'Image', url: expect.stringMatching(/^data:image\/png;base64,/) });
  });
});
