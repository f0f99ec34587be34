import { dateSpan } from './partial-date.js';

export const ADMINISTRATIONS = ['obama', 'trump', 'biden', 'other'] as const;
export type Administration = (typeof ADMINISTRATIONS)[number];

/** A presidential term: an administration from one inauguration day (inclusive) to the next (exclusive). */
export interface Term {
  administration: Exclude<Administration, 'other'>;
  /** 1 for a first term, 2 for a second (consecutive or not). */
  number: 1 | 2;
  start: string;
  end: string;
}

export const TERMS: readonly Term[] = [
  { administration: 'obama', number: 1, start: '2009-01-20', end: '2013-01-20' },
  { administration: 'obama', number: 2, start: '2013-01-20', end: '2017-01-20' },
  { administration: 'trump', number: 1, start: '2017-01-20', end: '2021-01-20' },
  { administration: 'biden', number: 1, start: '2021-01-20', end: '2025-01-20' },
  { administration: 'trump', number: 2, start: '2025-01-20', end: '2029-01-20' },
];

/** The terms a date (at any precision) falls in: two when a year or month spans an inauguration day. */
export function termsOf(date: string): Term[] {
  const { start, end } = dateSpan(date);
  return TERMS.filter((term) => term.start <= end && start < term.end);
}

/** The US administration in office on a day (the earlier one for a month or year spanning an inauguration). */
export function administrationOf(date: string): Administration {
  return termsOf(date)[0]?.administration ?? 'other';
}

/** The day before a full date ("2021-01-20" → "2021-01-19"): the last day of the term that ends on it. */
export function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
