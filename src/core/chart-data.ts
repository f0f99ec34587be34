import type { AliasTable } from './alias-table.js';
import { administrationLabel } from './labels.js';
import type { Lang } from './lang.js';
import { dateSpan } from './partial-date.js';
import type { PolicyItem } from './policy-item.js';

export type ChartKind = 'timeline' | 'stance';
/** The paper's reading of an item, or `none` for items it gives none (Federal Register items). */
export type ReadingCategory = 'power' | 'security' | 'mixed' | 'none';
export const READING_CATEGORIES: readonly ReadingCategory[] = ['power', 'security', 'mixed', 'none'];

/** Charts draw at most this many items (the newest); a note says how many were left out. */
export const MAX_CHART_ITEMS = 200;
/** More lanes than this and the smallest are merged into one "other actors" lane, so the picture stays readable. */
export const MAX_LANES = 12;

export interface TimelinePoint {
  id: string;
  /** The first day the item's (partial) date covers. */
  date: string;
  lane: string;
  reading: ReadingCategory;
  /** A short title, to label the mark. */
  label: string;
}

export interface StanceCount {
  lane: string;
  administration: string;
  reading: ReadingCategory;
  count: number;
}

interface ChartBase {
  lang: Lang;
  title: string;
  /** Items drawn, how many matched in all, and the drawn items' readings. */
  items: number;
  total: number;
  tally: Record<ReadingCategory, number>;
  /** Lanes (actors) top to bottom. */
  lanes: string[];
  /** Names of the reading categories in the chart's language, for its legend. */
  readingLabels: Record<ReadingCategory, string>;
  /** "showing 200 of 340", when the chart was cut. */
  note?: string;
}

/** What a chart shows, without how it is drawn: the platform-neutral request a ChartRenderer turns into an image. */
export type ChartData =
  | (ChartBase & { kind: 'timeline'; points: TimelinePoint[] })
  | (ChartBase & { kind: 'stance'; counts: StanceCount[]; administrations: string[] });

export const READING_LABELS: Record<Lang, Record<ReadingCategory, string>> = {
  en: { power: 'Power', security: 'Security', mixed: 'Mixed', none: 'No paper reading' },
  zh: { power: '权力驱动', security: '安全驱动', mixed: '混合', none: '无论文解读' },
};
const OTHER_LANE: Record<Lang, string> = { en: 'Other actors', zh: '其他行为体' };
const ADMIN_ORDER = ['obama', 'trump', 'biden', 'other'];

export const readingOf = (item: PolicyItem): ReadingCategory => item.reading?.driver ?? 'none';

/** Shortens a title to a label: a few words in English, a few characters in Chinese. */
export function shortTitle(title: string, lang: Lang): string {
  const max = lang === 'zh' ? 14 : 32;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${lang === 'en' && space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * Which lane each actor id belongs to: the actor the user asked for that it belongs to (bis → commerce for
 * `actor:commerce`), or without an actor filter its top-level organisation (bis → commerce, jaic → defense).
 */
function laneFinder(aliases: AliasTable, roots: readonly string[] | undefined) {
  return (actorId: string): string | undefined => {
    const seen = new Set<string>();
    for (let id: string | undefined = actorId; id && !seen.has(id); id = aliases.get(id)?.parent) {
      seen.add(id);
      if (roots ? roots.includes(id) : !aliases.get(id)?.parent) return id;
    }
    return roots ? undefined : actorId;
  };
}

/** Each item's lanes (one per distinct lane among its actors), the lanes ordered by item count, the smallest merged. */
function assignLanes(items: readonly PolicyItem[], lang: Lang, aliases: AliasTable, roots?: readonly string[]) {
  const laneOf = laneFinder(aliases, roots);
  const lanesOf = new Map(items.map((item) => [item.id, [...new Set(item.actors.map(laneOf).filter((id): id is string => Boolean(id)))]]));
  const counts = new Map<string, number>();
  for (const ids of lanesOf.values()) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  const kept = ranked.length > MAX_LANES ? ranked.slice(0, MAX_LANES - 1) : ranked;
  const name = (id: string) => (kept.includes(id) ? aliases.displayName(id, lang) : OTHER_LANE[lang]);
  const lanes = [...kept.map((id) => aliases.displayName(id, lang)), ...(kept.length < ranked.length ? [OTHER_LANE[lang]] : [])];
  return { lanes, laneNames: (item: PolicyItem) => [...new Set((lanesOf.get(item.id) ?? []).map(name))] };
}

export interface ChartInput {
  kind: ChartKind;
  lang: Lang;
  /** Matching items, newest first, at most MAX_CHART_ITEMS of them. */
  items: readonly PolicyItem[];
  /** How many items matched in all. */
  total: number;
  /** The actor ids an actor filter named (not yet expanded to their offices), which become the lanes. */
  actorRoots?: readonly string[];
  /** What the filters select, in words, for the title. */
  scope: string;
}

export function cutNote(shown: number, total: number, lang: Lang): string | undefined {
  if (shown >= total) return undefined;
  return lang === 'zh' ? `仅显示 ${total} 个条目中最新的 ${shown} 个` : `showing ${shown} of ${total}`;
}

/** The chart's data: a timeline of items by lane, or counts of readings by lane and administration. */
export function buildChartData(input: ChartInput, aliases: AliasTable): ChartData {
  const { kind, lang, items } = input;
  const { lanes, laneNames } = assignLanes(items, lang, aliases, input.actorRoots);
  const heading = kind === 'timeline' ? (lang === 'zh' ? '时间线' : 'Timeline') : (lang === 'zh' ? '权力与安全立场' : 'Power vs security stance');
  const note = cutNote(items.length, input.total, lang);
  const tally: Record<ReadingCategory, number> = { power: 0, security: 0, mixed: 0, none: 0 };
  for (const item of items) tally[readingOf(item)]++;
  const base = { lang, title: input.scope ? `${heading}: ${input.scope}` : heading, items: items.length, total: input.total, tally, lanes,
    readingLabels: READING_LABELS[lang], ...(note ? { note } : {}) };
  if (kind === 'timeline') {
    const points = [...items].reverse().flatMap((item) => laneNames(item).map((lane) => ({
      id: item.id, date: dateSpan(item.date).start, lane, reading: readingOf(item), label: shortTitle(item.title[lang], lang) })));
    return { ...base, kind, points };
  }
  const counts = new Map<string, StanceCount>();
  for (const item of items) {
    const administration = administrationLabel(item.administration, lang);
    for (const lane of laneNames(item)) {
      const key = JSON.stringify([lane, administration, readingOf(item)]);
      const entry = counts.get(key) ?? { lane, administration, reading: readingOf(item), count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  const administrations = ADMIN_ORDER.filter((code) => items.some((item) => item.administration === code)).map((code) => administrationLabel(code, lang));
  return { ...base, kind, counts: [...counts.values()], administrations };
}
