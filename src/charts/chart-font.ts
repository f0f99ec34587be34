import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { packageRoot } from '../config/paths.js';
import type { SubsetReply, SubsetRequest } from './font-subset-process.js';

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
    const subset = await subsetInChild({ source, characters });
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

/** The child's compiled script: the test runner loads this module as TypeScript source, and the build sits in dist/. */
const SUBSET_SCRIPT = import.meta.url.endsWith('.ts')
  ? join(packageRoot(), 'dist', 'src', 'charts', 'font-subset-process.js')
  : fileURLToPath(new URL('./font-subset-process.js', import.meta.url));

/** The peak resident memory of the largest subset process so far, in kilobytes (the bench reports it). */
let largestSubsetRssKb = 0;
export const subsetProcessPeakKb = (): number => largestSubsetRssKb;

/** One subset, made by a child process that ends with it (see font-subset-process.ts). */
function subsetInChild(request: SubsetRequest): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = fork(SUBSET_SCRIPT, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let reply: SubsetReply | undefined;
    child.once('message', (message: SubsetReply) => { reply = message; });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!reply) return reject(new Error(`font subset process exited with code ${code}`));
      largestSubsetRssKb = Math.max(largestSubsetRssKb, reply.maxRssKb);
      resolve(Buffer.from(reply.subset.buffer, reply.subset.byteOffset, reply.subset.byteLength));
    });
    child.send(request);
  });
}
