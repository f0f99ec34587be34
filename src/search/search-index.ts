import { dateSpan } from '../core/partial-date.js';
import type { Passage } from '../core/passage.js';
import type { PolicyItem } from '../core/policy-item.js';
import type { ItemFilter } from '../core/ports.js';
import { CompactIndex } from './compact-index.js';
import { indexTokens, isHan } from '../core/text-tokens.js';

/**
 * One idea of a question. It is present in a document when `need` of its `terms` are (a Chinese word is
 * present when half its character pairs are), or when any `alternatives` term is (a synonym, an instrument).
 */
export interface TermGroup {
  terms: string[];
  need: number;
  alternatives: string[];
}

/** What a search asks for: the question's ideas, the entities it names, and hard filters. */
export interface SearchQuery {
  termGroups: TermGroup[];
  /** Each entity the question names: its canonical ids (with descendants), the index terms of its name, and whether it is an actor. */
  entityGroups: Array<{ ids: string[]; words: string[]; actor?: boolean }>;
  /** Proper-name tokens: when the store never mentions them, they count fully against coverage. */
  properTokens: string[];
  /** Foreign countries the question names: one the store never mentions puts the question out of scope. */
  foreignNames: string[][];
  filter: ItemFilter;
  limit: number;
}

export interface SearchHit {
  id: string;
  kind: 'item' | 'passage';
  score: number;
  /** Share (0…1) of the question's weighted ideas this document matches: the answerability signal. */
  coverage: number;
}

interface IndexedDoc {
  id: string;
  kind: 'item' | 'passage';
  title: string;
  refs: string;
  keywords: string;
  summary: string;
  body: string;
  dateStart: string | null;
  dateEnd: string | null;
  administrations: string[];
}

export interface SearchIndex {
  search(query: SearchQuery): SearchHit[];
  /** Item ids matching a filter, newest first, one page of them, with the total. */
  list(filter: ItemFilter, offset: number, limit: number): { total: number; ids: string[] };
  /** Add or replace items (after an ingest). */
  upsertItems(items: readonly PolicyItem[]): void;
}

const FIELDS = ['title', 'refs', 'keywords', 'summary', 'body'] as const;
const BOOST = { title: 3, refs: 5, keywords: 2, summary: 1.5, body: 0.6 };
export const REF_PREFIX = '@';
/** The index term standing for an instrument: "blacklist" in a question meets every Entity List item. */
export const instrumentRef = (instrument: string): string => `${REF_PREFIX}type-${instrument}`;

/** Paper sections that discuss one administration (by passage id), so `under Biden` can keep them. */
function passageAdministrations(id: string): string[] {
  if (/-s3(-|$)/.test(id)) return ['trump'];
  if (/-s4(-|$)/.test(id)) return ['trump', 'biden'];
  if (/-s5(-|$)/.test(id)) return ['biden'];
  return [];
}

// Items are indexed by title, keywords, summary and the ids of their actors, people, targets and instrument:
// names and aliases reach them through those ids, which keeps the index small enough for 100,000 items.
function itemToDoc(item: PolicyItem): IndexedDoc {
  const span = dateSpan(item.date);
  return {
    id: item.id,
    kind: 'item',
    title: `${item.title.en}\n${item.title.zh}`,
    refs: [...item.actors, ...item.people, ...item.targets].map((id) => `${REF_PREFIX}${id}`).concat(instrumentRef(item.instrument)).join(' '),
    keywords: item.keywords.join('\n'),
    summary: `${item.summary.en}\n${item.summary.zh}`,
    body: '',
    dateStart: span.start,
    dateEnd: span.end,
    administrations: [item.administration],
  };
}

function passageToDoc(passage: Passage): IndexedDoc {
  return {
    id: passage.id,
    kind: 'passage',
    title: `${passage.section.en}\n${passage.section.zh}`,
    refs: '',
    keywords: passage.keywords.join('\n'),
    summary: `${passage.gloss.en}\n${passage.gloss.zh}`,
    body: passage.text,
    dateStart: null,
    dateEnd: null,
    administrations: passageAdministrations(passage.id),
  };
}

function fieldTokens(text: string, field?: string): string[] {
  return field === 'refs' ? text.split(' ').filter(Boolean) : indexTokens(text);
}

