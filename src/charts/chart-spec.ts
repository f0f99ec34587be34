import type { TopLevelSpec } from 'vega-lite';
import { READING_CATEGORIES, type ChartData, type ReadingCategory } from '../core/chart-data.js';
import { FONT_FAMILY } from './chart-font.js';

/** The reading colours, matching the 🔴 🟢 🟡 badges chat replies use; grey for items without a paper reading. */
export const READING_COLORS: Record<ReadingCategory, string> = { power: '#d62728', security: '#2ca02c', mixed: '#e0a800', none: '#9e9e9e' };

/** How large to draw: the plot's width in pixels, the base font size, and whether marks carry their titles. */
export interface ChartSize {
  width: number;
  fontSize: number;
  labels: boolean;
}

export const FULL_SIZE: ChartSize = { width: 900, fontSize: 12, labels: true };

/** The legend's categories: always the paper's three readings, and "no paper reading" only when some item has none. */
function legendCategories(present: ReadingCategory[]): ReadingCategory[] {
  return READING_CATEGORIES.filter((category) => category !== 'none' || present.includes('none'));
}

function colorEncoding(chart: ChartData, present: ReadingCategory[]) {
  const categories = legendCategories(present);
  return {
    field: 'readingLabel', type: 'nominal' as const, title: null,
    scale: { domain: categories.map((c) => chart.readingLabels[c]), range: categories.map((c) => READING_COLORS[c]) },
    legend: { orient: 'top' as const, direction: 'horizontal' as const, symbolType: 'circle' },
  };
}

function common(chart: ChartData, size: ChartSize) {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json' as const,
    background: 'white',
    padding: 12,
    title: { text: chart.title, anchor: 'start' as const, fontSize: size.fontSize + 3, ...(chart.note ? { subtitle: chart.note, subtitleFontSize: size.fontSize } : {}) },
    config: {
      font: FONT_FAMILY,
      view: { stroke: null },
      axis: { labelFontSize: size.fontSize - 1, titleFontSize: size.fontSize, labelColor: '#333', domainColor: '#999', tickColor: '#999' },
      legend: { labelFontSize: size.fontSize, symbolSize: 90 },
      header: { labelFontSize: size.fontSize, labelFontWeight: 'bold' as const },
    },
  };
}

/** Roughly how wide a label is drawn (Vega estimates the same way without a canvas): Han characters are square. */
function labelWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const ch of text) width += /\p{Script=Han}|[\u3000-\u30ff\uff00-\uffef]/u.test(ch) ? fontSize : 0.56 * fontSize;
  return Math.min(width, LABEL_LIMIT);
}

const LABEL_LIMIT = 150;
const DAY_MS = 86_400_000;

