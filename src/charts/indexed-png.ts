import { deflateSync } from 'node:zlib';

/**
 * RGBA pixels to a palette PNG of at most `maxColors` colours (the most frequent; every other pixel takes its
 * nearest). A chart is a few flat colours plus anti-aliased edges, so this keeps its look at a third to a fifth of
 * the size of resvg's true-colour PNG: what lets a chart travel inside a Teams card.
 */
export function encodeIndexedPng(rgba: Uint8Array, width: number, height: number, maxColors = 256): Buffer {
  const palette = paletteOf(rgba, Math.min(256, Math.max(2, maxColors)));
  const index = nearestIndex(palette);
  const bitDepth = palette.length <= 16 ? 4 : 8;
  const stride = bitDepth === 4 ? Math.ceil(width / 2) : width;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    // Filter byte 0 (none): flat palette rows compress well without prediction.
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const i = index(((rgba[at] as number) << 16) | ((rgba[at + 1] as number) << 8) | (rgba[at + 2] as number));
      if (bitDepth === 8) raw[row + 1 + x] = i;
      else raw[row + 1 + (x >> 1)] = (raw[row + 1 + (x >> 1)] as number) | (x % 2 === 0 ? i << 4 : i);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([bitDepth, 3, 0, 0, 0], 8);
  const plte = Buffer.alloc(palette.length * 3);
  palette.forEach((color, i) => plte.set([color >> 16, (color >> 8) & 0xff, color & 0xff], i * 3));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('PLTE', plte),
    chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** The most frequent colours (RGB; the charts are drawn on white, so alpha is always opaque). */
function paletteOf(rgba: Uint8Array, maxColors: number): number[] {
  const counts = new Map<number, number>();
  for (let at = 0; at < rgba.length; at += 4) {
    const color = ((rgba[at] as number) << 16) | ((rgba[at + 1] as number) << 8) | (rgba[at + 2] as number);
    counts.set(color, (counts.get(color) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, maxColors).map(([color]) => color);
}

/** The palette index nearest each colour, remembered per colour (a chart repeats few colours many times). */
function nearestIndex(palette: number[]): (color: number) => number {
  const known = new Map(palette.map((color, i) => [color, i]));
  return (color) => {
    const found = known.get(color);
    if (found !== undefined) return found;
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach((candidate, i) => {
      const d = ((color >> 16) - (candidate >> 16)) ** 2 + (((color >> 8) & 0xff) - ((candidate >> 8) & 0xff)) ** 2 + ((color & 0xff) - (candidate & 0xff)) ** 2;
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    known.set(color, best);
    return best;
  };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
