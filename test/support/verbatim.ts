import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../src/config/paths.js';

const normalize = (text: string): string => text.replace(/\[\d+\]/g, '').replace(/\s+/g, '');

/** The seed paper as kept in the repo, whitespace and footnote markers removed. */
export const paperText = normalize(readFileSync(join(dataDir(), 'paper', 'zhu-chen-us-ai-policy.txt'), 'utf8'));

/**
 * Null when `passage` occurs verbatim in the paper, else why not. A passage may be split across
 * interleaved footnotes or a misplaced PDF block: up to four contiguous pieces, in order, each gap
 * under 3,000 characters.
 */
export function verbatimProblem(passage: string): string | null {
  let rest = normalize(passage);
  let from = 0;
  for (let pieces = 0; rest.length > 0; pieces++) {
    if (pieces === 4) return 'split into too many pieces';
    let found = -1;
    let length = rest.length;
    for (; length >= Math.min(6, rest.length); length--) {
      const at = paperText.indexOf(rest.slice(0, length), from);
      if (at >= 0 && (pieces === 0 || at - from < 3000)) {
        found = at;
        break;
      }
    }
    if (found < 0) return `not in the paper from: "${rest.slice(0, 40)}"`;
    from = found + length;
    rest = rest.slice(length);
  }
  return null;
}