/** The time axis: whole years around the items, so label positions can be worked out before Vega draws. */
function yearDomain(dates: readonly string[]): [number, number] {
  const years = dates.map((d) => Number(d.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  return [Date.UTC(first, 0, 1), Date.UTC(last + 1, 0, 1)];
}

/**
 * Each mark's label row: above (0) or below (1) its lane's line, whichever has room after the labels to its left;
 * none (-1) when both are taken, so titles never print over each other. The mark itself is always drawn.
 */
export function placeLabels(points: Extract<ChartData, { kind: 'timeline' }>['points'], width: number, fontSize: number): number[] {
  const [start, end] = yearDomain(points.map((p) => p.date));
  const xOf = (date: string) => ((Date.parse(date) - start) / (end - start)) * width;
  const freeFrom = new Map<string, [number, number]>();
  const order = points.map((p, i) => i).sort((a, b) => (points[a]?.date ?? '').localeCompare(points[b]?.date ?? ''));
  const rows = new Array<number>(points.length).fill(-1);
  for (const i of order) {
    const point = points[i] as (typeof points)[number];
    const x = xOf(point.date);
    const free = freeFrom.get(point.lane) ?? [-Infinity, -Infinity];
    const row = free.findIndex((at) => x >= at);
    // A label running past the right edge would be cut: only marks with room after them are labelled.
    if (row < 0 || x + 6 + labelWidth(point.label, fontSize - 2) > width) continue;
    rows[i] = row;
    free[row] = x + 6 + labelWidth(point.label, fontSize - 2) + 8;
    freeFrom.set(point.lane, free);
  }
  return rows;
}

/** Items on a time axis, one lane per actor, coloured by the paper's reading; titles beside the marks when `size.labels`. */
export function timelineSpec(chart: Extract<ChartData, { kind: 'timeline' }>, size: ChartSize): TopLevelSpec {
  const laneHeight = size.labels ? 3.6 * size.fontSize + 16 : 2 * size.fontSize + 8;
  const rows = size.labels ? placeLabels(chart.points, size.width, size.fontSize) : chart.points.map(() => -1);
  const values = chart.points.map((p, i) => ({ ...p, readingLabel: chart.readingLabels[p.reading], row: rows[i] }));
  const [start, end] = chart.points.length ? yearDomain(chart.points.map((p) => p.date)) : [0, DAY_MS];
  const x = { field: 'date', type: 'temporal' as const, title: null, scale: { type: 'utc' as const, domain: [start, end] },
    axis: { format: '%Y', tickCount: { interval: 'year' as const, step: 1 }, grid: true, gridColor: '#eee' } };
  const y = { field: 'lane', type: 'nominal' as const, title: null, sort: chart.lanes, axis: { labelLimit: 240, grid: true, gridColor: '#ddd', domain: false, ticks: false } };
  const marks = { mark: { type: 'point' as const, filled: true, size: 10 * size.fontSize, opacity: 0.9, stroke: 'white', strokeWidth: 1 },
    encoding: { x, y, color: colorEncoding(chart, chart.points.map((p) => p.reading)) } };
  const label = (row: number) => ({
    transform: [{ filter: `datum.row === ${row}` }],
    mark: { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, dx: 6, dy: row === 0 ? -0.9 * size.fontSize : 0.9 * size.fontSize,
      fontSize: size.fontSize - 2, color: '#333', limit: LABEL_LIMIT },
    encoding: { x, y, text: { field: 'label' } },
  });
  return {
    ...common(chart, size),
    width: size.width,
    height: Math.max(1, chart.lanes.length) * laneHeight,
    data: { values },
    layer: [marks, ...(size.labels ? [label(0), label(1)] : [])],
  } as TopLevelSpec;
}

/**
 * Power, security and mixed items per actor, one panel per administration, stacked in the legend's order: an actor
 * whose bar turns from red to green between two panels has swapped position, as the paper says Commerce and Defense did.
 */
export function stanceSpec(chart: Extract<ChartData, { kind: 'stance' }>, size: ChartSize): TopLevelSpec {
  const order = (category: ReadingCategory) => READING_CATEGORIES.indexOf(category);
  const values = chart.counts.map((c) => ({ ...c, readingLabel: chart.readingLabels[c.reading], order: order(c.reading) }));
  const panels = Math.max(1, chart.administrations.length);
  const panelWidth = Math.max(80, Math.floor((size.width - 180) / panels) - 12);
  return {
    ...common(chart, size),
    data: { values },
    facet: { column: { field: 'administration', type: 'nominal', sort: chart.administrations, title: null } },
    spec: {
      width: panelWidth,
      height: Math.max(1, chart.lanes.length) * (size.fontSize * 1.6 + 6),
      mark: { type: 'bar', cornerRadiusEnd: 2 },
      encoding: {
        y: { field: 'lane', type: 'nominal', title: null, sort: chart.lanes, axis: { labelLimit: 240 } },
        x: { field: 'count', type: 'quantitative', title: null, stack: 'zero', axis: { tickMinStep: 1, format: 'd', grid: true, gridColor: '#eee' } },
        color: colorEncoding(chart, chart.counts.map((c) => c.reading)),
        order: { field: 'order', type: 'quantitative' },
      },
    },
    resolve: { scale: { x: 'shared' } },
  } as TopLevelSpec;
}

export function chartSpec(chart: ChartData, size: ChartSize): TopLevelSpec {
  return chart.kind === 'timeline' ? timelineSpec(chart, size) : stanceSpec(chart, size);
}
