import type { ItemFilter, RetrievalHit } from './ports.js';
import type { StoredItem } from './policy-item.js';
import { dateInside, isShortPeriod, periodBounds, SHORT_PERIOD_DAYS } from './partial-date.js';

/** How far down the hits an item dated inside the few months a question asks about must stand. */
const PERIOD_DOCUMENTS = 5;

/**
 * Asked about a few months ("2020年5月…第二批"), a document near the answer must be dated inside them: an action dated
 * only by a year that holds them says nothing of them, so the store holds nothing on that time.
 */
export function periodUntold(filter: ItemFilter, hits: readonly RetrievalHit[], items: ReadonlyMap<string, StoredItem>): boolean {
  if (!isShortPeriod(filter, SHORT_PERIOD_DAYS)) return false;
  const bounds = periodBounds(filter);
  return !hits.slice(0, PERIOD_DOCUMENTS).some((h) => {
    const item = h.kind === 'item' ? items.get(h.id) : undefined;
    return item !== undefined && dateInside(item.date, bounds);
  });
}
