/**
 * Cuts a font down to some characters, in a child process of its own. subset-font runs HarfBuzz as WebAssembly, whose
 * memory only grows (25–30 MB of resident memory at the first subset of the 8 MB font, some 15 MB with each new one)
 * and is not given back while the process lives: in a process that ends after one subset, it never stays with the bot.
 */
import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';

export interface SubsetRequest {
  source: string;
  characters: string;
}

export interface SubsetReply {
  subset: Uint8Array;
  /** This process's peak resident memory, in kilobytes: what a subset costs, for the bench to report. */
  maxRssKb: number;
}

process.once('message', (request: SubsetRequest) => {
  void subsetFont(readFileSync(request.source), request.characters, { targetFormat: 'sfnt', preserveNameIds: [1, 2, 4, 6, 16, 17] })
    .then((subset) => {
      const reply: SubsetReply = { subset, maxRssKb: process.resourceUsage().maxRSS };
      process.send?.(reply, () => process.disconnect());
    }, (error: unknown) => {
      process.stderr.write(`font subset failed: ${String(error)}\n`);
      process.exit(1);
    });
});
