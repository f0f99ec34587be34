import { periodBounds } from '../core/partial-date.js';
import type { PolicyItem } from '../core/policy-item.js';
import type { ItemFilter } from '../core/ports.js';
import type { CompactIndex } from './compact-index.js';
import { REF_PREFIX } from './ref-terms.js';
import { sectionRef } from './section-words.js';
import { indexTokens } from './text-tokens.js';

/** What a document gives its columns. */
export interface ColumnSource {
  kind: 'item' | 'passage';
  dateStart: string | null;
  dateEnd: string | null;
  administrations: string[];
}

/** What filters and answers need of each document, by document number, kept as plain arrays. */
export interface DocColumns {
  kinds: Array<'item' | 'passage'>;
  dateStarts: Array<string | null>;
  dateEnds: Array<string | null>;
  administrations: string[][];
  dates: string[];
  drivers: string[];
  instruments: string[];
  /** The reference term of the paper's section that reads the item ('' for none). */
  sections: string[];
}

export function setColumns(columns: DocColumns, n: number, doc: ColumnSource, item?: PolicyItem): void {
  columns.kinds[n] = doc.kind;
  columns.dateStarts[n] = doc.dateStart;
  columns.dateEnds[n] = doc.dateEnd;
  columns.administrations[n] = doc.administrations;
  columns.dates[n] = item?.date ?? '';
  columns.drivers[n] = item?.reading?.driver ?? '';
  columns.instruments[n] = item?.instrument ?? '';
  columns.sections[n] = item?.reading ? sectionRef(item) : '';
}

/** Live item numbers in the store's order: latest end date first, then the more precise date, then id. */
export function itemsNewestFirst(index: CompactIndex, columns: DocColumns): number[] {
  const live: number[] = [];
  for (let n = 0; n < columns.kinds.length; n++) if (columns.kinds[n] === 'item' && index.isLive(n)) live.push(n);
  const key = (n: number) => columns.dateEnds[n] ?? '';
  return live.sort((a, b) => key(b).localeCompare(key(a)) || (columns.dates[b] as string).localeCompare(columns.dates[a] as string)
    || index.idOf(a).localeCompare(index.idOf(b)));
}

const textTerms = (text: string): string[][] => text.toLowerCase().split(/\s+/).filter(Boolean)
  .map((word) => indexTokens(word)).filter((tokens) => tokens.length > 0);

/** Each id filter and each word of a filter as a bitmap of the documents that have it: a document must be in all. */
function filterBitmaps(index: CompactIndex, filter: ItemFilter): Uint8Array[] {
  const bitmaps: Uint8Array[] = [];
  const anyOf = (terms: string[]): void => {
    const bits = new Uint8Array(index.capacity);
    for (const term of terms) index.markDocs(term, bits);
    bitmaps.push(bits);
  };
  for (const ids of [filter.actors, filter.targets, filter.people]) if (ids?.length) anyOf(ids.map((id) => `${REF_PREFIX}${id}`));
  for (const tokens of textTerms(filter.text ?? '')) for (const token of tokens) anyOf([token]);
  return bitmaps;
}

/** One page of the item ids matching a filter, in `order` (latest end date first), with the total; `firstOnly` stops at the first match. */
export function listItems(index: CompactIndex, columns: DocColumns, order: readonly number[], filter: ItemFilter,
  page: { offset: number; limit: number; firstOnly: boolean }): { total: number; ids: string[] } {
  const bitmaps = filterBitmaps(index, filter);
  const { from, to } = periodBounds(filter);
  const admins = filter.administrations?.length ? filter.administrations : null;
  const driversWanted = filter.drivers?.length ? filter.drivers : null;
  const instrumentsWanted = filter.instruments?.length ? filter.instruments : null;
  const ids: string[] = [];
  let total = 0;
  for (const doc of order) {
    // `order` runs from the latest end date down: once one ends before the period, so does every later one.
    if (from && (columns.dateEnds[doc] as string) < from) break;
    if (bitmaps.some((bits) => bits[doc] !== 1)) continue;
    if (to && (columns.dateStarts[doc] as string) > to) continue;
    if (admins && !admins.some((a) => (columns.administrations[doc] as string[]).includes(a))) continue;
    if (driversWanted && !driversWanted.includes(columns.drivers[doc] as string)) continue;
    if (instrumentsWanted && !instrumentsWanted.includes(columns.instruments[doc] as string)) continue;
    if (total >= page.offset && ids.length < page.limit) ids.push(index.idOf(doc));
    total++;
    if (page.firstOnly) break;
  }
  return { total, ids };
}

/**
 * Whether any item falls in a filter's period (and administrations). An item that ends inside the period is found
 * by binary search on `order` (latest end first); only when none does are the items ending after it scanned for one
 * that spans it.
 */
export function anyInPeriod(index: CompactIndex, columns: DocColumns, order: readonly number[], filter: ItemFilter): boolean {
  if (filter.administrations?.length || !(filter.from || filter.to)) {
    return listItems(index, columns, order, filter, { offset: 0, limit: 1, firstOnly: true }).total > 0;
  }
  const bounds = periodBounds(filter);
  const from = bounds.from ?? '';
  const to = bounds.to ?? '\uffff';
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((columns.dateEnds[order[mid] as number] as string) > to) lo = mid + 1;
    else hi = mid;
  }
  if (lo < order.length && (columns.dateEnds[order[lo] as number] as string) >= from) return true;
  for (let i = 0; i < lo; i++) if ((columns.dateStarts[order[i] as number] as string) <= to) return true;
  return false;
}
