import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replyToAdaptiveCard } from '../../src/adapters/teams/adaptive-card.js';
import { createTeamsAdapter } from '../../src/adapters/teams/teams-adapter.js';
import { openApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { cardProblems } from '../support/adaptive-cards.js';
import { startFakeConnector, teamsMessage, type ConnectorCall } from '../support/fake-connector.js';
import { tempDir } from '../support/temp-store.js';


let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function startBot(settings: { appId?: string; appPassword?: string } = {}) {
  const connector = await startFakeConnector();
  const { dir, cleanup } = tempDir();
  const app: App = await openApp(loadConfig({ BRIEFING_DB: join(dir, 'b.db') }));
  const teams = createTeamsAdapter({ ...settings, port: 0 }, { router: app.router, store: app.store, clock: app.clock, slowAnswers: false, log: () => {} });
  const { port, host } = await teams.start();
  cleanups.push(cleanup, () => connector.close(), () => app.close(), () => teams.stop());
  const post = async (activity: unknown, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}/api/messages`,
    { method: 'POST', body: typeof activity === 'string' ? activity : JSON.stringify(activity), headers: { 'content-type': 'application/json', ...headers } });
  return { connector, teams, post, port, host };
}
const cardOf = (call: ConnectorCall | undefined) => call?.body.attachments?.[0]?.content;

describe('Teams over the Bot Framework', () => {
  it('answers a personal message with an Adaptive Card, a text fallback and the citation entity', async () => {
    const { connector, post, host } = await startBot();
    expect(host).toBe('127.0.0.1');
    const activity = teamsMessage(connector.serviceUrl, 'When did Cyber Command become a unified combatant command?');
    expect((await post(activity)).status).toBe(200);
    const reply = connector.messages()[0];
    expect(reply?.path).toBe(`/v3/conversations/a:personal-chat/activities/${activity.id}`);
    expect(reply?.body.text).toMatch(/14 June 2018|June 14, 2018/);
    const card = cardOf(reply);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(cardProblems(card)).toEqual([]);
    const entity = reply?.body.entities?.[0];
    expect(entity).toMatchObject({ '@type': 'Message', '@context': 'https://schema.org' });
    expect(entity.additionalType).toBeUndefined();
    for (const claim of entity.citation) {
      expect(claim['@type']).toBe('Claim');
      expect(claim.appearance.name.length).toBeLessThanOrEqual(80);
      expect(claim.appearance.abstract.length).toBeLessThanOrEqual(160);
    }
  });

  it('answers a channel @mention in its reply chain, with the mention stripped, and uses the chain as context', async () => {
    const { connector, post } = await startBot();
    const conversation = { id: '19:policy@thread.tacv2;messageid=1700000000', conversationType: 'channel', isGroup: true };
    const mention = { type: 'mention', text: '<at>Policy Brief</at>', mentioned: { id: '28:policy-brief', name: 'Policy Brief' } };
    await post(teamsMessage(connector.serviceUrl, '<at>Policy Brief</at> What did Commerce do to Huawei in 2019?', conversation, { entities: [mention] }));
    const first = connector.messages()[0];
    expect(first?.path).toMatch(/^\/v3\/conversations\/19:policy@thread\.tacv2;messageid=1700000000\/activities\//);
    expect(JSON.stringify(cardOf(first))).toContain('2019-05-21-commerce-entity-list-huawei');
    await post(teamsMessage(connector.serviceUrl, '<at>Policy Brief</at> and in 2020?', conversation, { entities: [mention] }));
    expect(JSON.stringify(cardOf(connector.messages()[1]))).toContain('2020-01-25-commerce-plan-huawei-10-percent');
  });

  it('pages a list through the card\'s Action.Submit', async () => {
    const { connector, post } = await startBot();
    await post(teamsMessage(connector.serviceUrl, 'events actor:defense'));
    const card = cardOf(connector.messages()[0]);
    expect(cardProblems(card)).toEqual([]);
    const next = card.actions.find((a: { type: string }) => a.type === 'Action.Submit');
    expect(next.data.command).toBe('events actor:defense page:2');
    await post(teamsMessage(connector.serviceUrl, '', undefined, { value: next.data }));
    const second = cardOf(connector.messages()[1]);
    expect(JSON.stringify(second)).not.toEqual(JSON.stringify(card));
    expect(connector.messages()[1]?.body.text).toMatch(/11–20 \/ \d+/);
  });

  it('stores the conversation reference on conversationUpdate and reaches the chat proactively', async () => {
    const { connector, post, teams } = await startBot();
    const update = { ...teamsMessage(connector.serviceUrl, ''), type: 'conversationUpdate', conversation: { id: '19:digest@thread.tacv2', conversationType: 'channel' },
      membersAdded: [{ id: '28:policy-brief' }] };
    expect((await post(update)).status).toBe(200);
    expect(await teams.sendProactive('teams:19:digest@thread.tacv2', { kind: 'notice', lang: 'en', text: 'Weekly digest: 3 new items' })).toBe(true);
    const proactive = connector.messages().at(-1);
    expect(proactive?.path).toMatch(/^\/v3\/conversations\/19:digest@thread\.tacv2\/activities(\/[\w-]+)?$/);
    expect(proactive?.body.text).toBe('Weekly digest: 3 new items');
    expect(await teams.sendProactive('teams:unknown', { kind: 'notice', lang: 'en', text: 'x' })).toBe(false);
  });

  it('answers a malformed activity with a 4xx and keeps working', async () => {
    const { connector, post, port } = await startBot();
    expect((await post('{not json')).status).toBe(400);
    expect((await post({ type: 'message', text: 'no conversation' })).status).toBe(400);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await post(teamsMessage(connector.serviceUrl, 'help'))).status).toBe(200);
  });

  it('rejects an unauthenticated request when an app id is configured', async () => {
    const { connector, post, host } = await startBot({ appId: '00000000-0000-0000-0000-000000000001', appPassword: 'secret' });
    expect(host).toBe('0.0.0.0');
    const response = await post(teamsMessage(connector.serviceUrl, 'help'));
    expect(response.status).toBe(401);
    expect(connector.messages()).toHaveLength(0);
  });
});

describe('Adaptive Cards for every reply kind', () => {
  it('parse cleanly and stay under 28 KB', () => {
    const bigList = { kind: 'item-list' as const, lang: 'en' as const, heading: '200 items', total: 200, offset: 0, actions: [],
      items: Array.from({ length: 200 }, (_, i) => ({ id: `2019-01-01-i${i}`, date: '2019-01-01', title: `Item ${i} **bold** [x](javascript:alert(1))`,
        summary: 's'.repeat(300), actors: ['Commerce'], instrument: 'entity-list', driver: 'power' as const, origin: 'paper' as const, indicators: [], source: { title: 'S', url: 'https://e.org' } })) };
    for (const reply of [bigList, { kind: 'notice' as const, lang: 'zh' as const, text: '通知' },
      { kind: 'usage-error' as const, lang: 'en' as const, message: 'bad', entries: [{ command: 'help' as const, usage: 'help', description: 'd', examples: [] }] }]) {
      const card = replyToAdaptiveCard(reply);
      expect(cardProblems(card)).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
    }
    expect(JSON.stringify(replyToAdaptiveCard(bigList))).not.toContain('[x](javascript');
  });
});

describe('Teams app package', () => {
  it('zips the manifest with the app id filled in and both icons', async () => {
    const { spawnSync } = await import('node:child_process');
    const { packageRoot } = await import('../../src/config/paths.js');
    const AdmZip = (await import('adm-zip')).default;
    const appId = '11111111-2222-3333-4444-555555555555';
    const run = spawnSync(process.execPath, [join(packageRoot(), 'dist/scripts/teams-package.js')], { env: { PATH: process.env.PATH ?? '', MicrosoftAppId: appId }, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const zip = new AdmZip(run.stdout.trim());
    expect(zip.getEntries().map((e) => e.entryName).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(zip.readAsText('manifest.json'));
    expect(manifest.id).toBe(appId);
    expect(manifest.bots[0].botId).toBe(appId);
    const missing = spawnSync(process.execPath, [join(packageRoot(), 'dist/scripts/teams-package.js')], { env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('MicrosoftAppId');
  });
});

describe('Teams with LLM answers', () => {
  it('sends a typing indicator, ends the turn, then posts the checked answer into the reply chain', async () => {
    const { startFakeOpenAi, passagesOf, streamOf } = await import('../support/fake-openai.js');
    const openai = await startFakeOpenAi((request) => streamOf(JSON.stringify({ answerable: true,
      claims: [{ text: 'Hunt Forward sends cyber teams abroad', passages: [1], quote: passagesOf(request).get(1)?.split('\n')[1]?.slice(0, 20) ?? '' }] })));
    const connector = await startFakeConnector();
    const { dir, cleanup } = tempDir();
    const app = await openApp(loadConfig({ BRIEFING_DB: join(dir, 'b.db'), OPENAI_API_KEY: 'k', OPENAI_BASE_URL: openai.baseURL, OPENAI_MODEL: 'fake-model' }));
    const teams = createTeamsAdapter({ port: 0 }, { router: app.router, store: app.store, clock: app.clock, slowAnswers: true, log: () => {} });
    const { port } = await teams.start();
    cleanups.push(cleanup, () => connector.close(), () => openai.close(), () => app.close(), () => teams.stop());
    const activity = teamsMessage(connector.serviceUrl, 'What is Hunt Forward?');
    const response = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', body: JSON.stringify(activity), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(200);
    expect(connector.calls[0]?.body.type).toBe('typing');
    await teams.idle();
    const answer = connector.messages().at(-1);
    expect(answer?.body.text).toContain('Hunt Forward sends cyber teams abroad [1].');
    expect(answer?.path).toMatch(/^\/v3\/conversations\/a:personal-chat\/activities/);
    expect(answer?.body.entities?.[0]?.additionalType).toEqual(['AIGeneratedContent']);
  });
});
