import type { AliasTable } from './alias-table.js';

/**
 * Questions that ask which countries took part ("which 13 countries were in …", 派到了哪些国家) are answered only by a text
 * that names a country: the paper tells of overseas deployments and counts members ("100 多个国家") without naming them,
 * and a count does not say which.
 */
const ASKS_COUNTRIES = /\b(?:which|what)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:countries|nations|country)\b|哪(?:些|几个|个)国家|哪国/iu;

export const countriesAsked = (question: string): boolean => ASKS_COUNTRIES.test(question.normalize('NFKC'));

/** Whether a text names one of the store's countries other than those `left` out. */
export function namesCountry(text: string, aliases: AliasTable, left: ReadonlySet<string>): boolean {
  const lower = text.normalize('NFKC').toLowerCase();
  return aliases.entries.some((entry) => entry.sort === 'country' && !left.has(entry.id)
    && [entry.name.en, entry.name.zh, ...entry.aliases].some((name) => lower.includes(name.normalize('NFKC').toLowerCase())));
}
