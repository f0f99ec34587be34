import type { AliasTable } from './alias-table.js';
import { buildChartData, READING_CATEGORIES, MAX_CHART_ITEMS, type ChartData, type ChartKind } from './chart-data.js';
import { administrationFromName, resolveFilters, type RawFilters } from './filters.js';
import { administrationLabel, countLabel, instrumentLabel } from './labels.js';
import type { Lang } from './lang.js';
import type { ChartRenderer, ItemPort } from './ports.js';
import type { ChartPicture } from './replies.js';

/** A chart's PNG travels inside a Teams card only at this size or less: Teams refuses a message over about 28 KB, and base64 adds a third. */
export const CARD_IMAGE_BYTES = 17_000;
/** A digest's timeline shares its first card with the digest's heading and overview, so it gets less room. */
export const DIGEST_CARD_IMAGE_BYTES = 8_000;

export type ChartDataResult =
  | { ok: true; data: ChartData }
  | { ok: false; problem: 'bad-filters' | 'no-items'; message: string };

/** The filters in words, for the chart's title: "Department of Commerce · 2019–2021". */
function scopeText(raw: RawFilters, lang: Lang, aliases: AliasTable): string {
  const names = (values: string[] | undefined, kind: 'actor' | 'target') =>
    (values ?? []).map((v) => { const [id] = aliases.resolve(v, kind); return id ? aliases.displayName(id, lang) : v; });
  const period = raw.from && raw.to ? `${raw.from}–${raw.to}` : raw.from ? (lang === 'zh' ? `${raw.from} 起` : `from ${raw.from}`)
    : raw.to ? (lang === 'zh' ? `至 ${raw.to}` : `to ${raw.to}`) : '';
  const admins = (raw.admin ?? []).map((a) => administrationLabel(administrationFromName(a) ?? a, lang));
  const parts = [names(raw.actor, 'actor'), names(raw.target, 'target'), admins, raw.driver ?? [], (raw.type ?? []).map((t) => instrumentLabel(t, lang)), period ? [period] : []];
  return parts.map((p) => p.join(lang === 'zh' ? '、' : ', ')).filter(Boolean).join(' · ');
}

/** The newest items the filters match (at most MAX_CHART_ITEMS), as chart data; bad filters and no items are said in words. */
export async function chartDataFor(kind: ChartKind, raw: RawFilters, lang: Lang, deps: { store: Pick<ItemPort, 'listItems'>; aliases: AliasTable }): Promise<ChartDataResult> {
  const resolved = resolveFilters(raw, deps.aliases);
  if (!resolved.ok) return { ok: false, problem: 'bad-filters', message: resolved.problems.join('\n') };
  const page = await deps.store.listItems(resolved.filter, { limit: MAX_CHART_ITEMS, offset: 0 });
  const scope = scopeText(raw, lang, deps.aliases);
  if (page.total === 0) {
    return { ok: false, problem: 'no-items', message: lang === 'zh' ? `没有符合筛选条件的条目${scope ? `（${scope}）` : ''}，无法绘图。`
      : `No items match${scope ? ` ${scope}` : ' these filters'}: nothing to chart.` };
  }
  const actorRoots = raw.actor?.flatMap((name) => deps.aliases.resolve(name, 'actor'));
  return { ok: true, data: buildChartData({ kind, lang, items: page.items, total: page.total, scope, ...(actorRoots?.length ? { actorRoots } : {}) }, deps.aliases) };
}

function tallyText(chart: ChartData): string {
  return READING_CATEGORIES.filter((c) => c !== 'none' || chart.tally.none > 0)
    .map((c) => `${chart.readingLabels[c]} ${chart.tally[c]}`).join(' · ');
}

/** The line posted with the chart: what it covers, how many items, and their readings. */
export function chartCaption(chart: ChartData): string {
  const count = countLabel(chart.items, chart.lang);
  return `${chart.title} — ${count}${chart.note ? ` (${chart.note})` : ''}: ${tallyText(chart)}`;
}

/** What the chart shows, in words, for screen readers (at most 1,000 characters, as Slack allows). */
export function chartAlt(chart: ChartData): string {
  const zh = chart.lang === 'zh';
  const lanes = chart.lanes.join(zh ? '、' : ', ');
  let text: string;
  if (chart.kind === 'timeline') {
    const years = chart.points.map((p) => p.date.slice(0, 4)).sort();
    const span = `${years[0] ?? ''}–${years.at(-1) ?? ''}`;
    text = zh ? `时间线图：${chart.items} 个政策条目（${span}），每个行为体一行（${lanes}），颜色表示论文解读：${tallyText(chart)}。`
      : `Timeline of ${chart.items} policy items (${span}), one lane per actor (${lanes}), each mark coloured by the paper's reading: ${tallyText(chart)}.`;
  } else {
    const rows = chart.lanes.flatMap((lane) => chart.administrations.map((admin) => {
      const counts = chart.counts.filter((c) => c.lane === lane && c.administration === admin && c.count > 0);
      return counts.length ? `${lane} (${admin}): ${counts.map((c) => `${chart.readingLabels[c.reading]} ${c.count}`).join(', ')}` : '';
    })).filter(Boolean);
    text = zh ? `条形图：各行为体在各届政府时期的权力驱动、安全驱动与混合条目数。${rows.join('；')}`
      : `Bar chart of power, security and mixed items per actor, one panel per administration. ${rows.join('; ')}`;
  }
  return text.length <= 1000 ? text : `${text.slice(0, 999)}…`;
}

/** The chart drawn at full size, and (with `cardBytes`) small enough for a Teams card, with its caption and alt text. */
export async function drawChart(chart: ChartData, renderer: ChartRenderer, cardBytes?: number): Promise<ChartPicture> {
  const [image, cardImage] = await Promise.all([renderer.render(chart), cardBytes ? renderer.renderSmall(chart, cardBytes) : undefined]);
  return { title: chart.title, alt: chartAlt(chart), caption: chartCaption(chart), image, ...(cardImage ? { cardImage } : {}) };
}