function passesFilter(doc: Pick<IndexedDoc, 'dateStart' | 'dateEnd' | 'administrations'>, filter: ItemFilter): boolean {
  if (filter.administrations?.length && !filter.administrations.some((a) => doc.administrations.includes(a))) return false;
  if (filter.from || filter.to) {
    if (!doc.dateStart || !doc.dateEnd) return false;
    if (filter.from && doc.dateEnd < dateSpan(filter.from).start) return false;
    if (filter.to && doc.dateStart > dateSpan(filter.to).end) return false;
  }
  return true;
}

/** An index over the source documents' passages; items come and go through `upsertItems`. */
export function createSearchIndex(passages: readonly Passage[]): SearchIndex {
  const index = new CompactIndex(FIELDS.map((field) => ({ boost: BOOST[field] })));
  // Per document number: what filters and answers need, kept as plain arrays.
  const kinds: Array<'item' | 'passage'> = [];
  const dateStarts: Array<string | null> = [];
  const dateEnds: Array<string | null> = [];
  const administrations: string[][] = [];
  const dates: string[] = [];
  const drivers: string[] = [];
  const instruments: string[] = [];
  let newestFirst: number[] | null = null;
  const addDoc = (doc: IndexedDoc, item?: PolicyItem): void => {
    const n = index.add(doc.id, FIELDS.map((field) => fieldTokens(doc[field], field)));
    kinds[n] = doc.kind;
    dateStarts[n] = doc.dateStart;
    dateEnds[n] = doc.dateEnd;
    administrations[n] = doc.administrations;
    dates[n] = item?.date ?? '';
    drivers[n] = item?.reading.driver ?? '';
    instruments[n] = item?.instrument ?? '';
    newestFirst = null;
  };
  for (const passage of passages) addDoc(passageToDoc(passage));

  /** Live item numbers in the store's order: latest end date first, then the more precise date, then id. */
  const itemsNewestFirst = (): number[] => {
    if (newestFirst) return newestFirst;
    const live: number[] = [];
    for (let n = 0; n < kinds.length; n++) if (kinds[n] === 'item' && index.isLive(n)) live.push(n);
    const key = (n: number) => dateEnds[n] ?? '';
    newestFirst = live.sort((a, b) => key(b).localeCompare(key(a)) || (dates[b] as string).localeCompare(dates[a] as string)
      || index.idOf(a).localeCompare(index.idOf(b)));
    return newestFirst;
  };
  const textTerms = (text: string): string[][] => text.toLowerCase().split(/\s+/).filter(Boolean)
    .map((word) => indexTokens(word)).filter((tokens) => tokens.length > 0);

  const df = (token: string): number => index.documentFrequency(token);
  const idf = (token: string): number => index.idf(token);

  return {
    upsertItems(changed) {
      for (const item of changed) addDoc(itemToDoc(item), item);
    },
    list(filter, offset, limit) {
      // Each id filter and each word becomes a bitmap of the documents that have it; a document must be in all.
      const bitmaps: Uint8Array[] = [];
      const anyOf = (terms: string[]): void => {
        const bits = new Uint8Array(index.capacity);
        for (const term of terms) index.markDocs(term, bits);
        bitmaps.push(bits);
      };
      for (const ids of [filter.actors, filter.targets, filter.people]) if (ids?.length) anyOf(ids.map((id) => `${REF_PREFIX}${id}`));
      for (const tokens of textTerms(filter.text ?? '')) for (const token of tokens) anyOf([token]);
      const from = filter.from ? dateSpan(filter.from).start : null;
      const to = filter.to ? dateSpan(filter.to).end : null;
      const admins = filter.administrations?.length ? filter.administrations : null;
      const driversWanted = filter.drivers?.length ? filter.drivers : null;
      const instrumentsWanted = filter.instruments?.length ? filter.instruments : null;
      const ids: string[] = [];
      let total = 0;
      for (const doc of itemsNewestFirst()) {
        if (bitmaps.some((bits) => bits[doc] !== 1)) continue;
        if (from && (dateEnds[doc] as string) < from) continue;
        if (to && (dateStarts[doc] as string) > to) continue;
        if (admins && !admins.some((a) => (administrations[doc] as string[]).includes(a))) continue;
        if (driversWanted && !driversWanted.includes(drivers[doc] as string)) continue;
        if (instrumentsWanted && !instrumentsWanted.includes(instruments[doc] as string)) continue;
        if (total >= offset && ids.length < limit) ids.push(index.idOf(doc));
        total++;
      }
      return { total, ids };
    },
    search(query) {
      const groupTerms = query.termGroups.flatMap((g) => [...g.terms, ...g.alternatives]);
      const entityTerms = query.entityGroups.flatMap((g) => [...g.ids.map((id) => `${REF_PREFIX}${id}`), ...g.words]);
      const weighted = new Map<string, number>();
      for (const term of [...groupTerms, ...entityTerms]) {
        weighted.set(term, 1);
        // English stems also meet longer words: "sanction" finds "sanctions", "sanctioned".
        if (!term.startsWith(REF_PREFIX) && !isHan(term) && term.length >= 5) {
          for (const longer of index.expandPrefix(term, 12)) if (!weighted.has(longer)) weighted.set(longer, 0.7);
        }
      }
      if (weighted.size === 0) return [];
      const accept = (doc: number): boolean => passesFilter({ dateStart: dateStarts[doc] ?? null, dateEnd: dateEnds[doc] ?? null,
        administrations: administrations[doc] ?? [] }, query.filter);
      const results = index.search(weighted, query.limit * 3, accept);

      // A word the store never uses is often just phrasing ("unveil"), so it counts a little; an unknown
      // proper name ("Woodside", "Japan") means the question is about something the store does not hold.
      const proper = new Set(query.properTokens);
      const maxIdf = idf('\u0000');
      const groupWeights = query.termGroups.map((group) => {
        const known = [...group.terms, ...group.alternatives].filter((term) => df(term) > 0);
        if (known.length > 0) return Math.max(...known.map(idf));
        return group.terms.some((term) => proper.has(term)) ? maxIdf : 0.35 * maxIdf;
      });
      // An entity weighs like a word of the same rarity: naming SenseTime says much, naming China little.
      const entityWeights = query.entityGroups.map((group) => idf(`${REF_PREFIX}${group.ids[0] ?? ''}`));
      const totalWeight = groupWeights.reduce((a, b) => a + b, 0) + entityWeights.reduce((a, b) => a + b, 0);
      const outOfScope = query.foreignNames.some((name) => name.every((t) => df(t) === 0));

      const hits = results.map(([doc, score]) => {
        const has = (term: string): boolean => index.contains(doc, term)
          || (!isHan(term) && term.length >= 5 && !term.startsWith(REF_PREFIX) && index.expandPrefix(term, 12).some((t) => index.contains(doc, t)));
        let weight = 0;
        let groupsMatched = 0;
        let rareMissed = false;
        query.termGroups.forEach((group, i) => {
          const present = group.alternatives.some(has) || group.terms.filter(has).length >= group.need;
          if (!present) {
            // Missing a rare word or a name says the question is about something else; missing a common word does not.
            if (group.terms.some((t) => proper.has(t) || (df(t) > 0 && idf(t) >= 0.6 * maxIdf))) rareMissed = true;
            return;
          }
          weight += groupWeights[i] ?? 0;
          groupsMatched++;
        });
        let actorMissed = false;
        let rareEntityMatched = false;
        query.entityGroups.forEach((group, i) => {
          if (group.ids.some((id) => index.contains(doc, `${REF_PREFIX}${id}`)) || group.words.some(has)) {
            weight += entityWeights[i] ?? 0;
            if ((entityWeights[i] ?? 0) >= 0.6 * maxIdf) rareEntityMatched = true;
          } else if (group.actor) actorMissed = true;
        });
        return {
          id: index.idOf(doc),
          kind: kinds[doc] ?? 'item',
          score,
          // A question about one actor is not answered by another actor's doing.
          coverage: outOfScope || totalWeight === 0 ? 0
            : (weight / totalWeight) * (groupsMatched === 0 && rareMissed && !rareEntityMatched ? 0.5 : 1) * (actorMissed ? 0.7 : 1),
        };
      });
      // Rank by relevance tempered by coverage: a document that matches every idea beats one that repeats a single word.
      const rank = (hit: SearchHit): number => hit.score * (0.2 + 0.8 * hit.coverage);
      return hits.sort((a, b) => rank(b) - rank(a)).slice(0, query.limit);
    },
  };
}
