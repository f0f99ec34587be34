import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';

/**
 * The font every chart is drawn with: Noto Sans Hans (Simplified Chinese, with Latin), shipped as OpenType in the
 * @embedpdf/fonts-sc package. resvg reads TTF/OTF only (the Fontsource package ships WOFF/WOFF2), and is given this
 * font alone, so a chart looks the same on every machine, with or without system fonts.
 */
export const FONT_FAMILY = 'Noto Sans S Chinese';

export function fontFile(): string {
  // The package exports only its index; its fonts/ folder sits beside dist/.
  const index = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  return join(dirname(index), '..', 'fonts', 'NotoSansHans-Regular.otf');
}

const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const KEPT_SUBSETS = 16;

/**
 * Font files cut down to the characters a chart uses. resvg reads the whole font file again for every text element
 * it draws: with the 8 MB font a chart of 100 labels takes about 2 s, with a subset of a few kilobytes 0.1 s.
 * Subsets are kept (a few, in a temporary folder) for charts that use the same characters again.
 */
export function createFontSubsets(source = fontFile()) {
  let font: Buffer | undefined;
  let dir: string | undefined;
  const files = new Map<string, Promise<string>>();
  const folder = (): string => {
    if (!dir) {
      const made = mkdtempSync(join(tmpdir(), 'policy-brief-fonts-'));
      process.once('exit', () => rmSync(made, { recursive: true, force: true }));
      dir = made;
    }
    return dir;
  };
  async function write(characters: string, key: string): Promise<string> {
    font ??= readFileSync(source);
    const subset = await subsetFont(font, characters, { targetFormat: 'sfnt', preserveNameIds: [1, 2, 4, 6, 16, 17] });
    const file = join(folder(), `${key}.otf`);
    writeFileSync(file, subset);
    return file;
  }
  return {
    /** A font file with every character of `text` (and printable ASCII). */
    fileFor(text: string): Promise<string> {
      const characters = [...new Set(PRINTABLE_ASCII + text)].sort().join('');
      const key = createHash('sha256').update(characters).digest('hex').slice(0, 24);
      const known = files.get(key);
      if (known) {
        // Most recently used last: the first entry is the one to drop.
        files.delete(key);
        files.set(key, known);
        return known;
      }
      const made = write(characters, key);
      made.catch(() => files.delete(key));
      files.set(key, made);
      while (files.size > KEPT_SUBSETS) {
        const [oldest, file] = files.entries().next().value as [string, Promise<string>];
        files.delete(oldest);
        void file.then((path) => unlinkSync(path), () => {});
      }
      return made;
    },
  };
}
