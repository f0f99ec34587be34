import type { AliasTable } from './alias-table.js';
import { liveUrl } from './citation.js';
import { driverLabel, indicatorLabel, instrumentLabel, sourceName } from './labels.js';
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
    driver: item.reading?.driver ?? 'none',
    origin: item.provenance.kind,
    indicators: (item.reading?.indicators ?? []).map((indicator) => indicatorLabel(indicator, lang).label),
    source: source ? { title: source.title, url: liveUrl(source.url) } : null,
  };
}

export function tallyDrivers(items: readonly PolicyItem[]): DriverTally {
  const tally: DriverTally = { power: 0, security: 0, mixed: 0, none: 0 };
  for (const item of items) tally[item.reading?.driver ?? 'none']++;
  return tally;
}

/**
 * What a full item says of its reading: the paper's driver, indicators and argument; for an item from elsewhere,
 * where it comes from and that the paper does not read it (never a reading nobody made).
 */
export function readingOf(item: StoredItem, lang: Lang): { heading: string; detail: string; text: string } {
  const zh = lang === 'zh';
  if (!item.reading) {
    const machine = item.translation === 'machine' && zh ? ' 中文标题与摘要为机器翻译，尚未经人工审校。' : '';
    return { heading: zh ? '来源' : 'Source', detail: sourceName(item.provenance, lang),
      text: `${zh ? '论文未对此条目作出解读。' : 'The paper does not read this item as power- or security-driven.'}${machine}` };
  }
  const indicators = item.reading.indicators.map((i) => indicatorLabel(i, lang).label).join(zh ? '、' : ', ');
  return { heading: zh ? '论文解读' : "The paper's reading", detail: `${driverLabel(item.reading.driver, lang)} (${indicators}) — ${item.reading.section[lang]}`,
    text: item.reading.argument[lang] };
}

/** One item in full, as the `event` command shows it everywhere. */
export function itemDetailReply(item: StoredItem, lang: Lang, aliases: AliasTable): Extract<Reply, { kind: 'item-detail' }> {
  const names = (ids: string[]) => ids.map((id) => aliases.displayName(id, lang));
  return { kind: 'item-detail', lang, item, card: itemToCard(item, lang, aliases),
    actorNames: names(item.actors), peopleNames: names(item.people), targetNames: names(item.targets) };
}
