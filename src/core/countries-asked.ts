import type { AliasTable } from './alias-table.js';

/**
 * Questions that ask which countries took part ("which 13 countries were in …", 派到了哪些国家) are answered only by a text
 * that names a country or counts them: the paper tells of overseas deployments and member counts without naming every
 * country.
 */
const ASKS_COUNTRIES = /\b(?:which|what)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:countries|nations|country)\b|哪(?:些|几个|个)国家|哪国/iu;
const COUNTS_COUNTRIES = /\d+\s*多?\s*个?\s*(?:国家|成员)|\b\d+\s+(?:countries|nations|members)\b|[十百]多个国家/iu;

export const countriesAsked = (question: string): boolean => ASKS_COUNTRIES.test(question.normalize('NFKC'));

/** Whether a text names one of the store's countries (other than those `left` out) or counts countries. */
export function namesCountry(text: string, aliases: AliasTable, left: ReadonlySet<string>): boolean {
  const lower = text.normalize('NFKC').toLowerCase();
  if (COUNTS_COUNTRIES.test(lower)) return true;
  return aliases.entries.some((entry) => entry.sort === 'country' && !left.has(entry.id)
    && [entry.name.en, entry.name.zh, ...entry.aliases].some((name) => lower.includes(name.normalize('NFKC').toLowerCase())));
}
