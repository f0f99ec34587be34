import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replyToBlockKit, type SlackMessage } from '../../src/adapters/slack/block-kit.js';
import { escapeMrkdwn, splitText } from '../../src/adapters/slack/mrkdwn.js';
import { replyToAdaptiveCard, type AdaptiveCard } from '../../src/adapters/teams/adaptive-card.js';
import { escapeCardText } from '../../src/adapters/teams/card-elements.js';
import { openApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { helpEntries } from '../../src/core/help.js';
import { itemDetailReply } from '../../src/core/item-card.js';
import type { Lang } from '../../src/core/lang.js';
import type { ItemCard, Reply } from '../../src/core/replies.js';
import { replyToText } from '../../src/core/render-text.js';
import { buildDigest } from '../../src/digest/build-digest.js';
import { cardProblems } from '../support/adaptive-cards.js';
import { blockKitProblems } from '../support/block-kit-check.js';
import { tempDir } from '../support/temp-store.js';
import { candidate } from '../support/candidates.js';
import { eventCommand } from '../../src/core/commands.js';

type Kind = Reply['kind'];
type Samples = Record<Kind, Record<Lang, Reply>>;
type Block = { type: string; text?: { text: string }; fields?: Array<{ text: string }>; accessory?: { action_id: string; value: string }; elements?: Array<{ action_id?: string; value?: string }> };
type CardElement = Record<string, unknown> & { type?: string };

const COMMERCE_ITEM = '2019-10-07-bis-entity-list-eight-ai-firms';
/** The store's codes and the renderers' English words: none may show in a Chinese rendering. */
const ENGLISH = /power-driven|security-driven|hegemony-prestige|rule-making|ideologization|innovation-supply|restraint-accident|entity-list|export-control|procurement-ban|investment-ban|executive-order|strategy-document|military-program|alliance-forum|international-principles|\b(?:biden|trump|obama|power|security|mixed)\b|\b(?:Full item|Sources?|Actors|Instrument|Indicators|Latest items|Next page|Date|Period|Try|e\.g\.)\b/i;

let app: App;
let cleanup: () => void;
let samples: Samples;

const say = (text: string) => app.router.handle(text, { conversationKey: `renderers:${text}` });
async function sample<K extends Kind>(kind: K, reply: Reply | Promise<Reply>): Promise<Reply> {
  const resolved = await reply;
  if (resolved.kind !== kind) throw new Error(`expected ${kind}, got ${resolved.kind}: ${replyToText(resolved)}`);
  return resolved;
}

/** One realistic reply of every kind in both languages, from the real data, mostly through the real router. */
async function buildSamples(): Promise<Samples> {
  const stored = (await app.store.listItems({}, { limit: 100, offset: 0 })).items;
  const item = await app.store.getItem(COMMERCE_ITEM);
  if (!item) throw new Error(`${COMMERCE_ITEM} missing from the store`);
  const window = { since: '2026-01-05T09:00:00.000Z', until: '2026-01-12T09:00:00.000Z' };
  const passage = app.data.passages[0];
  return {
    answer: { en: await sample('answer', say('What did the Pentagon do?')), zh: await sample('answer', say('拜登政府对商汤科技做了什么？')) },
    'item-list': { en: await sample('item-list', say('events actor:defense')), zh: await sample('item-list', say('events admin:拜登 lang:zh')) },
    'item-detail': { en: await sample('item-detail', say(`event ${COMMERCE_ITEM}`)), zh: itemDetailReply(item, 'zh', app.data.aliases) },
    'actor-profile': { en: await sample('actor-profile', say('actor commerce')), zh: await sample('actor-profile', say('actor 商务部')) },
    comparison: { en: await sample('comparison', say('compare commerce vs defense')), zh: await sample('comparison', say('compare 商务部 vs 国防部')) },
    framework: { en: await sample('framework', say('framework')), zh: await sample('framework', say('framework lang:zh')) },
    'digest-preview': { en: await sample('digest-preview', say('digest')), zh: await sample('digest-preview', say('digest lang:zh')) },
    digest: { en: buildDigest(stored.slice(0, 8), window, 'en', app.data.aliases), zh: buildDigest(stored.slice(0, 30), window, 'zh', app.data.aliases) },
    chart: { en: await sample('chart', say('chart timeline actor:commerce actor:defense')), zh: await sample('chart', say('chart stance actor:商务部 actor:国防部')) },
    help: { en: await sample('help', say('help')), zh: { kind: 'help', lang: 'zh', entries: helpEntries('zh') } },
    'usage-error': { en: await sample('usage-error', say('actor nobody-we-know')), zh: await sample('usage-error', say('actor 不存在的机构')) },
    ...await operatorSamples(),
    notice: { en: await sample('notice', say(`event ${passage?.id}`)),
      zh: { kind: 'notice', lang: 'zh', text: '已订阅本频道的每周摘要。\n\n第一期摘要涵盖从现在起新增的条目。' } },
  };
}

/** The operator's views (review queue, edit form, status) are in English only: one sample serves both columns. */
const OPERATOR_KINDS: ReadonlySet<Kind> = new Set(['review-queue', 'review-edit', 'status']);
async function operatorSamples(): Promise<Pick<Samples, 'review-queue' | 'review-edit' | 'status'>> {
  await app.store.addCandidates([candidate(1), candidate(2)], '2026-11-01T00:00:00.000Z');
  const asOperator = (text: string) => app.router.handle(text, { conversationKey: `renderers:${text}`, local: true });
  const both = (reply: Reply) => ({ en: reply, zh: reply });
  return { 'review-queue': both(await sample('review-queue', asOperator('review'))), 'review-edit': both(await sample('review-edit', asOperator('review edit fr-2025-04001'))),
    status: both(await sample('status', asOperator('status'))) };
}

beforeAll(async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  app = await openApp(loadConfig({ BRIEFING_DB: join(temp.dir, 'renderers.db') }));
  samples = await buildSamples();
});
afterAll(async () => {
  await app.close();
  cleanup();
});

