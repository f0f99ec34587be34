import MiniSearch, { type SearchResult } from 'minisearch';
import { dateSpan } from '../core/partial-date.js';
import type { Passage } from '../core/passage.js';
import type { PolicyItem } from '../core/policy-item.js';
import type { ItemFilter } from '../core/ports.js';
import { indexTokens, isHan } from './tokenize.js';

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
  /** Each entity the question names: its canonical ids (with descendants) and the index terms of its name. */
  entityGroups: Array<{ ids: string[]; words: string[] }>;
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
  /** Add or replace items (after an ingest). */
  upsertItems(items: readonly PolicyItem[]): void;
  /** Inverse document frequency of an index term (high = rare). */
  idf(token: string): number;
  readonly documentCount: number;
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

export function createSearchIndex(items: readonly PolicyItem[], passages: readonly Passage[]): SearchIndex {
  const mini = new MiniSearch<IndexedDoc>({
    fields: [...FIELDS],
    storeFields: ['kind', 'dateStart', 'dateEnd', 'administrations', 'refs'],
    tokenize: fieldTokens,
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => text.split(' ').filter(Boolean), processTerm: (term) => term },
  });
  const documentFrequency = new Map<string, number>();
  const countTerms = (doc: IndexedDoc, delta: number): void => {
    for (const token of new Set(FIELDS.flatMap((field) => fieldTokens(doc[field], field)))) {
      documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + delta);
    }
  };
  const addDoc = (doc: IndexedDoc): void => {
    countTerms(doc, 1);
    mini.add(doc);
  };

  for (const item of items) addDoc(itemToDoc(item));
  for (const passage of passages) addDoc(passageToDoc(passage));

  const df = (token: string): number => documentFrequency.get(token) ?? 0;
  const idf = (token: string): number => {
    const n = mini.documentCount;
    return Math.log(1 + (n - df(token) + 0.5) / (df(token) + 0.5));
  };

  return {
    get documentCount() {
      return mini.documentCount;
    },
    idf,
    upsertItems(changed) {
      // A replaced item's old terms stay counted in the document frequencies: a slight overcount that
      // only softens idf, and not worth keeping every document's terms in memory.
      for (const item of changed) {
        if (mini.has(item.id)) mini.discard(item.id);
        addDoc(itemToDoc(item));
      }
    },
    search(query) {
      const groupTerms = query.termGroups.flatMap((g) => [...g.terms, ...g.alternatives]);
      const words = [...new Set([...groupTerms, ...query.entityGroups.flatMap((g) => g.words)])].filter((t) => !t.startsWith(REF_PREFIX));
      const refs = [...new Set([...query.entityGroups.flatMap((g) => g.ids.map((id) => `${REF_PREFIX}${id}`)),
        ...groupTerms.filter((t) => t.startsWith(REF_PREFIX))])];
      if (words.length === 0 && refs.length === 0) return [];
      const termQuery = words.length > 0 ? {
        queries: [words.join(' ')], fields: FIELDS.filter((f) => f !== 'refs'), boost: BOOST,
        prefix: (term: string) => term.length >= 5 && !isHan(term),
        fuzzy: (term: string) => (term.length >= 7 && !isHan(term) ? 0.15 : false),
      } : null;
      const refQuery = refs.length > 0 ? { queries: [refs.join(' ')], fields: ['refs'], boost: BOOST } : null;
      const results = mini.search({ combineWith: 'OR', queries: [termQuery, refQuery].filter((q) => q !== null) } as never,
        { filter: (result: SearchResult) => passesFilter(result as unknown as IndexedDoc, query.filter) });

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

      const hits = results.slice(0, query.limit * 3).map((result) => {
        const matched = new Set([...result.queryTerms, ...String(result.refs ?? '').split(' ')]);
        let weight = 0;
        let groupsMatched = 0;
        let rareMissed = false;
        query.termGroups.forEach((group, index) => {
          const present = group.alternatives.some((t) => matched.has(t)) || group.terms.filter((t) => matched.has(t)).length >= group.need;
          if (!present) {
            // Missing a rare word or a name says the question is about something else; missing a common word does not.
            if (group.terms.some((t) => proper.has(t) || (df(t) > 0 && idf(t) >= 0.6 * maxIdf))) rareMissed = true;
            return;
          }
          weight += groupWeights[index] ?? 0;
          groupsMatched++;
        });
        query.entityGroups.forEach((group, index) => {
          if (group.ids.some((id) => matched.has(`${REF_PREFIX}${id}`)) || group.words.some((w) => matched.has(w))) weight += entityWeights[index] ?? 0;
        });
        return {
          id: String(result.id),
          kind: result.kind as 'item' | 'passage',
          score: result.score,
          coverage: outOfScope || totalWeight === 0 ? 0 : (weight / totalWeight) * (groupsMatched === 0 && rareMissed ? 0.5 : 1),
        };
      });
      // Rank by relevance tempered by coverage: a document that matches every idea beats one that repeats a single word.
      const rank = (hit: SearchHit): number => hit.score * (0.2 + 0.8 * hit.coverage);
      return hits.sort((a, b) => rank(b) - rank(a)).slice(0, query.limit);
    },
  };
}
