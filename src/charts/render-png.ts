import { renderAsync } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { createFontSubsets, FONT_FAMILY } from './chart-font.js';
import { encodeIndexedPng } from './indexed-png.js';

export interface Png {
  png: Buffer;
  width: number;
  height: number;
}

export interface RenderOptions {
  /** A palette PNG of at most this many colours instead of resvg's true-colour one. */
  colors?: number;
  /** The font to draw with (default: the bundled Noto Sans Hans, cut to the chart's characters); `files: []` draws with none. */
  font?: { files: string[]; family: string };
}

const subsets = createFontSubsets();

/** A Vega-Lite spec drawn headless to SVG. Without a canvas Vega estimates text widths, which is close enough for labels. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** SVG to PNG with resvg, given only the bundled font: no system font is ever looked up. */
export async function svgToPng(svg: string, options: RenderOptions = {}): Promise<Png> {
  const font = options.font ?? { files: [await subsets.fileFor(svg)], family: FONT_FAMILY };
  const image = await renderAsync(svg, { font: { fontFiles: font.files, loadSystemFonts: false, defaultFontFamily: font.family }, background: 'white' });
  const png = options.colors ? encodeIndexedPng(image.pixels, image.width, image.height, options.colors) : image.asPng();
  return { png, width: image.width, height: image.height };
}

export async function renderPng(spec: TopLevelSpec, options: RenderOptions = {}): Promise<Png> {
  return svgToPng(await renderSvg(spec), options);
}
