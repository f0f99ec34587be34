import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppCore, type AppCore } from '../../src/app.js';
import { createFontSubsets, subsetProcessPeakKb } from '../../src/charts/chart-font.js';
import { createChartRenderer } from '../../src/charts/chart-renderer.js';
import { renderPng } from '../../src/charts/render-png.js';
import { loadConfig } from '../../src/config/config.js';
import { chartDataFor } from '../../src/core/chart-request.js';
import type { ChartData } from '../../src/core/chart-data.js';
import { tempDir } from '../support/temp-store.js';

let core: AppCore;
let cleanup: () => void;
beforeAll(async () => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  core = await openAppCore(loadConfig({ BRIEFING_DB: join(temp.dir, 'charts.db') }));
});
afterAll(async () => {
  await core.close();
  cleanup();
});

async function commerceAndDefense(kind: 'timeline' | 'stance', lang: 'en' | 'zh' = 'en'): Promise<ChartData> {
  const result = await chartDataFor(kind, { actor: ['commerce', 'defense'] }, lang, { store: core.store, aliases: core.data.aliases });
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

/** Width and height from the PNG's IHDR chunk, which follows the 8-byte signature. */
function ihdr(png: Buffer): { width: number; height: number } {
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Pixels that are not white, and those of each reading colour (within a little of it). */
function ink(png: Buffer) {
  const { data, width, height } = PNG.sync.read(png);
  const near = (at: number, [r, g, b]: number[]) => Math.abs((data[at] ?? 0) - (r ?? 0)) + Math.abs((data[at + 1] ?? 0) - (g ?? 0)) + Math.abs((data[at + 2] ?? 0) - (b ?? 0)) < 40;
  let dark = 0;
  const colours = { power: 0, security: 0, mixed: 0 };
  for (let at = 0; at < width * height * 4; at += 4) {
    if ((data[at] ?? 255) < 200 || (data[at + 1] ?? 255) < 200 || (data[at + 2] ?? 255) < 200) dark++;
    if (near(at, [0xd6, 0x27, 0x28])) colours.power++;
    if (near(at, [0x2c, 0xa0, 0x2c])) colours.security++;
    if (near(at, [0xe0, 0xa8, 0x00])) colours.mixed++;
  }
  return { dark, share: dark / (width * height), colours };
}

/** How many pixels differ clearly between two images of the same size. */
function differing(a: Buffer, b: Buffer): number {
  const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
  expect([x.width, x.height]).toEqual([y.width, y.height]);
  let count = 0;
  for (let at = 0; at < x.data.length; at += 4) if (Math.abs((x.data[at] ?? 0) - (y.data[at] ?? 0)) > 60) count++;
  return count;
}

describe('charts of the real Commerce and Defense items', () => {
  it.each(['timeline', 'stance'] as const)('draws the %s as a PNG of the size its header says, with marks in every reading colour', async (kind) => {
    const chart = await commerceAndDefense(kind);
    expect(chart.lanes).toEqual(['US Department of Defense', 'US Department of Commerce']);
    const image = await createChartRenderer().render(chart);
    const png = Buffer.from(image.pngBase64, 'base64');
    expect(ihdr(png)).toEqual({ width: image.width, height: image.height });
    expect(image.width).toBeGreaterThanOrEqual(600);
    expect(image.height).toBeGreaterThan(150);
    const { share, colours } = ink(png);
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.6);
    for (const count of Object.values(colours)) expect(count).toBeGreaterThan(20);
  });

  it('fits a small rendering into a Teams card budget, or says none fits', async () => {
    const renderer = createChartRenderer();
    const small = await renderer.renderSmall(await commerceAndDefense('timeline'), 17_000);
    expect(small && Buffer.from(small.pngBase64, 'base64').length).toBeLessThanOrEqual(17_000);
    expect(await renderer.renderSmall(await commerceAndDefense('timeline'), 200)).toBeUndefined();
  });
});

describe('Chinese labels', () => {
  const label = (text: string) => ({ $schema: 'https://vega.github.io/schema/vega-lite/v6.json' as const, width: 300, height: 60, background: 'white',
    data: { values: [{ x: 0, text }] }, mark: { type: 'text' as const, fontSize: 28, align: 'left' as const, color: 'black' },
    encoding: { x: { field: 'x', type: 'quantitative' as const, axis: null }, text: { field: 'text' } } });

  it('are drawn as glyphs with the bundled font, not as empty boxes or nothing', async () => {
    const bundled = (await renderPng(label('商务部与国防部'))).png;
    const none = (await renderPng(label('商务部与国防部'), { font: { files: [], family: 'none' } })).png;
    // A Latin-only font (DejaVu Sans, which Debian ships) draws empty boxes for Han characters.
    const latin = (await renderPng(label('商务部与国防部'), { font: { files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'], family: 'DejaVu Sans' } })).png;
    const glyphs = ink(bundled).dark;
    // Seven stroke-rich Han characters at 28 px ink well over a thousand pixels; without a font that has them, nothing is drawn.
    expect(glyphs).toBeGreaterThan(1000);
    expect(ink(none).dark).toBeLessThan(glyphs / 10);
    // Boxes ink less than glyphs, and in other places: most inked pixels differ.
    expect(ink(latin).dark).toBeLessThan(glyphs * 0.8);
    expect(differing(bundled, latin)).toBeGreaterThan(0.5 * glyphs);
  });

  it('title a Chinese chart in Chinese', async () => {
    const chart = await commerceAndDefense('stance', 'zh');
    expect(chart.title).toBe('权力与安全立场: 美国商务部、美国国防部');
    expect(chart.lanes).toEqual(['美国国防部', '美国商务部']);
    const { dark } = ink(Buffer.from((await createChartRenderer().render(chart)).pngBase64, 'base64'));
    expect(dark).toBeGreaterThan(5000);
  });
});

describe('font subsets', () => {
  it('are cut in a child process that reports what it cost, and a failure there is a clear error, not a hang', async () => {
    const made = await createFontSubsets().fileFor('商务部 Commerce');
    expect(statSync(made).size).toBeGreaterThan(1000);
    expect(statSync(made).size).toBeLessThan(1_000_000);
    expect(subsetProcessPeakKb()).toBeGreaterThan(0);
    await expect(createFontSubsets(join(tmpdir(), 'policy-brief-no-such-font.otf')).fileFor('abc')).rejects.toThrow(/font subset process exited/);
  });

  it('are shared by texts whose characters one of them holds, and cut anew for a character none holds', async () => {
    const subsets = createFontSubsets();
    const full = await subsets.fileFor('美国商务部 Commerce 2019');
    expect(await subsets.fileFor('商务部 2019')).toBe(full);
    expect(await subsets.fileFor('国防部')).not.toBe(full);
  });
});
