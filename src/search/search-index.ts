import MiniSearch, { type SearchResult } from 'minisearch';
import type { AliasTable } from '../core/alias-table.js';
import { dateSpan } from '../core/partial-date.js';
import type { Passage } from '../core/passage.js';
import type { PolicyItem } from '../core/policy-item.js';
import type { ItemFilter } from '../core/ports.js';
import { INSTRUMENT_WORDS } from './instrument-words.js';
import { hanBigrams, isHan, STOPWORDS, tokenize } from './tokenize.js';

/** What a search asks for: weighted term groups (a word and its synonyms), entities, and hard filters. */
export interface SearchQuery {
  /** Each group is one idea of the question: a word with its synonyms. */
  termGroups: string[][];
  /** Each entity the question names: its canonical ids (with descendants) and its words. */
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
  entities: string;
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
  /** Inverse document frequency of a token (high = rare). */
  idf(token: string): number;
  readonly documentCount: number;
}

const FIELDS = ['title', 'entities', 'refs', 'keywords', 'summary', 'body'] as const;
const BOOST = { title: 3, entities: 2.5, refs: 5, keywords: 2, summary: 1.5, body: 0.6 };
const REF_PREFIX = '@';

/** Paper sections that discuss one administration (by passage id), so `under Biden` can keep them. */
function passageAdministrations(id: string): string[] {
  if (/-s3(-|$)/.test(id)) return ['trump'];
  if (/-s4(-|$)/.test(id)) return ['trump', 'biden'];
  if (/-s5(-|$)/.test(id)) return ['biden'];
  return [];
}

function itemToDoc(item: PolicyItem, aliases: AliasTable): IndexedDoc {
  const refs = [...item.actors, ...item.people, ...item.targets];
  const names = refs.flatMap((id) => {
    const entry = aliases.get(id);
    return entry ? [entry.name.en, entry.name.zh, ...entry.aliases] : [id];
  });
  const span = dateSpan(item.date);
  return {
    id: item.id,
    kind: 'item',
    title: `${item.title.en}\n${item.title.zh}`,
    entities: names.join('\n'),
    refs: refs.map((id) => `${REF_PREFIX}${id}`).join(' '),
    keywords: [...item.keywords, ...INSTRUMENT_WORDS[item.instrument]].join('\n'),
    summary: `${item.summary.en}\n${item.summary.zh}`,
    body: [item.reading.argument.en, item.reading.argument.zh, ...item.passages.map((p) => p.text)].join('\n'),
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
    entities: '',
    refs: '',
    keywords: passage.keywords.join('\n'),
    summary: `${passage.gloss.en}\n${passage.gloss.zh}`,
    body: passage.text,
    dateStart: null,
    dateEnd: null,
    administrations: passageAdministrations(passage.id),
  };
}

function indexTokens(text: string, field?: string): string[] {
  if (field === 'refs') return text.split(' ').filter(Boolean);
  const words = tokenize(text).filter((token) => !STOPWORDS.has(token));
  return [...words, ...hanBigrams(text).filter((pair) => !STOPWORDS.has(pair) && !words.includes(pair))];
}

function passesFilter(doc: Pick<IndexedDoc, 'kind' | 'dateStart' | 'dateEnd' | 'administrations'>, filter: ItemFilter): boolean {
  if (filter.administrations?.length && !filter.administrations.some((a) => doc.administrations.includes(a))) return false;
  if (filter.from || filter.to) {
    if (!doc.dateStart || !doc.dateEnd) return false;
    if (filter.from && doc.dateEnd < dateSpan(filter.from).start) return false;
    if (filter.to && doc.dateStart > dateSpan(filter.to).end) return false;
  }
  return true;
}

