/**
 * A question that checks a claim ("A post claims …, is that right?", 网传……，是否属实？) may carry the claim's errors: a
 * wrong year or month is what is being checked, not the period to search. When the claim's dates leave out the action it
 * is about, the action is found without them and the answer gives its real date.
 */
import { checksClaim } from '../core/claim-checked.js';
import type { SearchIndex, SearchQuery, SearchResult } from './search-index.js';
import { withoutDates } from '../core/filters.js';

/** How much closer the undated search's best document must come to the question before the claim's dates are set aside. */
const UNDATED_GAIN = 1.5;

/**
 * The search for a question that checks a dated claim: without the claim's dates when the closest document then meets
 * the question far better than any inside them. `dated` is the search with them.
 */
export function searchCheckedClaim(index: SearchIndex, question: string, query: SearchQuery, dated: SearchResult): { result: SearchResult; undated: boolean } {
  const kept = { result: dated, undated: false };
  // A claim dated where the store holds nothing (a 2023 order) is about what the store cannot know, not a wrong date.
  if ((query.filter.from === undefined && query.filter.to === undefined) || dated.emptyPeriod || !checksClaim(question)) return kept;
  const free = index.search({ ...query, filter: withoutDates(query.filter) });
  const best = free.hits[0];
  if (!best || best.coverage < UNDATED_GAIN * (dated.hits[0]?.coverage ?? 0)) return kept;
  return { result: free, undated: true };
}
