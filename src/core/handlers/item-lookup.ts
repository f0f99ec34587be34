import type { AliasTable } from '../alias-table.js';
import { itemToCard } from '../item-card.js';
import type { Lang } from '../lang.js';
import type { StoredItem } from '../policy-item.js';
import type { ItemFilter, ItemStore } from '../ports.js';
import type { ItemCard } from '../replies.js';

/** Every item a filter matches, newest first: what profiles, comparisons and previews count. */
export async function allMatching(store: ItemStore, filter: ItemFilter): Promise<StoredItem[]> {
  return (await store.listItems(filter, { limit: 100_000, offset: 0 })).items;
}

/** Items by id, read in one query. */
export async function itemsById(store: ItemStore, ids: string[]): Promise<Map<string, StoredItem>> {
  return new Map((await store.getItems(ids)).map((item) => [item.id, item]));
}

/** The filter for an actor, person or target id: an actor includes the offices under it. */
export function refFilter(aliases: AliasTable, id: string): ItemFilter {
  const kind = aliases.get(id)?.kind;
  if (kind === 'person') return { people: [id] };
  if (kind === 'target') return { targets: [id] };
  return { actors: aliases.withDescendants(id) };
}

export const cardsOf = (items: readonly StoredItem[], lang: Lang, aliases: AliasTable): ItemCard[] =>
  items.map((item) => itemToCard(item, lang, aliases));
