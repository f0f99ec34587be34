import type { Command } from 'commander';

/** A repeatable option's values, in the order given. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** The `events` filters as options: `briefing events` and `briefing chart` select items the same way. */
export function addFilterOptions(command: Command): Command {
  return command
    .option('--actor <name>', 'actor id or name in English or Chinese (repeatable), e.g. commerce, Pentagon, 国防部', collect)
    .option('--admin <name>', 'obama | trump | biden | other (repeatable)', collect)
    .option('--from <date>', 'on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'on or before this date')
    .option('--driver <driver>', 'power | security | mixed (repeatable)', collect)
    .option('--target <name>', 'company or state acted on, e.g. huawei, 商汤 (repeatable)', collect)
    .option('--type <instrument>', 'instrument, e.g. entity-list, budget, executive-order (repeatable)', collect);
}