export function createSearchIndex(items: readonly PolicyItem[], passages: readonly Passage[], aliases: AliasTable): SearchIndex {
  const mini = new MiniSearch<IndexedDoc>({
    fields: [...FIELDS],
    storeFields: ['kind', 'dateStart', 'dateEnd', 'administrations', 'refs'],
    tokenize: indexTokens,
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => text.split(' ').filter(Boolean), processTerm: (term) => term },
  });
  const documentFrequency = new Map<string, number>();
  const docTokens = new Map<string, Set<string>>();

  const addDoc = (doc: IndexedDoc): void => {
    const tokens = new Set(FIELDS.flatMap((field) => indexTokens(doc[field], field)));
    for (const token of tokens) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    docTokens.set(doc.id, tokens);
    mini.add(doc);
  };
  const removeDoc = (id: string): void => {
    const tokens = docTokens.get(id);
    if (!tokens) return;
    for (const token of tokens) documentFrequency.set(token, (documentFrequency.get(token) ?? 1) - 1);
    docTokens.delete(id);
    mini.discard(id);
  };

  for (const item of items) addDoc(itemToDoc(item, aliases));
  for (const passage of passages) addDoc(passageToDoc(passage));

  const idf = (token: string): number => {
    const n = mini.documentCount;
    const df = documentFrequency.get(token) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };

  return {
    get documentCount() {
      return mini.documentCount;
    },
    idf,
    upsertItems(changed) {
      for (const item of changed) {
        removeDoc(item.id);
        addDoc(itemToDoc(item, aliases));
      }
    },
    search(query) {
      const words = [...new Set([...query.termGroups.flat(), ...query.entityGroups.flatMap((g) => g.words)])];
      const refs = [...new Set(query.entityGroups.flatMap((g) => g.ids.map((id) => `${REF_PREFIX}${id}`)))];
      if (words.length === 0 && refs.length === 0) return [];
      const options = {
        filter: (result: SearchResult) => passesFilter(result as unknown as IndexedDoc, query.filter),
      };
      const termQuery = words.length > 0 ? {
        queries: [words.join(' ')], fields: FIELDS.filter((f) => f !== 'refs'), boost: BOOST,
        prefix: (term: string) => term.length >= 5 && !isHan(term),
        fuzzy: (term: string) => (term.length >= 7 && !isHan(term) ? 0.15 : false),
      } : null;
      const refQuery = refs.length > 0 ? { queries: [refs.join(' ')], fields: ['refs'], boost: BOOST } : null;
      const results = mini.search({ combineWith: 'OR', queries: [termQuery, refQuery].filter((q) => q !== null) } as never, options);

      // Coverage: which of the question's ideas (word groups, entities) each document actually matches.
      // A word the store never uses is often just phrasing ("unveil"), so it counts a little; an unknown
      // proper name ("Woodside", "Japan") means the question is about something the store does not hold.
      const proper = new Set(query.properTokens);
      const maxIdf = idf('\u0000');
      const groupWeights = query.termGroups.map((group) => {
        const known = group.filter((term) => (documentFrequency.get(term) ?? 0) > 0);
        if (known.length > 0) return Math.max(...known.map(idf));
        return group.some((term) => proper.has(term)) ? maxIdf : 0.35 * maxIdf;
      });
      // An entity weighs like a word of the same rarity: naming SenseTime says much, naming China little.
      const entityWeights = query.entityGroups.map((group) => idf(`${REF_PREFIX}${group.ids[0] ?? ''}`));
      const totalWeight = groupWeights.reduce((a, b) => a + b, 0) + entityWeights.reduce((a, b) => a + b, 0);
      const outOfScope = query.foreignNames.some((name) => name.every((t) => (documentFrequency.get(t) ?? 0) === 0));
      return results.slice(0, query.limit).map((result) => {
        const matched = new Set(result.queryTerms);
        const docRefs = new Set(String(result.refs ?? '').split(' '));
        let weight = 0;
        let groupsMatched = 0;
        let knownMissed = false;
        query.termGroups.forEach((group, index) => {
          if (!group.some((term) => matched.has(term))) {
            // Missing a rare word or a name says the question is about something else; missing a common word does not.
            if (group.some((term) => proper.has(term) || ((documentFrequency.get(term) ?? 0) > 0 && idf(term) >= 0.6 * maxIdf))) knownMissed = true;
            return;
          }
          weight += groupWeights[index] ?? 0;
          groupsMatched++;
        });
        query.entityGroups.forEach((group, index) => {
          if (group.ids.some((id) => docRefs.has(`${REF_PREFIX}${id}`)) || group.words.some((w) => matched.has(w))) weight += entityWeights[index] ?? 0;
        });
        return {
          id: String(result.id),
          kind: result.kind as 'item' | 'passage',
          score: result.score,
          // Naming only the right actor is not enough when the question asks about something else too.
          coverage: outOfScope || totalWeight === 0 ? 0
            : (weight / totalWeight) * (groupsMatched === 0 && knownMissed ? 0.5 : 1),
        };
      });
    },
  };
}
