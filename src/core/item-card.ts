import type { AliasTable } from './alias-table.js';
import { liveUrl } from './citation.js';
import { indicatorLabel, instrumentLabel } from './labels.js';
import type { Lang } from './commands.js';
import type { PolicyItem } from './policy-item.js';
import type { DriverTally, ItemCard, Reply } from './replies.js';
import type { StoredItem } from './policy-item.js';

export function itemToCard(item: PolicyItem, lang: Lang, aliases: AliasTable): ItemCard {
  const source = item.sources[0];
  return {
    id: item.id,
    date: item.date,
    title: item.title[lang],
    summary: item.summary[lang],
    actors: item.actors.map((id) => aliases.displayName(id, lang)),
    instrument: instrumentLabel(item.instrument, lang),
    driver: item.reading.driver,
    indicators: item.reading.indicators.map((indicator) => indicatorLabel(indicator, lang).label),
    source: source ? { title: source.title, url: liveUrl(source.url) } : null,
  };
}

export function tallyDrivers(items: readonly PolicyItem[]): DriverTally {
  const tally: DriverTally = { power: 0, security: 0, mixed: 0 };
  for (const item of items) tally[item.reading.driver]++;
  return tally;
}

/** One item in full, as the `event` command shows it everywhere. */
export function itemDetailReply(item: StoredItem, lang: Lang, aliases: AliasTable): Extract<Reply, { kind: 'item-detail' }> {
  const names = (ids: string[]) => ids.map((id) => aliases.displayName(id, lang));
  return { kind: 'item-detail', lang, item, card: itemToCard(item, lang, aliases),
    actorNames: names(item.actors), peopleNames: names(item.people), targetNames: names(item.targets) };
}
