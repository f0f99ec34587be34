import { createHash } from 'node:crypto';
import { dateSpan } from '../core/partial-date.js';
import type { PolicyItem, StoredItem } from '../core/policy-item.js';
import type { ItemFilter } from '../core/ports.js';
import { indexTokens } from '../search/text-tokens.js';
import type { SqlDialect } from './sql-database.js';

/** The columns both SQL stores keep for one item: filterable fields beside the item's JSON. */
export interface ItemRow {
  id: string;
  date: string;
  dateStart: string;
  dateEnd: string;
  administration: string;
  instrument: string;
  driver: string;
  searchText: string;
  body: string;
  contentHash: string;
  refs: Array<{ kind: 'actor' | 'person' | 'target'; ref: string }>;
}

/** Version of the `search_text` format below; stores rebuild the column when theirs is older. */
export const SEARCH_TEXT_VERSION = '6';

/**
 * The index terms of an item's title, summary, keywords and its sources' titles and publishers, space-separated with a
 * space at each end, so SQL can match whole terms (` term `) exactly as the in-memory index does: the same rule for the
 * CLI and for chat.
 */
export function searchTextOf(item: Pick<PolicyItem, 'title' | 'summary' | 'keywords' | 'sources'>): string {
  const sources = item.sources.map((source) => `${source.title} ${source.publisher ?? ''}`);
  return ` ${indexTokens([item.title.en, item.title.zh, item.summary.en, item.summary.zh, ...item.keywords, ...sources].join('\n')).join(' ')} `;
}

export function itemToRow(item: PolicyItem): ItemRow {
  const body = JSON.stringify(item);
  const { start, end } = dateSpan(item.date);
  return {
    id: item.id,
    date: item.date,
    dateStart: start,
    dateEnd: end,
    administration: item.administration,
    instrument: item.instrument,
    driver: item.reading?.driver ?? 'none',
    searchText: searchTextOf(item),
    body,
    contentHash: createHash('sha256').update(body).digest('hex'),
    refs: [
      ...item.actors.map((ref) => ({ kind: 'actor' as const, ref })),
      ...item.people.map((ref) => ({ kind: 'person' as const, ref })),
      ...item.targets.map((ref) => ({ kind: 'target' as const, ref })),
    ],
  };
}

/** A WHERE clause for an ItemFilter, with `?` parameters. */
export function filterToSql(filter: ItemFilter, dialect: SqlDialect): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return '?';
  };
  const inList = (column: string, values: string[]): void => {
    clauses.push(`${column} IN (${values.map(param).join(', ')})`);
  };
  const refIn = (kind: string, values: string[]): void => {
    clauses.push(`id IN (SELECT r.item_id FROM item_refs r WHERE r.kind = ${param(kind)} AND r.ref IN (${values.map(param).join(', ')}))`);
  };
  if (filter.actors?.length) refIn('actor', filter.actors);
  if (filter.targets?.length) refIn('target', filter.targets);
  if (filter.people?.length) refIn('person', filter.people);
  if (filter.administrations?.length) inList('administration', filter.administrations);
  if (filter.drivers?.length) inList('driver', filter.drivers);
  if (filter.instruments?.length) inList('instrument', filter.instruments);
  if (filter.from) clauses.push(`date_end >= ${param(dateSpan(filter.from).start)}`);
  if (filter.to) clauses.push(`date_start <= ${param(dateSpan(filter.to).end)}`);
  if (filter.addedSince) clauses.push(`added_at >= ${param(filter.addedSince)}`);
  if (filter.addedBefore) clauses.push(`added_at < ${param(filter.addedBefore)}`);
  // Each word's index terms must all be present (a word with none, like "U.S.", filters nothing).
  const terms = [...new Set(indexTokens(filter.text ?? ''))];
  // One condition however many terms, so no text is too long: no term of the list is missing from search_text.
  if (terms.length > 0) {
    clauses.push(`NOT EXISTS (SELECT 1 FROM ${dialect.listTable(param(dialect.list(terms)), 'term')}
      WHERE ${dialect.position('search_text', "' ' || term.value || ' '")} = 0)`);
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export const ITEM_ORDER = 'ORDER BY date_end DESC, date DESC, id ASC';
