import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../src/adapters/slack/slack-adapter.js';
import { createTeamsAdapter } from '../../src/adapters/teams/teams-adapter.js';
import { openApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { cardProblems } from '../support/adaptive-cards.js';
import { startFakeConnector, teamsMessage } from '../support/fake-connector.js';
import { actionBody, postToBot, SIGNING_SECRET, slashBody, startFakeSlack } from '../support/fake-slack.js';
import { tempDir } from '../support/temp-store.js';
import { candidate } from '../support/candidates.js';

const FORM = 'application/x-www-form-urlencoded';
let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function openWithCandidates(env: Record<string, string>): Promise<App> {
  const { dir, cleanup } = tempDir();
  const app = await openApp(loadConfig({ BRIEFING_DB: join(dir, 'b.db'), ...env }));
  cleanups.push(cleanup, () => app.close());
  await app.store.addCandidates([candidate(1), candidate(2), candidate(3)], '2026-11-01T00:00:00.000Z');
  return app;
}

async function startSlack(admins: string) {
  const slack = await startFakeSlack();
  const app = await openWithCandidates({ BRIEFING_ADMINS: admins });
  const adapter = createSlackAdapter({ botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, apiUrl: slack.apiUrl, port: 0 },
    { router: app.router, store: app.store, clock: app.clock, slowAnswers: false, outbox: app.outbox, log: () => {} });
  const { port } = await adapter.start();
  cleanups.push(() => slack.close(), () => adapter.stop());
  return { slack, app, port: port as number };
}

const viewSubmission = (values: Record<string, string>, metadata: object) => new URLSearchParams({ payload: JSON.stringify({
  type: 'view_submission', team: { id: 'T1', domain: 'test' }, user: { id: 'U1', username: 'analyst', team_id: 'T1' }, api_app_id: 'A1', token: 'x', trigger_id: '1.2.4',
  view: { id: 'V1', type: 'modal', callback_id: 'review_edit', private_metadata: JSON.stringify(metadata), hash: 'h', state: { values: Object.fromEntries(Object.entries(values)
    .map(([field, value]) => [field, { value: field === 'instrument' ? { type: 'static_select', selected_option: { value } } : { type: 'plain_text_input', value } }])) } },
}) }).toString();

describe('reviewing candidates in Slack', () => {
  it('lists pending candidates with Approve, Edit and Reject to an admin; Approve stores the item, Reject stops one for good', async () => {
    const { slack, app, port } = await startSlack('slack:U1');
    const listed = (await postToBot(port, slashBody('review', slack.responseUrl('r1')), FORM)).json();
    const buttons = listed.blocks.filter((b: { type: string }) => b.type === 'actions').flatMap((b: { elements: Array<{ action_id: string; value: string }> }) => b.elements);
    expect(buttons.filter((b: { action_id: string }) => b.action_id === 'review_approve').map((b: { value: string }) => b.value))
      .toEqual(['review approve fr-2025-04001', 'review approve fr-2025-04002', 'review approve fr-2025-04003']);
    expect(JSON.stringify(listed.blocks)).toContain('Chinese awaits translation');
    expect(JSON.stringify(listed.blocks)).toContain('Federal Register');

    await postToBot(port, actionBody('review_approve', 'review approve fr-2025-04001', slack.responseUrl('a1')), FORM);
    await postToBot(port, actionBody('review_reject', 'review reject fr-2025-04003', slack.responseUrl('a2')), FORM);
    const responses = slack.calls.filter((c) => c.method.startsWith('/response/'));
    expect(responses.map((c) => c.args.text)).toEqual([expect.stringMatching(/^Approved: "Additions to the Entity List, part 1" is now item 2025-03-11-fr-entity-list-additions-1/),
      expect.stringMatching(/^Rejected: .* will not be proposed again/)]);
    expect(await app.store.getItem('2025-03-11-fr-entity-list-additions-1')).toMatchObject({ provenance: { kind: 'federal-register' }, administration: 'trump' });
    expect((await app.store.getCandidate('fr-2025-04003'))?.status).toBe('rejected');
    expect((await app.store.listCandidates('pending', { limit: 10, offset: 0 })).candidates.map((c) => c.id)).toEqual(['fr-2025-04002']);
    // Approving again is refused, with who approved it.
    await postToBot(port, actionBody('review_approve', 'review approve fr-2025-04001', slack.responseUrl('a3')), FORM);
    expect(slack.calls.at(-1)?.args.text).toMatch(/fr-2025-04001 is approved by slack:U1/);
  });

  it('refuses a user who is not an admin, and changes nothing', async () => {
    const { slack, app, port } = await startSlack('slack:UADMIN');
    expect((await postToBot(port, slashBody('review', slack.responseUrl('r1')), FORM)).json().text).toMatch(/Only the bot's admins can review candidates \(you are slack:U1\)/);
    await postToBot(port, actionBody('review_approve', 'review approve fr-2025-04001', slack.responseUrl('a1')), FORM);
    expect(slack.calls.at(-1)?.args.text).toMatch(/Only the bot's admins/);
    expect((await app.store.getCandidate('fr-2025-04001'))?.status).toBe('pending');
  });

  it('opens the edit form as a modal and saves what the admin submits, names resolved and checked', async () => {
    const { slack, app, port } = await startSlack('slack:U1');
    await postToBot(port, actionBody('review_edit', 'fr-2025-04002', slack.responseUrl('e1')), FORM);
    const opened = slack.calls.find((c) => c.method === 'views.open');
    expect(opened?.args.trigger_id).toBe('1.2.3');
    expect(opened?.args.view).toMatchObject({ type: 'modal', callback_id: 'review_edit' });
    const metadata = JSON.parse(opened?.args.view.private_metadata);
    const form = { titleEn: 'BIS adds Chinese entities to the Entity List', titleZh: '美国产业安全局将中国实体列入实体清单', summaryEn: 'An edited summary.',
      summaryZh: '编辑后的摘要。', instrument: 'entity-list', actors: 'BIS, Commerce', targets: '华为' };
    expect((await postToBot(port, viewSubmission(form, metadata), FORM)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const saved = await app.store.getCandidate('fr-2025-04002');
    expect(saved?.item).toMatchObject({ title: { en: form.titleEn, zh: form.titleZh }, actors: ['bis', 'commerce'], targets: ['huawei'], translation: 'human' });
    expect(slack.calls.find((c) => c.method === 'chat.postEphemeral')?.args).toMatchObject({ channel: 'C1', user: 'U1' });
    // An unknown name is refused with what was wrong; the proposal stays as it was.
    await postToBot(port, viewSubmission({ ...form, actors: 'Ministry of Magic' }, metadata), FORM);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(JSON.stringify(slack.calls.filter((c) => c.method === 'chat.postEphemeral').at(-1)?.args)).toContain('\\"Ministry of Magic\\" is not a known actor');
    expect((await app.store.getCandidate('fr-2025-04002'))?.item?.actors).toEqual(['bis', 'commerce']);
  });
});

describe('reviewing candidates in Teams', () => {
  it('shows candidates as cards with Approve, Edit and Reject; the edit card saves and Approve adds the item', async () => {
    const connector = await startFakeConnector();
    const app = await openWithCandidates({ BRIEFING_ADMINS: 'teams:29:analyst' });
    const teams = createTeamsAdapter({ port: 0 }, { router: app.router, store: app.store, clock: app.clock, slowAnswers: false, log: () => {} });
    const { port } = await teams.start();
    cleanups.push(() => connector.close(), () => teams.stop());
    const post = (activity: unknown) => fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', body: JSON.stringify(activity), headers: { 'content-type': 'application/json' } });
    const lastCard = () => connector.messages().at(-1)?.body.attachments?.[0]?.content;

    await post(teamsMessage(connector.serviceUrl, 'review'));
    const queue = lastCard();
    expect(cardProblems(queue)).toEqual([]);
    const submits = JSON.stringify(queue);
    for (const verb of ['approve', 'edit', 'reject']) expect(submits).toContain(`review ${verb} fr-2025-04001`);

    await post(teamsMessage(connector.serviceUrl, '', undefined, { value: { command: 'review edit fr-2025-04001' } }));
    const form = lastCard();
    expect(cardProblems(form)).toEqual([]);
    expect(JSON.stringify(form)).toContain('"type":"Input.Text"');
    await post(teamsMessage(connector.serviceUrl, '', undefined, { value: { reviewSave: 'fr-2025-04001', titleEn: 'Edited title', instrument: 'export-control', actors: 'bis', targets: 'china' } }));
    expect((await app.store.getCandidate('fr-2025-04001'))?.item).toMatchObject({ title: { en: 'Edited title' }, instrument: 'export-control' });

    await post(teamsMessage(connector.serviceUrl, '', undefined, { value: { command: 'review approve fr-2025-04001' } }));
    expect(connector.messages().at(-1)?.body.text).toMatch(/^Approved: "Edited title"/);
    expect(await app.store.getItem('2025-03-11-fr-entity-list-additions-1')).toMatchObject({ instrument: 'export-control' });
  });
});