const blocksOf = (messages: SlackMessage[]) => messages.flatMap((m) => m.blocks) as Block[];
/** Every element of a card, however deeply nested in containers, columns and action sets. */
function elementsOf(value: unknown): CardElement[] {
  if (Array.isArray(value)) return value.flatMap(elementsOf);
  if (!value || typeof value !== 'object') return [];
  const element = value as CardElement;
  const nested = ['body', 'items', 'columns', 'actions', 'selectAction'].flatMap((key) => elementsOf(element[key]));
  return [...(element.type ? [element] : []), ...nested];
}
const typesOf = (card: AdaptiveCard) => elementsOf(card).map((e) => e.type);
const buttonValues = (blocks: Block[]) => blocks.flatMap((b) => [b.accessory, ...(b.elements ?? [])]).filter((e) => e?.action_id === 'run_command').map((e) => e?.value);
const submitCommands = (card: AdaptiveCard) => elementsOf(card).filter((e) => e.type === 'Action.Submit').map((e) => (e.data as { command: string }).command);

/** What each kind must show natively on each platform, beyond passing the platforms' own checks. */
const NATIVE: Record<Kind, { slack: (blocks: Block[], reply: Reply) => void; teams: (card: AdaptiveCard, reply: Reply) => void }> = {
  answer: {
    slack: (blocks, reply) => {
      expect(blocks.map((b) => b.type)).toEqual(expect.arrayContaining(['section', 'context', 'actions']));
      if (reply.kind === 'answer') expect(buttonValues(blocks)).toEqual(reply.actions.map((a) => a.command));
    },
    teams: (card, reply) => {
      expect(submitCommands(card).some((c) => c.startsWith('event '))).toBe(true);
      if (reply.kind === 'answer') expect(card.actions?.map((a) => (a.data as { command: string }).command)).toEqual(reply.actions.map((a) => a.command));
    },
  },
  'item-list': {
    slack: (blocks) => {
      expect(blocks[0]?.type).toBe('header');
      expect(buttonValues(blocks)).toEqual(expect.arrayContaining([expect.stringMatching(/^event /), expect.stringMatching(/page:2/)]));
    },
    teams: (card) => expect(submitCommands(card)).toEqual(expect.arrayContaining([expect.stringMatching(/^event /), expect.stringMatching(/page:2/)])),
  },
  'item-detail': {
    slack: (blocks) => expect(blocks.map((b) => b.type)).toEqual(expect.arrayContaining(['header', 'context'])),
    teams: (card) => expect(typesOf(card)).toContain('FactSet'),
  },
  'actor-profile': {
    slack: (blocks, reply) => {
      expect(blocks[0]?.type).toBe('header');
      expect(blocks.some((b) => b.fields?.length === 3)).toBe(true);
      if (reply.kind === 'actor-profile') expect(buttonValues(blocks).filter((v) => v?.startsWith('event ')).length).toBe(reply.total);
    },
    teams: (card, reply) => {
      expect(typesOf(card)).toContain('ColumnSet');
      if (reply.kind === 'actor-profile') expect(submitCommands(card).filter((c) => c.startsWith('event ')).length).toBe(reply.total);
      if (reply.kind === 'actor-profile') expect(card.actions?.map((a) => (a.data as { command: string }).command)).toEqual(reply.actions.map((a) => a.command));
    },
  },
  comparison: {
    slack: (blocks, reply) => {
      const grid = blocks.find((b) => (b.fields?.length ?? 0) >= 6);
      if (reply.kind !== 'comparison' || !grid?.fields) throw new Error('no two-column grid of fields');
      expect(grid.fields[0]?.text).toContain(escapeMrkdwn(reply.sides[0].label));
      expect(grid.fields[1]?.text).toContain(escapeMrkdwn(reply.sides[1].label));
      for (const side of reply.sides) for (const card of side.latest) expect(JSON.stringify(blocks)).toContain(card.id);
    },
    teams: (card, reply) => {
      const columnSet = elementsOf(card).find((e) => e.type === 'ColumnSet' && (e.columns as CardElement[]).length === 2);
      if (reply.kind !== 'comparison' || !columnSet) throw new Error('no two-column set');
      (columnSet.columns as CardElement[]).forEach((column, i) => {
        expect(JSON.stringify(column)).toContain(escapeCardText(reply.sides[i]?.label ?? ''));
        expect(elementsOf(column).filter((e) => e.type === 'FactSet')).toHaveLength(2);
        for (const latest of reply.sides[i]?.latest ?? []) expect(submitCommands({ body: [column] } as AdaptiveCard)).toContain(eventCommand(latest.id, reply.lang));
      });
    },
  },
  'review-queue': {
    slack: (blocks, reply) => {
      const ids = blocks.flatMap((b) => b.elements ?? []).map((e) => e.action_id);
      if (reply.kind === 'review-queue') expect(ids.filter((id) => id === 'review_approve')).toHaveLength(reply.candidates.length);
      expect(ids).toEqual(expect.arrayContaining(['review_edit', 'review_reject']));
    },
    teams: (card, reply) => {
      if (reply.kind === 'review-queue') for (const c of reply.candidates) expect(submitCommands(card)).toEqual(expect.arrayContaining([`review approve ${c.id}`, `review edit ${c.id}`, `review reject ${c.id}`]));
    },
  },
  'review-edit': {
    slack: (blocks, reply) => expect(JSON.stringify(blocks)).toContain(reply.kind === 'review-edit' ? reply.candidate.id : '?'),
    teams: (card) => expect(typesOf(card)).toEqual(expect.arrayContaining(['Input.Text', 'Input.ChoiceSet'])),
  },
  status: {
    slack: (blocks) => expect(blocks.some((b) => (b.fields?.length ?? 0) >= 6)).toBe(true),
    teams: (card) => expect(typesOf(card)).toContain('FactSet'),
  },
  framework: {
    slack: (blocks, reply) => {
      expect(blocks.some((b) => b.fields?.length === 3)).toBe(true);
      if (reply.kind === 'framework') for (const row of reply.indicators) expect(blocks.some((b) => b.text?.text.includes(escapeMrkdwn(row.label)))).toBe(true);
    },
    teams: (card, reply) => {
      const containers = elementsOf(card).filter((e) => e.type === 'Container');
      if (reply.kind === 'framework') expect(containers.length).toBe(reply.indicators.length);
    },
  },
  'digest-preview': {
    slack: (blocks) => {
      expect(blocks.some((b) => b.fields?.length === 3)).toBe(true);
      expect(buttonValues(blocks).some((v) => v?.startsWith('event '))).toBe(true);
    },
    teams: (card) => expect(submitCommands(card).some((c) => c.startsWith('event '))).toBe(true),
  },
  digest: {
    slack: (blocks) => expect(blocks[0]?.type === 'header' && blocks[1]?.fields?.length === 4).toBe(true),
    teams: (card) => expect(typesOf(card)).toContain('FactSet'),
  },
  chart: {
    slack: (blocks, reply) => {
      if (reply.kind !== 'chart') throw new Error('not a chart');
      expect(blocks[0]?.text?.text).toContain(escapeMrkdwn(reply.picture.caption));
      expect(buttonValues(blocks)).toEqual(expect.arrayContaining(reply.actions.map((a) => a.command)));
    },
    teams: (card, reply) => {
      const image = elementsOf(card).find((e) => e.type === 'Image');
      if (reply.kind !== 'chart' || !image) throw new Error('no Image element');
      expect(image.url).toMatch(/^data:image\/png;base64,/);
      expect(Buffer.from(String(image.url).split(',')[1] ?? '', 'base64').subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(image.altText).toBe(reply.picture.alt);
    },
  },
  help: {
    slack: (blocks, reply) => expect(buttonValues(blocks)).toHaveLength(reply.kind === 'help' ? reply.entries.length : -1),
    teams: (card, reply) => expect(elementsOf(card).filter((e) => e.type === 'ActionSet')).toHaveLength(reply.kind === 'help' ? reply.entries.length : -1),
  },
  'usage-error': {
    slack: (blocks) => {
      expect(blocks[0]?.text?.text).toMatch(/^⚠️ /);
      expect(buttonValues(blocks).length).toBeGreaterThan(0);
    },
    teams: (card) => {
      expect(card.body[0]).toMatchObject({ type: 'TextBlock', color: 'Attention' });
      expect(typesOf(card)).toContain('ActionSet');
    },
  },
  notice: {
    slack: (blocks, reply) => expect(blocks.length).toBe(reply.kind === 'notice' ? reply.text.split(/\n{2,}/).length : -1),
    teams: (card, reply) => expect(card.body.length).toBe(reply.kind === 'notice' ? reply.text.split(/\n{2,}/).length : -1),
  },
};

/** Texts a Chinese reply shows as they are: ids, URLs, commands, the original sources' titles and English notes. */
function verbatim(reply: Reply): string[] {
  const texts = collectCards(reply).map((c) => c.source?.title ?? '');
  if (reply.kind === 'item-detail') texts.push(...reply.item.sources.flatMap((s) => [s.title, s.publisher ?? '']), reply.item.notes ?? '');
  if (reply.kind === 'help' || reply.kind === 'usage-error') texts.push(...reply.entries.flatMap((e) => [e.usage, ...e.examples]));
  if ('actions' in reply) texts.push(...reply.actions.map((a) => a.command));
  return texts.filter(Boolean).flatMap((t) => [t, escapeMrkdwn(t), escapeMrkdwn(t).replace(/\|/g, '¦'), escapeCardText(t)]).sort((a, b) => b.length - a.length);
}
function collectCards(value: unknown): ItemCard[] {
  if (Array.isArray(value)) return value.flatMap(collectCards);
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const self = typeof record.id === 'string' && 'driver' in record && 'instrument' in record ? [record as unknown as ItemCard] : [];
  return [...self, ...Object.values(record).flatMap(collectCards)];
}
/** The strings a rendering shows a reader: texts, titles and fact values, not commands, ids or URLs. */
function shownStrings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['text', 'title', 'value'].includes(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => shownStrings(v, key));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (record.type === 'button') return shownStrings(record.text, 'text');
  return Object.entries(record).flatMap(([k, v]) => (k === 'data' ? [] : shownStrings(v, k)));
}
function englishIn(reply: Reply, shown: string[]): string[] {
  const keep = verbatim(reply);
  return shown.map((s) => keep.reduce((rest, t) => rest.split(t).join(' '), s)
    .replace(/https?:\/\/[^\s|>)]+/g, ' ').replace(/\b\d{4}(?:-\d{2}){0,2}-[a-z0-9-]+/g, ' '))
    .filter((s) => ENGLISH.test(s)).map((s) => s.match(ENGLISH)?.[0] ?? s);
}

