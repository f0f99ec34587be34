import type { ChartData } from '../core/chart-data.js';
import type { ChartImage, ChartRenderer } from '../core/ports.js';
import { chartSpec, FULL_SIZE, type ChartSize } from './chart-spec.js';
import { renderPng } from './render-png.js';

/** Smaller and plainer renderings, tried in turn until one fits the byte budget: fewer pixels, then no titles, then fewer colours. */
const SMALL_STEPS: Array<{ size: ChartSize; colors: number }> = [
  { size: { width: 520, fontSize: 11, labels: true }, colors: 16 },
  { size: { width: 480, fontSize: 11, labels: false }, colors: 16 },
  { size: { width: 400, fontSize: 10, labels: false }, colors: 8 },
];

const toImage = (png: { png: Buffer; width: number; height: number }): ChartImage => ({ pngBase64: png.png.toString('base64'), width: png.width, height: png.height });

/** Charts drawn with Vega-Lite, Vega and resvg, as palette PNGs (a third of the size of true colour, same look). */
export function createChartRenderer(): ChartRenderer {
  return {
    async render(chart: ChartData) {
      return toImage(await renderPng(chartSpec(chart, FULL_SIZE), { colors: 256 }));
    },
    async renderSmall(chart: ChartData, maxBytes: number) {
      for (const step of SMALL_STEPS) {
        const png = await renderPng(chartSpec(chart, step.size), { colors: step.colors });
        if (png.png.length <= maxBytes) return toImage(png);
      }
      return undefined;
    },
  };
}
