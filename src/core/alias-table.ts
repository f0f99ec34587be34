import type { AliasEntry } from './policy-item.js';
import { regExpLiteral } from './regexp-literal.js';

export type AliasKind = AliasEntry['kind'];

/** Lookup over the curated alias table: names in either language → canonical ids, and back. */
export interface AliasTable {
  readonly entries: readonly AliasEntry[];
  get(id: string): AliasEntry | undefined;
  /** Ids whose id, name or alias equals `name` (case- and width-insensitive). */
  resolve(name: string, kind?: AliasKind): string[];
  /** The id itself and every entry whose parent chain reaches it (commerce → commerce, bis, nist). */
  withDescendants(id: string): string[];
  /** The bodies an entry belongs to, nearest first (bis → commerce). */
  parents(id: string): string[];
  displayName(id: string, lang: 'en' | 'zh'): string;
}

/** An entry's names in both languages and its aliases as texts are searched for them: width-normalised, lower case. */
export const searchedNames = (entry: AliasEntry): string[] => [entry.name.en, entry.name.zh, ...entry.aliases].map((name) => name.normalize('NFKC').toLowerCase());

/** Every name of a table's entries as texts are searched for them, two characters or more: built once a table. */
const tableNames = new WeakMap<AliasTable, readonly string[]>();
export function namesOfTable(aliases: AliasTable): readonly string[] {
  let names = tableNames.get(aliases);
  if (!names) {
    names = aliases.entries.flatMap(searchedNames).filter((name) => name.length >= 2);
    tableNames.set(aliases, names);
  }
  return names;
}

/** Case-, width- and spacing-insensitive key for matching names ("ＤｏＤ" = "dod", "U.S." = "us"). */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s.·・'’"“”_-]+/g, '');
}

/** A test for a lower-case name in a lower-case text: a Chinese one as written, a Latin one as whole words ("xi" is not in "maximize"). */
export function nameMatcher(name: string): (lowerText: string) => boolean {
  if (/\p{Script=Han}/u.test(name)) return (text) => text.includes(name);
  const word = new RegExp(`(?<![a-z0-9])${regExpLiteral(name)}(?![a-z0-9])`, 'u');
  return (text) => word.test(text);
}

/**
 * A test for whether a text calls any of the given entries by one of its names, the names read once. A Latin name is
 * met only as whole words ("WH" is not in "when", "DOC" not in "document"); names shorter than two characters never.
 */
export function namesAnyOf(ids: readonly string[], aliases: Pick<AliasTable, 'get'>): (text: string) => boolean {
  const names = ids.flatMap((id) => {
    const entry = aliases.get(id);
    return entry ? searchedNames(entry) : [];
  }).filter((name) => name.length >= 2);
  const matchers = names.map(nameMatcher);
  return (text) => {
    const lower = text.normalize('NFKC').toLowerCase();
    return matchers.some((matches) => matches(lower));
  };
}

export function createAliasTable(entries: readonly AliasEntry[]): AliasTable {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const byKey = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const name of [entry.id, entry.name.en, entry.name.zh, ...entry.aliases]) {
      const key = nameKey(name);
      if (!key) continue;
      const ids = byKey.get(key) ?? new Set<string>();
      ids.add(entry.id);
      byKey.set(key, ids);
    }
  }
  const children = new Map<string, string[]>();
  for (const entry of entries) {
    if (!entry.parent) continue;
    children.set(entry.parent, [...(children.get(entry.parent) ?? []), entry.id]);
  }

  return {
    entries,
    get: (id) => byId.get(id),
    resolve(name, kind) {
      const ids = [...(byKey.get(nameKey(name)) ?? [])];
      return kind ? ids.filter((id) => byId.get(id)?.kind === kind) : ids;
    },
    withDescendants(id) {
      const out: string[] = [];
      const queue = [id];
      while (queue.length > 0) {
        const next = queue.shift() as string;
        if (out.includes(next)) continue;
        out.push(next);
        queue.push(...(children.get(next) ?? []));
      }
      return out;
    },
    parents(id) {
      const out: string[] = [];
      for (let parent = byId.get(id)?.parent; parent !== undefined && !out.includes(parent); parent = byId.get(parent)?.parent) out.push(parent);
      return out;
    },
    displayName: (id, lang) => byId.get(id)?.name[lang] ?? id,
  };
}
