import { isCountryName } from './country-names.js';
import { dayBefore, TERMS, termsOf, type Term } from '../core/administrations.js';
import { dateSpan, periodBounds, spanInside } from '../core/partial-date.js';
import type { Passage } from '../core/passage.js';
import type { PolicyItem } from '../core/policy-item.js';
import type { ItemFilter, RetrievalHit as SearchHit } from '../core/ports.js';
import { fuseRankings } from './semantic-search.js';
import { isEveryday } from './word-specificity.js';
import { CompactIndex } from './compact-index.js';
import { anyInPeriod, itemsNewestFirst, listItems, setColumns, type DocColumns } from './item-listing.js';
import { instrumentRef, REF_PREFIX } from './ref-terms.js';
import { indicatorRef } from './indicator-words.js';
import { createSectionWords, groundingSectionRefs, headingRef, passageAdministrations, sectionRef } from './section-words.js';
import { indexTokens, isHan, scanIndexTerms, type TermSink } from './text-tokens.js';
import { knownIdeas, type KnownIdeas } from './known-ideas.js';

export { instrumentRef };

/**
 * One idea of a question. It is present in a document when `need` of its `terms` are (a Chinese word is
 * present when half its character pairs are), or when any `alternatives` term is (a synonym, an instrument).
 */
export interface TermGroup {
  /** The word as the question has it. */
  text: string;
  terms: string[];
  need: number;
  alternatives: string[];
  /** Terms that also make a document match the idea without weighing it (the section a heading word names). */
  related?: string[];
  /** Looks like a name (capitalised, or a Chinese word of three or more characters). */
  proper: boolean;
  /** How specific the word is in general language (0 everyday … 1 rare): what it weighs when the store does not know it. */
  specificity: number;
  /** The capitalised name the word is part of (words with the same number form one name: "CHIPS Act"). */
  name?: number;
  /** Where a name stands ("what did … say"): a name when the store does not know it, an ordinary word when it does. */
  nameIfUnknown?: true;
  /** The kind of answer the question asks for (有啥共通点): what it asks, not a name it asks about. */
  askedFor?: true;
  /** An abbreviation the question spells out: the index terms of its spelled-out form. Known when the store has them all. */
  spelledOut?: string[];
}

/** What a search asks for: the question's ideas, the entities it names, and hard filters. */
export interface SearchQuery {
  termGroups: TermGroup[];
  /** Each entity the question names: its canonical ids (with descendants), the index terms of its name, and whether it is an actor. */
  entityGroups: Array<{ ids: string[]; words: string[]; actor?: boolean }>;
  filter: ItemFilter;
  limit: number;
  /** Document ids ranked by an embeddings model, best first: fused with the lexical ranking when given. */
  semantic?: readonly string[];
  /** Asks the paper's reasons: its discussion of an administration's term answers a question dated in it. */
  discussion?: boolean;
}

/** The hits, and what the question asks that the store cannot know. */
export interface SearchResult {
  hits: SearchHit[];
  unknownNames: string[];
  /** Countries the question names that no document mentions. */
  unknownCountries: string[];
  /** The store knows none of the question's words, and it names no entity but the common ones (China): its topic is absent. */
  topicAbsent: boolean;
  unknownShare: number;
  /** No document passes the question's date and administration filters. */
  emptyPeriod: boolean;
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
  search(query: SearchQuery): SearchResult;
  /** Item ids matching a filter, newest first, one page of them, with the total. */
  list(filter: ItemFilter, offset: number, limit: number): { total: number; ids: string[] };
  /** Add or replace items (after an ingest). */
  upsertItems(items: readonly PolicyItem[]): void;
  /** Whether an entity is so common in the store (China) that naming it does not narrow a question. */
  isCommon(ids: readonly string[]): boolean;
  /** The share of the store's documents that hold a word (the most frequent of its terms). */
  wordShare(terms: readonly string[]): number;
  /** The one section heading of the paper a word belongs to, if only one has it. */
  headingOf(terms: readonly string[]): string | undefined;
  /** Other items the paper reads in the same section as this one, up to `limit`. */
  readInSameSection(id: string, limit: number): string[];
  /** Items whose passages a section of the paper (its Chinese heading) holds: those it tells. */
  toldInSection(zhHeading: string, limit: number): string[];
  /** The reference term of the section that reads an item ('' when none does). */
  sectionOf(id: string): string;
  /** The first and last day a document's date covers, when it has one. */
  spanOf(id: string): { start: string; end: string } | undefined;
}

