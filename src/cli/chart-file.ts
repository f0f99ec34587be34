import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { ChartImage } from '../core/ports.js';
import { replyPicture, type Reply } from '../core/replies.js';
import { replyToText } from '../core/render-text.js';

/** Writes a chart's PNG to `path` (creating its folder) and returns the absolute path. */
export function writeChartImage(image: ChartImage, path: string): string {
  const absolute = resolve(path);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, Buffer.from(image.pngBase64, 'base64'));
  return absolute;
}

let saved = 0;
/** A reply as terminal text; a chart's image is written to a file in the temporary folder, whose path is printed. */
export function replyToTerminal(reply: Reply): string {
  const picture = replyPicture(reply);
  if (!picture) return replyToText(reply);
  const name = reply.kind === 'chart' ? reply.chart : 'stance';
  const file = join(tmpdir(), 'policy-brief-charts', `${name}-${process.pid}-${Date.now()}-${saved++}.png`);
  return `${replyToText(reply)}\n${reply.lang === 'zh' ? '图片' : 'Image'}: ${writeChartImage(picture.image, file)}`;
}
