import type { AliasKind, AliasTable } from './alias-table.js';
import { nameKey } from './alias-table.js';
import { ADMINISTRATIONS, DRIVERS, INSTRUMENTS, isValidPartialDate } from './policy-item.js';
import type { ItemFilter } from './ports.js';

/** Filter values as a user typed them (CLI flags or `actor:` tokens). */
export interface RawFilters {
  actor?: string[];
  admin?: string[];
  from?: string;
  to?: string;
  driver?: string[];
  target?: string[];
  type?: string[];
  text?: string;
}

export type FilterResult = { ok: true; filter: ItemFilter } | { ok: false; problems: string[] };

// Maps, not object literals: a user's word such as "constructor" must never reach Object.prototype.
const ADMIN_NAMES = new Map<string, (typeof ADMINISTRATIONS)[number]>([
  ['obama', 'obama'], ['奥巴马', 'obama'], ['奧巴馬', 'obama'],
  ['trump', 'trump'], ['特朗普', 'trump'], ['川普', 'trump'],
  ['biden', 'biden'], ['拜登', 'biden'],
  ['other', 'other'], ['nonus', 'other'], ['其他', 'other'],
]);
const DRIVER_NAMES = new Map<string, (typeof DRIVERS)[number]>([
  ['power', 'power'], ['权力', 'power'], ['security', 'security'], ['安全', 'security'], ['mixed', 'mixed'], ['混合', 'mixed'],
]);

export function administrationFromName(name: string): (typeof ADMINISTRATIONS)[number] | undefined {
  return ADMIN_NAMES.get(nameKey(name).replace(/(administration|政府|时期|年代)$/u, ''));
}

function fromNames<T extends string>(values: string[] | undefined, lookup: (value: string) => T | undefined,
  label: string, allowed: readonly string[], problems: string[]): T[] | undefined {
  if (!values?.length) return undefined;
  const out: T[] = [];
  for (const value of values) {
    const found = lookup(value);
    if (found) out.push(found);
    else problems.push(`unknown ${label} "${value}" (one of: ${allowed.join(', ')})`);
  }
  return out;
}

function resolveRefs(values: string[] | undefined, kind: AliasKind, aliases: AliasTable, problems: string[]): string[] | undefined {
  if (!values?.length) return undefined;
  const ids = new Set<string>();
  for (const value of values) {
    const found = aliases.resolve(value, kind);
    if (found.length === 0) problems.push(`unknown ${kind} "${value}" (try the name in English or Chinese, e.g. "commerce" or "商务部")`);
    for (const id of found) for (const descendant of aliases.withDescendants(id)) ids.add(descendant);
  }
  return [...ids];
}

/** Turns typed filter values into an ItemFilter, resolving names through the alias table. */
export function resolveFilters(raw: RawFilters, aliases: AliasTable): FilterResult {
  const problems: string[] = [];
  const filter: ItemFilter = {};
  const actors = resolveRefs(raw.actor, 'actor', aliases, problems);
  if (actors) filter.actors = actors;
  const targets = resolveRefs(raw.target, 'target', aliases, problems);
  if (targets) filter.targets = targets;
  const admins = fromNames(raw.admin, administrationFromName, 'administration', ADMINISTRATIONS, problems);
  if (admins) filter.administrations = admins;
  const drivers = fromNames(raw.driver, (v) => DRIVER_NAMES.get(nameKey(v)), 'driver', DRIVERS, problems);
  if (drivers) filter.drivers = drivers;
  const instruments = fromNames(raw.type, (v) => INSTRUMENTS.find((i) => i === nameKey(v) || nameKey(i) === nameKey(v)),
    'type', INSTRUMENTS, problems);
  if (instruments) filter.instruments = instruments;
  for (const bound of ['from', 'to'] as const) {
    const value = raw[bound];
    if (value === undefined) continue;
    if (isValidPartialDate(value)) filter[bound] = value;
    else problems.push(`${bound}: "${value}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  if (raw.text?.trim()) filter.text = raw.text.trim();
  return problems.length > 0 ? { ok: false, problems } : { ok: true, filter };
}

/** Filters as the command words that set them (`actor:commerce from:2019`), quoting values that hold spaces. */
export function filterWords(filters: RawFilters): string[] {
  const words: string[] = [];
  const quote = (value: string) => (/\s/.test(value) ? `"${value}"` : value);
  for (const key of ['actor', 'admin', 'driver', 'target', 'type'] as const) {
    for (const value of filters[key] ?? []) words.push(`${key}:${quote(value)}`);
  }
  if (filters.from) words.push(`from:${filters.from}`);
  if (filters.to) words.push(`to:${filters.to}`);
  return words;
}

/** The filter without its period: a date that belongs to something else than what is searched for. */
export const withoutDates = ({ from: _from, to: _to, ...rest }: ItemFilter): ItemFilter => rest;

/** Whether a filter narrows the items at all: a date, an administration or a reading. */
export const hasFilter = (filter: ItemFilter): boolean => Boolean(filter.from || filter.to || filter.administrations?.length || filter.drivers?.length);
