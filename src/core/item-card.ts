import type { AliasTable } from './alias-table.js';
import type { Lang } from './commands.js';
import type { PolicyItem } from './policy-item.js';
import type { DriverTally, ItemCard } from './replies.js';

export function itemToCard(item: PolicyItem, lang: Lang, aliases: AliasTable): ItemCard {
  const source = item.sources[0];
  return {
    id: item.id,
    date: item.date,
    title: item.title[lang],
    summary: item.summary[lang],
    actors: item.actors.map((id) => aliases.displayName(id, lang)),
    instrument: item.instrument,
    driver: item.reading.driver,
    indicators: item.reading.indicators,
    source: source ? { title: source.title, url: source.url } : null,
  };
}

export function tallyDrivers(items: readonly PolicyItem[]): DriverTally {
  const tally: DriverTally = { power: 0, security: 0, mixed: 0 };
  for (const item of items) tally[item.reading.driver]++;
  return tally;
}
