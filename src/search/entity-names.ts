import type { AliasKind, AliasTable } from '../core/alias-table.js';
import { escapeRegExp, isHan } from './text-tokens.js';
import type { EntityMention } from './understand-question.js';

/** `alternatives`: the other entries the same name stands for. */
interface AliasName { name: string; id: string; kind: AliasKind; pattern: RegExp | null; alternatives: string[] }
const namesCache = new WeakMap<AliasTable, AliasName[]>();

/** Every alias name, longest first, with a word-boundary pattern for Latin names. */
function aliasNames(aliases: AliasTable): AliasName[] {
  const cached = namesCache.get(aliases);
  if (cached) return cached;
  const names: AliasName[] = [];
  for (const entry of aliases.entries) {
    for (const name of new Set([entry.name.en, entry.name.zh, ...entry.aliases])) {
      const normal = name.normalize('NFKC').toLowerCase().trim();
      if (normal.length < 2) continue;
      names.push({ name: normal, id: entry.id, kind: entry.kind, alternatives: [],
        pattern: isHan(normal) ? null : new RegExp(`(?<![a-z0-9\\u00c0-\\u024f])${escapeRegExp(normal)}(?![a-z0-9\\u00c0-\\u024f])`, 'u') });
    }
  }
  const idsByName = new Map<string, string[]>();
  for (const { name, id } of names) idsByName.set(name, [...(idsByName.get(name) ?? []), id]);
  for (const entry of names) entry.alternatives = (idsByName.get(entry.name) ?? []).filter((id) => id !== entry.id);
  // An article adds no length to a name: "White House CTO" is the longer of it and "the White House".
  const weight = (name: string): number => name.replace(/^the\s+/u, '').length;
  names.sort((a, b) => weight(b.name) - weight(a.name));
  namesCache.set(aliases, names);
  return names;
}

/** Finds alias-table names in the text, longest first, each span used once; then surnames that are also common words. */
export function findEntities(text: string, aliases: AliasTable): EntityMention[] {
  const normal = text.normalize('NFKC');
  let rest = normal.toLowerCase();
  const found: EntityMention[] = [];
  for (const { name, id, kind, pattern, alternatives } of aliasNames(aliases)) {
    const index = pattern ? rest.search(pattern) : rest.indexOf(name);
    if (index < 0) continue;
    if (!found.some((e) => e.id === id)) {
      found.push({ id, kind, surface: normal.slice(index, index + name.length), ...(alternatives.length > 0 ? { alternatives } : {}) });
    }
    rest = `${rest.slice(0, index)}${' '.repeat(name.length)}${rest.slice(index + name.length)}`;
  }
  if (rest.length !== normal.length) return found;
  for (const { id, surface } of departmentsBesideDepartments(normal, aliases)) {
    if (!found.some((e) => e.id === id)) found.push({ id, kind: 'actor', surface });
  }
  for (const { surname, id } of surnamesOf(aliases)) {
    if (found.some((e) => e.id === id)) continue;
    const match = surnamePattern(surname).exec(normal);
    if (!match || rest.slice(match.index, match.index + surname.length).trim() === '') continue;
    found.push({ id, kind: 'person', surface: surname });
  }
  return found;
}

/**
 * Departments by the word that ends their name ("US Department of Defense": Defense), and a pattern that meets two or
 * more of those words joined ("Commerce and Defense", "State/Defense", "Defense vs. Treasury"). Alone, "Defense" and
 * "State" are everyday words (the State of the Union); joined to another department's word or a body's name ("State,
 * DoD, WH"), each is a department.
 */
const departmentsCache = new WeakMap<AliasTable, { byWord: Map<string, string>; joined: RegExp }>();
function departmentsBesideDepartments(text: string, aliases: AliasTable): Array<{ id: string; surface: string }> {
  let cached = departmentsCache.get(aliases);
  if (!cached) {
    const byWord = new Map<string, string>();
    for (const entry of aliases.entries) {
      const word = /\bDepartment of (?:the )?([A-Z][a-z]+)$/u.exec(entry.name.en)?.[1];
      if (word) byWord.set(word, entry.id);
    }
    // The bodies a department word may be joined to: the others' words, and any body's capitalised name ("State, DoD, WH").
    const bodies = aliases.entries.filter((entry) => entry.kind === 'actor').flatMap((entry) => [entry.name.en, ...entry.aliases])
      .filter((name) => /^[A-Z][A-Za-z .&-]*$/u.test(name)).sort((a, b) => b.length - a.length).map((name) => name.replace(/[.]/gu, '\\.'));
    const words = [...byWord.keys()].join('|');
    const either = [...byWord.keys(), ...bodies].join('|');
    const join = String.raw`\s*(?:,|&|/|\band\b|\bor\b|\bvs\.?|\bversus\b)\s*(?:the\s+)?`;
    cached = { byWord, joined: new RegExp(String.raw`\b(?:(?:${words})(?:${join}(?:${either}))+|(?:${either})(?:${join}(?:${either}))*${join}(?:${words}))\b`, 'gu') };
    departmentsCache.set(aliases, cached);
  }
  const { byWord, joined } = cached;
  return [...text.matchAll(joined)].flatMap((run) => (run[0].match(/[A-Z][a-z]+/gu) ?? [])
    .flatMap((word) => (byWord.has(word) ? [{ id: byWord.get(word) as string, surface: word }] : [])));
}

const surnamesCache = new WeakMap<AliasTable, Array<{ surname: string; id: string }>>();
/**
 * The surnames of people the store names the Western way (罗伯特·沃克), that no alias gives because they are also
 * common words ("Work", "West"), and that no one else bears ("Allen" is two people).
 */
function surnamesOf(aliases: AliasTable): Array<{ surname: string; id: string }> {
  const cached = surnamesCache.get(aliases);
  if (cached) return cached;
  const people = aliases.entries.filter((entry) => entry.kind === 'person' && entry.name.zh.includes('·'));
  const surname = (entry: (typeof people)[number]): string => entry.name.en.split(/\s+/u).at(-1) ?? '';
  const surnames = people.filter((entry) => surname(entry).length > 2 && people.filter((other) => surname(other) === surname(entry)).length === 1
    && !entry.aliases.some((alias) => alias.toLowerCase() === surname(entry).toLowerCase())).map((entry) => ({ surname: surname(entry), id: entry.id }));
  surnamesCache.set(aliases, surnames);
  return surnames;
}

/**
 * A surname that is also a common word names the person only as written with its capital: inside a sentence ("what
 * did Work say", but not "the West"), in Chinese (从 Work 2016 年讲起), or opening a sentence in a name's company ("Work's
 * 2016 line", "Work & Groen", "Work in 2016 said").
 */
const surnamePatterns = new Map<string, RegExp>();
const surnamePattern = (surname: string): RegExp => surnamePatterns.get(surname) ?? surnamePatterns.set(surname, new RegExp(String.raw`(?<!\bthe\s+)(?<=[\p{Ll}\d,;:/&]\s+|\s[-–—]\s+|\p{Script=Han}\s*)${escapeRegExp(surname)}\b(?!-)|`
  + String.raw`(?<![\p{L}\d]\s*|\p{L})${escapeRegExp(surname)}(?=['’]s\b|\s+(?:&|and|or|in|said|says|told|\/)\s|\s*[,/&])`, 'u')).get(surname) as RegExp;
