import { describe, expect, it } from 'vitest';
import { placeLabels, READING_COLORS, stanceSpec, timelineSpec, FULL_SIZE } from '../../src/charts/chart-spec.js';
import { buildChartData, MAX_CHART_ITEMS, MAX_LANES } from '../../src/core/chart-data.js';
import { chartDataFor } from '../../src/core/chart-request.js';
import { createAliasTable } from '../../src/core/alias-table.js';
import type { PolicyItem } from '../../src/core/policy-item.js';
import { fixtureAliases, fixtureItem } from '../support/fixtures.js';

const item = (id: string, date: string, actors: string[], driver?: 'power' | 'security' | 'mixed', administration: PolicyItem['administration'] = 'trump'): PolicyItem => {
  const base = fixtureItem({ id: `${date}-${id}` as PolicyItem['id'], date, actors, administration, title: { en: `Item ${id} with a rather long title to shorten`, zh: `条目${id}` } });
  // Items from the Federal Register carry no paper reading.
  if (!driver) return { ...base, reading: undefined } as unknown as PolicyItem;
  return { ...base, reading: { ...base.reading!, driver } };
};

describe('chart data', () => {
  it('puts each item in its actors\' lanes, an office under its department, busiest lane first (ties by id)', () => {
    const chart = buildChartData({ kind: 'timeline', lang: 'en', total: 3, scope: '', items: [
      item('a', '2020-01-02', ['bis'], 'power'), item('b', '2019', ['commerce', 'defense'], 'security'), item('c', '2018-05', ['defense'], 'mixed')] }, fixtureAliases);
    expect(chart.lanes).toEqual(['Department of Commerce', 'Department of Defense']);
    if (chart.kind !== 'timeline') throw new Error('not a timeline');
    // Oldest first; partial dates at the first day they cover; one mark per lane an item is in.
    expect(chart.points.map((p) => [p.id.split('-').at(-1), p.date, p.lane, p.reading])).toEqual([
      ['c', '2018-05-01', 'Department of Defense', 'mixed'], ['b', '2019-01-01', 'Department of Commerce', 'security'],
      ['b', '2019-01-01', 'Department of Defense', 'security'], ['a', '2020-01-02', 'Department of Commerce', 'power']]);
    expect(chart.points[0]?.label).toBe('Item c with a rather long…');
  });

  it('keeps an asked-for office as its own lane, and counts items without a paper reading apart', () => {
    const chart = buildChartData({ kind: 'stance', lang: 'zh', total: 2, scope: '产业安全局', actorRoots: ['bis'],
      items: [item('a', '2020', ['bis'], 'power'), item('b', '2021', ['bis'], undefined, 'biden')] }, fixtureAliases);
    expect(chart.lanes).toEqual(['产业安全局']);
    if (chart.kind !== 'stance') throw new Error('not a stance chart');
    expect(chart.administrations).toEqual(['特朗普政府', '拜登政府']);
    expect(chart.counts).toEqual(expect.arrayContaining([{ lane: '产业安全局', administration: '拜登政府', reading: 'none', count: 1 }]));
    expect(chart.tally).toEqual({ power: 1, security: 0, mixed: 0, none: 1 });
  });

  it('merges the smallest lanes into "Other actors" beyond the lane limit', () => {
    const aliases = createAliasTable(Array.from({ length: 15 }, (_, i) => ({ id: `actor-${i}`, kind: 'actor' as const, name: { en: `Actor ${i}`, zh: `行为体${i}` }, aliases: [] })));
    const items = Array.from({ length: 15 }, (_, i) => Array.from({ length: 15 - i }, (_, j) => item(`a${i}x${j}`, '2020', [`actor-${i}`], 'power'))).flat();
    const chart = buildChartData({ kind: 'timeline', lang: 'en', items, total: items.length, scope: '' }, aliases);
    expect(chart.lanes).toHaveLength(MAX_LANES);
    expect(chart.lanes.at(0)).toBe('Actor 0');
    expect(chart.lanes.at(-1)).toBe('Other actors');
  });

  it('draws at most 200 items, the newest, with a note saying how many matched', async () => {
    const all = Array.from({ length: 250 }, (_, i) => item(`n${i}`, `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, ['commerce'], 'power'));
    const newestFirst = [...all].reverse();
    const store = { listItems: async (_f: unknown, page: { limit: number; offset: number }) =>
      ({ total: newestFirst.length, items: newestFirst.slice(page.offset, page.offset + page.limit).map((i) => ({ ...i, addedAt: '2026-01-01T00:00:00Z' })) }) };
    const result = await chartDataFor('timeline', { actor: ['commerce'] }, 'en', { store, aliases: fixtureAliases });
    if (!result.ok || result.data.kind !== 'timeline') throw new Error('no chart');
    expect(result.data.items).toBe(MAX_CHART_ITEMS);
    expect(result.data.total).toBe(250);
    expect(result.data.note).toBe('showing 200 of 250');
    expect(result.data.points.at(-1)?.id).toBe(newestFirst[0]?.id);
    expect(timelineSpec(result.data, FULL_SIZE)).toMatchObject({ title: { subtitle: 'showing 200 of 250' } });
    const bad = await chartDataFor('stance', { driver: ['greed'] }, 'en', { store, aliases: fixtureAliases });
    expect(bad).toMatchObject({ ok: false, problem: 'bad-filters', message: expect.stringContaining('unknown driver "greed"') });
  });
});

describe('chart specs', () => {
  const chart = buildChartData({ kind: 'timeline', lang: 'en', total: 3, scope: 'Commerce', items: [
    item('a', '2020-01-02', ['commerce'], 'power'), item('b', '2019-03-04', ['commerce'], 'security'), item('c', '2019-03-05', ['commerce'])] }, fixtureAliases);

  it('colours marks by reading, red power, green security, yellow mixed, grey for no paper reading', () => {
    const spec = timelineSpec(chart as Extract<typeof chart, { kind: 'timeline' }>, FULL_SIZE) as unknown as { layer: Array<{ encoding: { color?: { scale: { domain: string[]; range: string[] } }; y: { sort: string[] } } }> };
    const color = spec.layer[0]?.encoding.color;
    expect(color?.scale.domain).toEqual(['Power', 'Security', 'Mixed', 'No paper reading']);
    expect(color?.scale.range).toEqual([READING_COLORS.power, READING_COLORS.security, READING_COLORS.mixed, READING_COLORS.none]);
    expect(spec.layer[0]?.encoding.y.sort).toEqual(['Department of Commerce']);
    expect(spec.layer).toHaveLength(3);
    expect(timelineSpec(chart as Extract<typeof chart, { kind: 'timeline' }>, { ...FULL_SIZE, labels: false })).toMatchObject({ layer: [expect.anything()] });
  });

  it('leaves "no paper reading" out of the legend when every item has one, and facets stance by administration', () => {
    const stance = buildChartData({ kind: 'stance', lang: 'en', total: 2, scope: '', items: [item('a', '2020', ['commerce'], 'power'), item('b', '2021', ['defense'], 'security', 'biden')] }, fixtureAliases);
    const spec = stanceSpec(stance as Extract<typeof stance, { kind: 'stance' }>, FULL_SIZE) as unknown as { facet: { column: { sort: string[] } }; spec: { encoding: { color: { scale: { domain: string[] } } } } };
    expect(spec.facet.column.sort).toEqual(['Trump administration', 'Biden administration']);
    expect(spec.spec.encoding.color.scale.domain).toEqual(['Power', 'Security', 'Mixed']);
  });

  it('labels marks only where their titles have room, above or below the lane', () => {
    const points = [0, 1, 2, 3].map((i) => ({ id: `p${i}`, date: `2020-01-0${i + 1}`, lane: 'L', reading: 'power' as const, label: 'A title of some length' }));
    // Four marks a day apart: the first two take the rows above and below, the others have no room.
    expect(placeLabels(points, 900, 12)).toEqual([0, 1, -1, -1]);
    expect(placeLabels([{ ...points[0]!, lane: 'M' }, points[1]!], 900, 12)).toEqual([0, 0]);
  });
});