/** An entity or a word on more than this share of the items is the store's subject, not a constraint. */
export const COMMON_ENTITY_SHARE = 0.25;

const FIELDS = ['title', 'refs', 'keywords', 'summary', 'body'] as const;
type Field = typeof FIELDS[number];
const BOOST = { title: 3, refs: 5, keywords: 2, summary: 1.5, body: 0.6 };

// Items are indexed by title, keywords, summary and the ids of their actors, people, targets and instrument:
// names and aliases reach them through those ids, which keeps the index small enough for 100,000 items.
function itemToDoc(item: PolicyItem): IndexedDoc {
  const span = dateSpan(item.date);
  return {
    id: item.id,
    kind: 'item',
    title: `${item.title.en}\n${item.title.zh}`,
    refs: [...item.actors, ...item.people, ...item.targets].map((id) => `${REF_PREFIX}${id}`).concat(instrumentRef(item.instrument))
      .concat(item.reading ? [sectionRef(item), ...groundingSectionRefs(item), ...item.reading.indicators.map(indicatorRef)] : []).join(' '),
    keywords: item.keywords.join('\n'),
    summary: `${item.summary.en}\n${item.summary.zh}`,
    // The grounding passages are indexed once, as the paper's passage documents: copying them into every item
    // made a 100,000-item build 2.5 times slower and changed the tuning eval by nothing. The titles and publishers of
    // its sources are the item's own: who wrote or hosted it ("Ignatius", "Foreign Affairs") is asked by name.
    body: item.sources.map((source) => `${source.title} ${source.publisher ?? ''}`).join('\n'),
    dateStart: span.start,
    dateEnd: span.end,
    administrations: administrationsOf(item),
  };
}

/** The instruments of international forums, where the US takes part though the forum or its founders act. */
const FORUM_INSTRUMENTS = new Set(['international-principles', 'alliance-forum']);

/**
 * The administrations an item counts under: its own, and for a forum's decision or another government's proposal to a
 * forum, the US administration in office then ("the forums the Trump administration worked through": the G20's
 * principles). Another country's strategy or a scholar's view is no administration's.
 */
function administrationsOf(item: PolicyItem): string[] {
  if (item.administration !== 'other' || !FORUM_INSTRUMENTS.has(item.instrument)) return [item.administration];
  return ['other', ...termsOf(item.date).map((term) => term.administration)];
}

function passageToDoc(passage: Passage): IndexedDoc {
  // A passage on an administration's policy speaks of its first term (the paper was written in Biden's).
  const administrations = passageAdministrations(passage.id);
  const terms = TERMS.filter((term) => administrations.includes(term.administration) && term.number === 1);
  return { id: passage.id, kind: 'passage', title: `${passage.section.en}\n${passage.section.zh}`, refs: '', keywords: passage.keywords.join('\n'),
    summary: `${passage.gloss.en}\n${passage.gloss.zh}`, body: passage.text,
    dateStart: terms[0]?.start ?? null, dateEnd: terms.length > 0 ? dayBefore((terms.at(-1) as Term).end) : null, administrations };
}

/** The period and administration part of a filter: what decides whether a question's time frame holds items. */
function pick(filter: ItemFilter): ItemFilter {
  return { ...(filter.from ? { from: filter.from } : {}), ...(filter.to ? { to: filter.to } : {}),
    ...(filter.administrations ? { administrations: filter.administrations } : {}) };
}

