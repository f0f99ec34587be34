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

/** Printable ASCII, and the ellipsis Vega ends a cut label with: in every subset, so most charts share a few. */
const ALWAYS_KEPT = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '…';
const KEPT_SUBSETS = 16;

interface KeptSubset {
  characters: Set<string>;
  file: Promise<string>;
}

/**
 * Font files cut down to the characters a chart uses. resvg reads the whole font file again for every text element
 * it draws: with the 8 MB font a chart of 100 labels takes about 2 s, with a subset of a few kilobytes 0.1 s.
 * Subsets are kept (a few, in a temporary folder) and any kept one with all of a chart's characters draws it: the
 * smaller renderings of a chart use fewer characters than the full one, so they need no subset of their own.
 */
export function createFontSubsets(source = fontFile()) {
  let dir: string | undefined;
  const kept = new Map<string, KeptSubset>();
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
  const holding = (needed: Set<string>): [string, KeptSubset] | undefined =>
    [...kept].find(([, subset]) => [...needed].every((c) => subset.characters.has(c)));
  return {
    /** A font file with every character of `text` (and printable ASCII). */
    fileFor(text: string): Promise<string> {
      const characters = new Set(ALWAYS_KEPT + text);
      const found = holding(characters);
      if (found) {
        // Most recently used last: the first entry is the one to drop.
        kept.delete(found[0]);
        kept.set(found[0], found[1]);
        return found[1].file;
      }
      const sorted = [...characters].sort().join('');
      const key = createHash('sha256').update(sorted).digest('hex').slice(0, 24);
      const made = write(sorted, key);
      made.catch(() => kept.delete(key));
      kept.set(key, { characters, file: made });
      while (kept.size > KEPT_SUBSETS) {
        const [oldest, subset] = kept.entries().next().value as [string, KeptSubset];
        kept.delete(oldest);
        void subset.file.then((path) => unlinkSync(path), () => {});
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

/**
 * HarfBuzz's WebAssembly is compiled once quickly, then again optimised on background threads, and a process cannot
 * end until that second compile is done: some 0.5 s after the subset, longer on a busy machine, for code that one
 * subset never runs again. The quick compile alone makes a subset no slower.
 */
const WASM_BASELINE_ONLY = '--liftoff-only';

/** One subset, made by a child process that ends with it (see font-subset-process.ts). */
function subsetInChild(request: SubsetRequest): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = fork(SUBSET_SCRIPT, [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: [...process.execArgv, WASM_BASELINE_ONLY] });
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
