import type { Command } from 'commander';
import type { AppCore } from '../app.js';
import { packageVersion } from '../config/paths.js';
import { statusReport } from '../core/handlers/status.js';
import { replyToText } from '../core/render-text.js';
import { printJson } from './cli-output.js';

/** `briefing status`: the operator's view, the same report chat's `status` shows. */
export function registerStatusCommand(program: Command, withCore: <R>(run: (core: AppCore) => Promise<R>) => Promise<R>): void {
  program.command('status')
    .description('What the store holds (by source, administration and year), the last ingest and source runs, candidates awaiting review, subscriptions.')
    .option('--json', 'print the report as JSON')
    .action(async (options: { json?: boolean }) => {
      await withCore(async (core) => {
        const report = await statusReport({ store: core.store, version: packageVersion() });
        if (options.json) printJson(report);
        else process.stdout.write(`${replyToText({ kind: 'status', lang: 'en', report })}\n`);
      });
    });
}
