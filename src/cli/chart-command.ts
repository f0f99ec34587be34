import { Option, type Command } from 'commander';
import type { AppCore } from '../app.js';
import { createChartRenderer } from '../charts/chart-renderer.js';
import { chartDataFor } from '../core/chart-request.js';
import { printJson, UsageError } from './cli-output.js';
import { writeChartImage } from './chart-file.js';
import { addFilterOptions } from './filter-options.js';

interface ChartOptions { actor?: string[]; admin?: string[]; from?: string; to?: string; driver?: string[]; target?: string[]; type?: string[];
  lang: 'en' | 'zh'; out: string; json?: boolean }

/** `briefing chart timeline|stance … --out FILE.png`: the chat command's chart, drawn from the store directly into a file. */
export function registerChartCommand(program: Command, withCore: <R>(run: (core: AppCore) => Promise<R>) => Promise<R>): void {
  addFilterOptions(program.command('chart'))
    .description('Draw a timeline or a power/security stance chart of the items the filters select, as a PNG file.')
    .addArgument(program.createArgument('<kind>', 'timeline (items on a time axis, one lane per actor) or stance (power/security counts per actor and administration)')
      .choices(['timeline', 'stance']))
    .addOption(new Option('--lang <lang>', 'the chart\'s language').choices(['en', 'zh']).default('en'))
    .requiredOption('--out <file.png>', 'where to write the PNG')
    .option('--json', 'print {"path", "width", "height", "items"} as JSON')
    .action(async (kind: 'timeline' | 'stance', options: ChartOptions) => {
      if (!options.out.toLowerCase().endsWith('.png')) throw new UsageError(`--out: "${options.out}" should name a .png file`);
      await withCore(async (core) => {
        const { lang, out, json, ...filters } = options;
        const result = await chartDataFor(kind, filters, lang, { store: core.store, aliases: core.data.aliases });
        if (!result.ok) throw new UsageError(result.message);
        const image = await createChartRenderer().render(result.data);
        const path = writeChartImage(image, out);
        if (result.data.note) process.stderr.write(`briefing: ${result.data.note}\n`);
        if (json) printJson({ path, width: image.width, height: image.height, items: result.data.items });
        else process.stdout.write(`${path}\n`);
      });
    });
}