/** Sends a field's terms to the index. */
function writeField(text: string, field: Field, sink: TermSink): void {
  if (field === 'refs') {
    for (const ref of text.split(' ')) if (ref) sink.term(ref);
  } else if (field === 'body') {
    // A passage body says whether a term occurs, not how often: each term once keeps long passages cheap to index.
    for (const term of new Set(indexTokens(text))) sink.term(term);
  } else {
    scanIndexTerms(text, sink);
  }
}

/** The test a document must pass for a filter's period, administrations and readings, with the period's bounds worked out once. */
function filterTest(filter: ItemFilter, columns: DocColumns, discussion = false): (doc: number) => boolean {
  const admins = filter.administrations?.length ? filter.administrations : null;
  const drivers = filter.drivers?.length ? filter.drivers : null;
  const { from, to } = periodBounds(filter);
  return (doc) => {
    if (admins && !admins.some((a) => (columns.administrations[doc] ?? []).includes(a))) return false;
    if (drivers && !drivers.includes(columns.drivers[doc] as string)) return false;
    if (from || to) {
      if (!discussion && columns.kinds[doc] === 'passage') return false; // A question dated in a term may be answered by the paper's discussion of it only when it asks why.
      const start = columns.dateStarts[doc];
      const end = columns.dateEnds[doc];
      if (!start || !end) return false;
      if (from && end < from) return false;
      if (to && start > to) return false;
    }
    return true;
  };
}

/** Whether a document's date lies inside the filter's period (always, when the filter names none). */
function periodTest(filter: ItemFilter, columns: DocColumns): (doc: number | undefined) => boolean {
  const bounds = periodBounds(filter);
  if (!bounds.from && !bounds.to) return () => true;
  return (doc) => {
    const start = doc === undefined ? undefined : columns.dateStarts[doc];
    const end = doc === undefined ? undefined : columns.dateEnds[doc];
    return Boolean(start && end && spanInside(start, end, bounds));
  };
}

/** The query's terms with their weights: English stems also meet longer words ("invest" finds "investors"). */
function weightedTerms(index: CompactIndex, query: SearchQuery): Map<string, number> {
  const weighted = new Map<string, number>();
  const terms = [...query.termGroups.flatMap((g) => [...g.terms, ...g.alternatives, ...(g.related ?? [])]),
    ...query.entityGroups.flatMap((g) => [...g.ids.map((id) => `${REF_PREFIX}${id}`), ...g.words])];
  for (const term of terms) {
    weighted.set(term, 1);
    if (!term.startsWith(REF_PREFIX) && !isHan(term) && term.length >= 5) {
      for (const longer of index.expandPrefix(term, 12)) if (!weighted.has(longer)) weighted.set(longer, 0.7);
    }
  }
  return weighted;
}


/** Each idea's weight (term groups, then entities), their sum, and which idea is the most specific. */
function ideaWeights(index: CompactIndex, query: SearchQuery, ideas: KnownIdeas): { weights: number[]; total: number; rarest: number } {
  const idf = (token: string): number => index.idf(token);
  // An unknown word that looks like a name ("Greece", "阿里巴巴") is something the store does not hold and
  // counts fully against coverage.
  const maxIdf = idf('\u0000');
  const groupWeights = query.termGroups.map((group) => {
    const present = [...group.terms, ...group.alternatives].filter((term) => index.documentFrequency(term) > 0);
    // An abbreviation known by its spelled-out words weighs nothing of its own: those words are the question's too.
    if (ideas.known(group)) return present.length > 0 ? Math.max(...present.map(idf)) : 0;
    // Other unknown words are phrasing ("explain", "一下") or a topic the store lacks ("tiers", "英伟达"): everyday
    // words are phrasing, rare ones topics.
    return ideas.unknownName(group) ? maxIdf : group.specificity * maxIdf;
  });
  // An entity weighs like a word of the same rarity: naming SenseTime says much, naming China little.
  const entityWeights = query.entityGroups.map((group) => Math.max(...group.ids.map((id) => idf(`${REF_PREFIX}${id}`))));
  const weights = [...groupWeights, ...entityWeights];
  // The most specific idea: the rarest entity the question names, else its rarest word the store knows.
  const knownWeights = weights.map((w, i) => (i < query.termGroups.length ? (ideas.known(query.termGroups[i] as TermGroup) ? w : -1)
    : query.entityGroups.length > 0 ? w + 1000 : w));
  return { weights, total: weights.reduce((a, b) => a + b, 0), rarest: knownWeights.indexOf(Math.max(...knownWeights)) };
}

