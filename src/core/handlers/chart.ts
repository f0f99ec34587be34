import type { ChartKind } from '../chart-data.js';
import { CARD_IMAGE_BYTES, chartDataFor, drawChart } from '../chart-request.js';
import { filterWords, type RawFilters } from '../filters.js';
import { detectLang, type Lang } from '../lang.js';
import type { ChartPicture, FollowUpAction } from '../replies.js';
import type { CommandHandler, HandlerDeps } from './handler.js';
import { usageReply } from './usage.js';

/** The `chart` command for the same filters: what "Show as timeline" and "Show stance chart" buttons run. */
export function chartAction(kind: ChartKind, filters: RawFilters, lang: Lang, asked?: Lang): FollowUpAction {
  const label = kind === 'timeline' ? (lang === 'zh' ? '以时间线显示' : 'Show as timeline') : (lang === 'zh' ? '显示立场图' : 'Show stance chart');
  return { label, command: ['chart', kind, ...filterWords(filters), ...(asked ? [`lang:${asked}`] : [])].join(' ') };
}

/**
 * The stance chart a profile or a comparison carries. A chart that cannot be drawn is left out: the reply itself
 * still goes out, with its button to draw the chart on demand.
 */
export async function stancePicture(filters: RawFilters, lang: Lang, deps: HandlerDeps): Promise<ChartPicture | undefined> {
  if (!deps.charts) return undefined;
  try {
    const result = await chartDataFor('stance', filters, lang, deps);
    return result.ok ? await drawChart(result.data, deps.charts, CARD_IMAGE_BYTES) : undefined;
  } catch {
    return undefined;
  }
}

/** A timeline or a power/security stance chart of the items the `events` filters select, as an image. */
export const chart: CommandHandler<'chart'> = async (command, _context, deps) => {
  const lang = command.lang ?? detectLang(Object.values(command.filters).flat().join(' '));
  if (!deps.charts) return { kind: 'notice', lang, text: lang === 'zh' ? '此处无法绘制图表。' : 'Charts are not available here.' };
  const result = await chartDataFor(command.chart, command.filters, lang, deps);
  if (!result.ok) {
    return result.problem === 'bad-filters' ? usageReply(lang, result.message, 'chart') : { kind: 'notice', lang, text: result.message };
  }
  const picture = await drawChart(result.data, deps.charts, CARD_IMAGE_BYTES);
  const again = ['chart', command.chart, ...filterWords(command.filters), ...(command.lang ? [`lang:${command.lang}`] : [])].join(' ');
  const list: FollowUpAction = { label: lang === 'zh' ? '列出这些条目' : 'List these items',
    command: ['events', ...filterWords(command.filters), ...(command.lang ? [`lang:${command.lang}`] : [])].join(' ') };
  return { kind: 'chart', lang, chart: command.chart, picture, command: again, items: result.data.items, total: result.data.total,
    ...(result.data.note ? { note: result.data.note } : {}), actions: [list] };
};
