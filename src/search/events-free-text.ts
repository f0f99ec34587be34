import type { RawFilters } from '../core/filters.js';
import type { FreeTextFilterExtractor } from '../core/router-support.js';
import { extractQuestionFilters } from './question-filters.js';
import { findEntities } from './understand-question.js';
import { escapeRegExp } from './text-tokens.js';

/** `events` free text: dates and administrations become filters, known names become actor/target filters. */
export const eventsFreeTextFilters: FreeTextFilterExtractor = (text, current, aliases) => {
  const { filter, rest } = extractQuestionFilters(text);
  const out: RawFilters = {};
  if (filter.from && !current.from) out.from = filter.from;
  if (filter.to && !current.to) out.to = filter.to;
  if (filter.administrations && !current.admin) out.admin = filter.administrations;
  let words = rest;
  for (const entity of findEntities(rest, aliases)) {
    if (entity.kind === 'person') continue;
    const key = entity.kind === 'actor' ? 'actor' : 'target';
    out[key] = [...(current[key] ?? []), ...(out[key] ?? []), entity.id];
    words = words.replace(new RegExp(escapeRegExp(entity.surface), 'iu'), ' ');
  }
  const left = words.replace(/\s+/g, ' ').trim();
  if (left) out.text = left;
  else out.text = undefined;
  return out;
};