/**
 * Whether a document's text names an entity: every word of a Latin name ("cyber" and "command"), at least half the
 * distinctive character pairs of a Chinese one (商汤科技 is not named by 科技 alone, nor 联合人工智能中心 by 人工智能), both
 * of a three-character one.
 */
function namedInText(words: readonly string[], has: (word: string) => boolean, everywhere: (word: string) => boolean): boolean {
  if (words.length === 0) return false;
  const allHan = words.filter(isHan);
  const distinctive = allHan.filter((w) => !everywhere(w));
  const han = distinctive.length > 0 ? distinctive : allHan;
  const latin = words.filter((w) => !isHan(w));
  // A three-character name has two pairs, and needs both: 财政时报 does not name 财政部, nor 国防授权法 国防部.
  return latin.every(has) && han.filter(has).length >= (han.length === 2 ? 2 : Math.ceil(han.length / 2));
}

/** Which of the question's ideas one document matches, and how that scores it. */
function toHit(index: CompactIndex, columns: DocColumns, query: SearchQuery, ideas: ReturnType<typeof ideaWeights>,
  common: readonly boolean[], nameGroups: readonly boolean[], [doc, score]: [number, number]): SearchHit {
  const has = (term: string): boolean => index.contains(doc, term)
    || (!isHan(term) && term.length >= 5 && !term.startsWith(REF_PREFIX) && index.expandPrefix(term, 12).some((t) => index.contains(doc, t)));
  const matched = [
    ...query.termGroups.map((group) => group.alternatives.some(has) || (group.related ?? []).some(has) || group.terms.filter(has).length >= group.need),
    // An item concerns an entity when it names it as actor, person or target, or in its title, keywords or
    // summary ("at the OECD"); a mention in the paper passage behind it is not enough.
    ...query.entityGroups.map((group) => group.ids.some((id) => index.contains(doc, `${REF_PREFIX}${id}`))
      || namedInText(group.words, (w) => (columns.kinds[doc] === 'passage' ? has(w) : index.weightIn(doc, w) >= BOOST.summary),
        (w) => index.documentFrequency(w) > COMMON_ENTITY_SHARE * index.documentCount)),
  ];
  const weight = matched.reduce((sum, yes, i) => sum + (yes ? ideas.weights[i] ?? 0 : 0), 0);
  const groups = query.termGroups.length;
  // Everyday words ("programs", "bring up") shape a question; they are not its topic.
  const topical = query.termGroups.map((group) => !isEveryday(group.specificity));
  const topicWeight = topical.reduce((sum, yes, i) => sum + (yes ? ideas.weights[i] ?? 0 : 0), 0);
  const topicMatched = topical.reduce((sum, yes, i) => sum + (yes && matched[i] ? ideas.weights[i] ?? 0 : 0), 0);
  const everyday = (i: number): boolean => i < groups && !topical[i];
  const specificTotal = ideas.weights.reduce((sum, w, i) => sum + (everyday(i) ? 0 : w), 0);
  const specificWeight = matched.reduce((sum, yes, i) => sum + (yes && !everyday(i) ? ideas.weights[i] ?? 0 : 0), 0);
  // A name of several words is matched when all of them are ("CHIPS Act" is not matched by "chips" alone).
  const byName = new Map<string, boolean>();
  nameGroups.forEach((isName, i) => {
    if (!isName) return;
    const key = String(query.termGroups[i]?.name ?? `word ${i}`);
    byName.set(key, (byName.get(key) ?? true) && matched[i] === true);
  });
  const names = [...byName.values()];
  return {
    id: index.idOf(doc),
    kind: columns.kinds[doc] ?? 'item',
    score,
    coverage: ideas.total === 0 ? 0 : weight / ideas.total,
    specificCoverage: specificTotal === 0 ? 0 : specificWeight / specificTotal,
    topicCoverage: topicWeight === 0 ? 1 : topicMatched / topicWeight,
    rarestMatched: ideas.rarest >= 0 && matched[ideas.rarest] === true,
    // A common entity (China) need not be matched: naming it does not narrow the question.
    entitiesMatched: matched.slice(query.termGroups.length).every((yes, i) => yes || common[i]),
    entityMatches: matched.slice(query.termGroups.length),
    namesMatched: names.length === 0 ? 1 : names.filter(Boolean).length / names.length,
    nameMatches: names,
  };
}

