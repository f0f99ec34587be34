import { describe, expect, it } from 'vitest';
import { digestToBlockKit } from '../../src/adapters/slack/digest-blocks.js';
import { digestToAdaptiveCards } from '../../src/adapters/teams/digest-cards.js';
import { packDigestParts, type DigestUnit } from '../../src/core/digest-parts.js';
import type { ItemCard, Reply } from '../../src/core/replies.js';
import { cardProblems } from '../support/adaptive-cards.js';

type Digest = Extract<Reply, { kind: 'digest' }>;

const style = (maxElements: number, maxSize: number) => ({
  opening: (part: number, parts: number) => [`open ${part}/${parts}`],
  administrationHeading: (label: string, continued: boolean) => [`A:${label}${continued ? '+' : ''}`],
  actorHeading: (label: string, continued: boolean) => [`a:${label}${continued ? '+' : ''}`],
  measure: (element: string) => element.length,
  maxElements, maxSize,
});
const unit = (administration: string, actor: string, item: string): DigestUnit<string> => ({ administration, actor, elements: [item, `${item}-more`] });

describe('packing a digest into messages', () => {
  it('keeps units whole, repeats the headings a message starts inside of, and numbers the parts', () => {
    const units = [unit('T', 'x', 'i1'), unit('T', 'x', 'i2'), unit('T', 'y', 'i3'), unit('B', 'z', 'i4')];
    expect(packDigestParts(units, style(6, 1000))).toEqual([
      ['open 1/4', 'A:T', 'a:x', 'i1', 'i1-more'],
      ['open 2/4', 'A:T+', 'a:x+', 'i2', 'i2-more'],
      ['open 3/4', 'A:T+', 'a:y', 'i3', 'i3-more'],
      ['open 4/4', 'A:B', 'a:z', 'i4', 'i4-more'],
    ]);
    expect(packDigestParts(units, style(8, 1000))).toEqual([
      ['open 1/3', 'A:T', 'a:x', 'i1', 'i1-more', 'i2', 'i2-more'],
      ['open 2/3', 'A:T+', 'a:y', 'i3', 'i3-more'],
      ['open 3/3', 'A:B', 'a:z', 'i4', 'i4-more'],
    ]);
  });

  it('respects the size limit as well as the count', () => {
    const units = Array.from({ length: 30 }, (_, i) => unit('T', 'x', `item-${String(i).padStart(2, '0')}`));
    for (const part of packDigestParts(units, style(1000, 80))) expect(part.join('').length).toBeLessThanOrEqual(80);
  });

  it('makes one part, with its opening, of a digest with no items', () => {
    expect(packDigestParts([], style(10, 100))).toEqual([['open 1/1']]);
  });
});

const card = (i: number, admin: string): ItemCard => ({ id: `2026-01-05-${admin}-${i}`, date: '2026-01-05', title: `Title ${i} (note) <!here>`, summary: 'Summary.',
  actors: ['Department of Commerce'], instrument: 'entity-list', driver: 'power', origin: 'paper', indicators: [], source: null });
const digest = (total: number, lang: 'en' | 'zh' = 'en'): Digest => ({ kind: 'digest', lang, since: '2026-01-05T09:00:00Z', until: '2026-01-12T09:00:00Z',
  total, tally: { power: total, security: 0, mixed: 0, none: 0 }, layout: total <= 20 ? 'cards' : 'compact',
  groups: total === 0 ? [] : [{ administration: 'trump', label: lang === 'zh' ? '特朗普政府' : 'Trump administration',
    actors: [{ actor: 'Commerce', items: Array.from({ length: total }, (_, i) => card(i, 'trump')) }] }],
  summary: { text: total ? 'This period adds items [1].' : '', citations: total ? [{ n: 1, kind: 'item', itemId: 'x', date: '2026', title: 'T', url: null, section: '' }] : [] } });

describe('digest renderers', () => {
  it('say so when a period has no new items', () => {
    expect(JSON.stringify(digestToBlockKit(digest(0)))).toContain('No new items this period.');
    const cards = digestToAdaptiveCards(digest(0));
    expect(cards).toHaveLength(1);
    expect(cardProblems(cards[0]?.card)).toEqual([]);
  });

  it('write Chinese digests in Chinese and escape stored text', () => {
    const slack = JSON.stringify(digestToBlockKit(digest(30, 'zh')));
    expect(slack).toContain('Policy Brief 摘要');
    expect(slack).toContain('特朗普政府 · 30');
    expect(slack).not.toContain('<!here>');
    const teams = digestToAdaptiveCards(digest(30, 'zh'));
    expect(JSON.stringify(teams)).toContain('权力驱动');
    for (const { card } of teams) expect(cardProblems(card)).toEqual([]);
  });

  it('draw cards with fields for a few items and one line each for many', () => {
    const few = digestToBlockKit(digest(3))[0]?.blocks as any[];
    expect(few.filter((b) => b.type === 'section' && b.fields?.length === 4)).toHaveLength(4);
    const many = digestToBlockKit(digest(60)).flatMap((m) => m.blocks) as any[];
    const lines = many.filter((b) => b.type === 'section' && !b.fields).flatMap((b) => b.text.text.split('\n')).filter((l: string) => l.includes('2026-01-05-trump-'));
    expect(lines).toHaveLength(60);
  });
});