const KINDS = Object.keys(NATIVE) as Kind[];
const cases = KINDS.flatMap((kind) => (OPERATOR_KINDS.has(kind) ? ['en'] as const : ['en', 'zh'] as const).map((lang) => [kind, lang] as const));

describe('every reply kind renders natively on every platform, in both languages', () => {
  it('has a sample of every kind in both languages', () => {
    expect(Object.keys(samples).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) for (const lang of ['en', 'zh'] as const) expect(samples[kind][lang]).toMatchObject({ kind, lang: OPERATOR_KINDS.has(kind) ? 'en' : lang });
  });

  it.each(cases)('%s (%s) as Block Kit: valid, within limits, drawn with its own blocks', (kind, lang) => {
    const reply = samples[kind][lang];
    const messages = replyToBlockKit(reply, { answerId: 7, share: true });
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(blockKitProblems(message), kind).toEqual([]);
    const plain = splitText(escapeMrkdwn(replyToText(reply)), 3000).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
    expect(blocksOf(messages), 'the plain-text fallback layout').not.toEqual(plain);
    expect(blocksOf(messages).length).toBeGreaterThan(1);
    NATIVE[kind].slack(blocksOf(messages), reply);
  });

  it.each(cases)('%s (%s) as an Adaptive Card: parses cleanly, under 28 KB, drawn with its own elements', (kind, lang) => {
    const reply = samples[kind][lang];
    const card = replyToAdaptiveCard(reply);
    expect(cardProblems(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(28 * 1024);
    expect(JSON.stringify(card)).not.toContain('Shortened to fit');
    if (kind !== 'notice') expect(new Set(typesOf(card)), 'more than paragraphs of text').not.toEqual(new Set(['TextBlock']));
    NATIVE[kind].teams(card, reply);
  });

  it.each(cases)('%s (%s) as plain text: every line a reader needs, none empty', (kind, lang) => {
    const text = replyToText(samples[kind][lang]);
    expect(text.trim().length).toBeGreaterThan(0);
    if (kind !== 'notice' && kind !== 'usage-error') expect(text.split('\n').length).toBeGreaterThan(2);
  });

  it.each(KINDS.filter((kind) => !OPERATOR_KINDS.has(kind)))('%s in Chinese shows no English code or label on any platform', (kind) => {
    const reply = samples[kind].zh;
    const slack = replyToBlockKit(reply, { answerId: 7, share: true });
    const shown = [replyToText(reply), ...slack.map((m) => m.text), ...shownStrings(slack), ...shownStrings(replyToAdaptiveCard(reply))];
    expect(englishIn(reply, shown)).toEqual([]);
  });
});