/**
 * The share of the question's specific words (weighed by specificity) that are among `some`: everyday words count
 * little, and a question with less than one specific word counts against the whole of one.
 */
function specificShare(some: readonly TermGroup[], all: readonly TermGroup[]): number {
  const total = all.reduce((sum, g) => sum + g.specificity, 0);
  return some.reduce((sum, g) => sum + g.specificity, 0) / Math.max(1, total);
}

/** Ranked hits for a question, and what it asks that the store cannot know. */
function searchDocs(index: CompactIndex, columns: DocColumns, query: SearchQuery, periodIsEmpty: (filter: ItemFilter) => boolean,
  isCommon: (ids: readonly string[]) => boolean): SearchResult {
  const weighted = weightedTerms(index, query);
  const hasFilter = Boolean(query.filter.from || query.filter.to || query.filter.administrations?.length);
  const ideas = knownIdeas(index, query.termGroups);
  const unknown = query.termGroups.filter((group) => !ideas.known(group));
  const unknownNames = unknown.filter(ideas.unknownName).map((g) => g.text);
  const topicAbsent = query.termGroups.length > 0 && unknown.length === query.termGroups.length && query.entityGroups.every((group) => isCommon(group.ids));
  const signals = { unknownNames, unknownCountries: unknownNames.filter(isCountryName), topicAbsent,
    unknownShare: specificShare(unknown, query.termGroups),
    emptyPeriod: hasFilter && periodIsEmpty(pick(query.filter)) };
  // A question about a period the store has nothing in is declined whatever matches: no need to rank.
  if (weighted.size === 0 || signals.emptyPeriod) return { hits: [], ...signals };
  const accept = filterTest(query.filter, columns, query.discussion);
  const results = index.search(weighted, query.limit * 3, accept);
  const found = new Set(results.map(([doc]) => doc));
  for (const id of query.semantic ?? []) {
    const doc = index.numberOf(id);
    if (doc !== undefined && !found.has(doc) && accept(doc)) { results.push([doc, 0]); found.add(doc); }
  }
  const weights = ideaWeights(index, query, ideas);
  const common = query.entityGroups.map((group) => isCommon(group.ids));
  // Capitalised words, quoted Chinese and country names only (which other Chinese words are names cannot be told reliably
  // enough to score a match), and not those a quarter of the documents use: like a common entity, they do not narrow the question.
  // An abbreviation spelled out beside it in words the store holds (NC2 (nuclear command and control)) is met by them.
  const spelledHeld = (group: TermGroup): boolean => group.spelledOut?.every((term) => index.documentFrequency(term) > 0) ?? false;
  const nameGroups = query.termGroups.map((group) => !spelledHeld(group) && (
    (group.proper && (!isHan(group.text) || group.name !== undefined || isCountryName(group.text))
      && !group.terms.every((term) => wordShare(index, [term]) > COMMON_ENTITY_SHARE))
    || (group.nameIfUnknown === true && group.terms.every((term) => index.documentFrequency(term) === 0))));
  const hits = results.map((result) => toHit(index, columns, query, weights, common, nameGroups, result));
  // Rank by relevance tempered by coverage: a document that matches every idea beats one that repeats a single word.
  // Within a period the question gives, a document dated inside it beats one whose vaguer date only overlaps it
  // (on "5 November 2019", an item of that day before one of "2019").
  const within = periodTest(query.filter, columns);
  const rank = (hit: SearchHit): number => hit.score * (0.2 + 0.8 * hit.coverage) * (within(index.numberOf(hit.id)) ? 1 : 0.6);
  const lexical = hits.sort((a, b) => rank(b) - rank(a));
  return { hits: (query.semantic ? fuseRankings(lexical, query.semantic) : lexical).slice(0, query.limit), ...signals };
}

