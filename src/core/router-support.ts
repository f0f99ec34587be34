import type { AliasTable } from './alias-table.js';
import type { RawFilters } from './filters.js';

/**
 * Reads dates, administrations and names out of the free text of `events` ("actor:commerce 2019",
 * "events huawei under Biden") and returns the filters they mean, with the words left over as `text`.
 */
export type FreeTextFilterExtractor = (text: string, current: RawFilters, aliases: AliasTable) => RawFilters;