/** The share of the documents that hold a word: the most frequent of its terms. */
const wordShare = (index: CompactIndex, terms: readonly string[]): number =>
  Math.max(0, ...terms.map((term) => index.documentFrequency(term) / Math.max(1, index.documentCount)));

/** An index over the source documents' passages; items come and go through `upsertItems`. */
export function createSearchIndex(passages: readonly Passage[]): SearchIndex {
  const index = new CompactIndex(FIELDS.map((field) => ({ boost: BOOST[field] })));
  const columns: DocColumns = { kinds: [], dateStarts: [], dateEnds: [], administrations: [], dates: [], drivers: [], instruments: [], sections: [] };
  let newestFirst: number[] | null = null;
  const sections = createSectionWords();
  const addDocs = (docs: ReadonlyArray<{ doc: IndexedDoc; item?: PolicyItem }>): void => {
    const numbers = index.add(docs.map(({ doc }) => ({ id: doc.id, fields: FIELDS.map((field) => (sink: TermSink) => writeField(doc[field], field, sink)) })));
    docs.forEach(({ doc, item }, i) => setColumns(columns, numbers[i] as number, doc, item));
    newestFirst = null;
  };
  addDocs(passages.map((passage) => ({ doc: passageToDoc(passage) })));
  const list = (filter: ItemFilter, offset: number, limit: number, firstOnly = false) => {
    newestFirst ??= itemsNewestFirst(index, columns);
    return listItems(index, columns, newestFirst, filter, { offset, limit, firstOnly });
  };
  const isCommon = (ids: readonly string[]): boolean => {
    newestFirst ??= itemsNewestFirst(index, columns);
    const items = newestFirst.length;
    return ids.some((id) => index.documentFrequency(`${REF_PREFIX}${id}`) > COMMON_ENTITY_SHARE * items);
  };
  const sectionOf = (id: string): string => columns.sections[index.numberOf(id) ?? -1] ?? '';
  return {
    isCommon,
    wordShare: (terms) => wordShare(index, terms),
    headingOf: (terms) => sections.headingOf(terms),
    upsertItems(changed) {
      for (const item of changed) sections.learn(item);
      addDocs(changed.map((item) => ({ doc: itemToDoc(item), item })));
    },
    list: (filter, offset, limit) => list(filter, offset, limit),
    readInSameSection: (id, limit) => (sectionOf(id) ? index.liveDocsWith(sectionOf(id), limit + 1).map((n) => index.idOf(n)).filter((other) => other !== id).slice(0, limit) : []),
    toldInSection: (zhHeading, limit) => index.liveDocsWith(headingRef(zhHeading), limit).map((n) => index.idOf(n)),
    sectionOf,
    spanOf(id) {
      const doc = index.numberOf(id);
      const [start, end] = doc === undefined ? [] : [columns.dateStarts[doc], columns.dateEnds[doc]];
      return start && end ? { start, end } : undefined;
    },
    // Whether a period holds any item at all is checked up to the first one.
    search: (query) => searchDocs(index, columns, sections.widen(query), (filter) => {
      newestFirst ??= itemsNewestFirst(index, columns);
      return !anyInPeriod(index, columns, newestFirst, filter);
    }, isCommon),
  };
}
