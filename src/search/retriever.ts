import type { AliasTable } from '../core/alias-table.js';
import type { Passage } from '../core/passage.js';
import type { PolicyItem } from '../core/policy-item.js';
import type { ItemFilter, NamedEntity, QuestionCue, QuestionKind, Retriever, RetrievalHit, RetrievalSide } from '../core/ports.js';
import type { Vocabulary } from '../core/vocabulary.js';
import { COMMON_ENTITY_SHARE, createSearchIndex, type SearchIndex, type SearchQuery, type SearchResult, type TermGroup } from './search-index.js';
import { headingRef, passageAdministrations } from './section-words.js';
import { escapeRegExp, indexTokens, isHan, stem } from './text-tokens.js';
import { isEveryday } from './word-specificity.js';
import { isCountryName } from './country-names.js';
import { isShortPeriod, SHORT_PERIOD_DAYS } from '../core/partial-date.js';
import { createReadingOverview } from './reading-overview.js';
import { ENTITY_FILTER, storyPeriod } from './story-period.js';
import { idsActingThroughParents } from './acting-parent.js';
import { withSpelling } from './spelling.js';
import { PAPER_LIST_REACH, QUOTED_HOME_REACH } from '../core/answer-shapes.js';
import { homesOfQuotedTerms } from '../core/quoted-terms.js';
import { searchOwnedDocument } from './owned-document.js';
import { searchCheckedClaim } from './checked-claim.js';
import { createAcronymTable, type AcronymTable } from './acronyms.js';
import { createAdministrationReading } from './administration-reading.js';
import { indicatorRef } from './indicator-words.js';
import { administrationAgainst, searchSides, type AdministrationHeadings } from './compare-sides.js';
import { asksThePapersReasons, isCriteriaWord, namedDriver, speaksOfReadings } from './question-kind.js';
import { findEntities, isFollowUp, mentionIds, mergeFollowUp, opensAsFollowUp, understandQuestion, type EntityMention, type OwnedPolicy, type UnderstoodQuestion } from './understand-question.js';
import { hasFilter, withoutDates } from '../core/filters.js';
import { summarisedActions } from './summed-up-point.js';
import { stepLeads } from './step-leads.js';
import { withThesisFirst } from './thesis-asked.js';
import { namesInstrument } from './ref-terms.js';
import { namesYearInstance } from '../core/year-instance.js';

/** The instruments through which a country issues a strategy or a law of its own. */
const OWNED_INSTRUMENTS: Record<Exclude<OwnedPolicy, 'policy'>, string[]> = { strategy: ['strategy-document'], law: ['executive-order'] };

/** Asks for the reasons of a reading: why, on what grounds, with what evidence. */
const ASKS_WHY = /\bwhy\b|\bevidence\b|\bgrounds?\b|\bbasis\b|为什么|为何|凭什么|依据|根据什么|理由/iu;
/** How many items of the best item's section an answer may read it beside. */
const SECTION_LIMIT = 12;
// How many items the words of a question with an ambiguous name are searched to: enough to reach each entry's own items.
const AMBIGUOUS_NAME_REACH = 30;

/** Retrieval over the given passages; items are added (in batches, so memory stays flat) with `addItems`. */
export function createRetriever(passages: readonly Passage[], aliases: AliasTable, vocabulary: Vocabulary): Retriever {
  const index = createSearchIndex(passages);
  // Who acts in some item (its actors and people), with the instruments they act through: the owner of a policy the
  // store does not hold acts in none, and a country whose strategy it does not hold has no strategy document.
  // And who acts beside whom in some item: a name two entries share means the one that keeps the question's other company.
  const [acting, actsWith] = [new Map<string, Set<string>>(), new Map<string, Set<string>>()];
  const headingTopics = administrationHeadings(passages, aliases, vocabulary);
  const [readings, administrationReadings, acronyms] = [createReadingOverview(passages), createAdministrationReading(passages), createAcronymTable()];
  const passageById = new Map(passages.map((p) => [p.id, p]));
  const paper = { aliases, vocabulary, passages, passageById, actsWith };
  return {
    addItems(added) {
      for (const item of added) recordDoers(item, acting, actsWith);
      for (const item of added) { readings.add(item); administrationReadings.add(item); acronyms.add(item.keywords); }
      index.upsertItems(added);
    },
    list: (filter, offset, limit) => index.list(filter, offset, limit),
    retrieve(question, previous, limit, semantic) {
      let understood = understoodWithAcronyms(question, acronyms, index, { aliases, vocabulary });
      const followUp = previous !== undefined && isFollowUp(question, understood);
      if (followUp && previous) {
        const merged = mergeFollowUp(previous, understood, aliases);
        const again = understandQuestion(merged.topic, aliases, vocabulary);
        // The follow-up's own shape ("and what changed?") wins over the inherited topic's.
        understood = { ...again, filter: merged.filter, lang: understood.lang, kind: understood.kind === 'fact' ? again.kind : understood.kind };
      }
      understood = settled(question, understood, { actsWith, index }, aliases);
      if (understood.kind === 'timeline') understood = { ...understood, filter: storyPeriod(index, question, understood, { aliases, vocabulary }) };
      const against = administrationAgainst(index, understood, aliases);
      const entities: NamedEntity[] = understood.entities.map((entity) => ({ id: entity.id, kind: entity.kind,
        ids: mentionIds(entity, aliases), common: false,
        ...(entity.setAside ? { peers: peersOf(entity.id, aliases).filter((id) => !index.isCommon([id])) } : {}),
        ...(entity.run !== undefined ? { run: entity.run } : {}) }));
      // A name let into a wider list ("BIS那件也算") does not narrow it, as a common one does not.
      entities.forEach((entity, i) => { entity.common = index.isCommon(entity.ids) || understood.entities[i]?.included === true; });
      // "Russia's AI strategy": Russia is in the store only as a target, so none of its policies is. "Germany's AI strategy":
      // Germany joins a forum in the store, but no strategy or law of a country is there unless it issues one.
      const ownersWithoutActions = understood.entities.flatMap((mention, i) => {
        const entity = entities[i] as NamedEntity;
        if (!mention.owner || entity.common) return [];
        const instruments = aliases.withDescendants(entity.id).flatMap((id) => [...acting.get(id) ?? []]);
        const country = isCountryName(aliases.displayName(entity.id, 'en'));
        const owned = mention.owner === 'policy' ? undefined : OWNED_INSTRUMENTS[mention.owner];
        const held = owned ? instruments.some((instrument) => owned.includes(instrument)) : instruments.length > 0;
        return held ? [] : [entity.id];
      });
      const query: SearchQuery = { termGroups: understood.termGroups,
        entityGroups: idsActingThroughParents(index, aliases, entities).map((ids, i) => ({ ids, words: understood.entityWords[i] ?? [] })),
        filter: against ? withoutAdministrations(understood.filter) : understood.filter, limit, discussion: understood.kind === 'reading' || asksThePapersReasons(question) };
      const { result: searched, filter } = searchSettingFramesAside(index, question, { ...query, people: understood.kind === 'person' ? entities.filter((e) => e.kind === 'person') : [] },
        understood.filter, index.search({ ...query, ...(semantic && !followUp ? { semantic } : {}) }));
      understood = { ...understood, filter };
      // "and in 2020?" with nothing before it follows up on nothing; after a question it keeps that question's filters.
      const onlyFiltered = (followUp || !opensAsFollowUp(question)) && entities.length === 0 && asksOnlyFilter(understood, searched);
      const result = onlyFiltered ? { ...searched, topicAbsent: false, hits: everyItemIn(index, understood.filter, limit) }
        : storyOrThesis(index, query, searched, { question, understood, entities, passageById });
      const sides = understood.kind === 'compare' ? searchSides(index, query, entities, question, { headingTopics, passageById }, understood, against) : undefined;
      const [best, leading] = [result.hits.find((h) => h.kind === 'item'), leadingPassage(question, result.hits, understood.kind, passageById)];
      const [readAlongside, toldByLead] = [readBeside(index, understood, best?.id, leading), summarisedActions(leading, entities, index, { ...paper, hits: result.hits }, understood.termGroups)];
      const { overview, administration } = readingsAsked(question, understood, entities, readings, administrationReadings);
      return {
        lang: understood.lang,
        kind: administration ? 'reading' : answerKind(understood.kind, onlyFiltered, sides !== undefined, entities),
        ...(understood.driver ? { driver: understood.driver } : {}),
        topic: understood.topic,
        filter: understood.filter,
        followUp,
        ...(understood.exhaustive ? { exhaustive: true } : {}),
        ...(understood.asksWho ? { asksWho: true } : {}), ...indicatorsNamed(understood),
        entities,
        ideaCount: understood.termGroups.length + understood.entities.length + (onlyFiltered ? 1 : 0),
        ...result, ...bodiesNotHeld(understood, result.unknownNames, index),
        ...(sides ? { sides } : {}),
        ...(readAlongside.length > 0 ? { readAlongside } : {}), ...(toldByLead.length > 0 ? { toldByLead } : {}), ...stepsOf(understood.kind, question, index, aliases, vocabulary),
        ...(overview ?? administration ? { readingOverview: overview ?? administration } : {}),
        ownersWithoutActions,
        ...measureNamed(question, vocabulary), cues: questionCues(understood.termGroups), ...outsidePeriod(index, question, query),
      };
    },
  };
}

/**
 * The paper's readings asked for without an action: by what signs it tells one ("What signs mark a security-driven
 * policy?": nothing named, no kind of action, no period), or where it places one administration ("Where does the paper
 * put the Biden administration, power or security?").
 */
function readingsAsked(question: string, understood: UnderstoodQuestion, entities: readonly NamedEntity[],
  readings: ReturnType<typeof createReadingOverview>, administrationReadings: ReturnType<typeof createAdministrationReading>) {
  // 标准 asked as the criteria ("用什么标准判断…安全驱动") is no kind of action.
  const actionKind = understood.termGroups.some((g) => namesInstrument(g)
    && !(understood.asksCriteria && isCriteriaWord(g.text)));
  const { filter } = understood;
  const general = !actionKind && entities.every((e) => e.common) && !filter.from && !filter.to;
  const overview = understood.asksCriteria && general && !filter.administrations
    ? (understood.driver ? readings.overview(understood.driver, understood.asksExamples ? 'actions' : 'signs') : readings.overviewOfBoth()) : undefined;
  // Asked why the paper reads an administration so, and on which actions ("依据的是哪些具体行为"), the list is the overview's.
  const shaped = understood.kind === 'timeline' || (understood.kind === 'list' && !ASKS_WHY.test(question));
  const administration = !overview && general && filter.administrations?.length === 1 && speaksOfReadings(question)
    && !shaped ? administrationReadings.overview(filter.administrations[0] as string, namedDriver(question)) : undefined;
  return { overview, administration };
}

/** The question's content words, as a sentence of an item can meet them (its `cues`). */
function questionCues(groups: readonly TermGroup[]): QuestionCue[] {
  return groups.filter((g) => g.terms.length > 0).map((g) => ({ han: isHan(g.text), terms: g.terms, weight: g.specificity }));
}

/** The words of the first quantity the question names ("revenue", 营收), from data/vocabulary.json `measures`. */
function measureNamed(question: string, vocabulary: Vocabulary): { measureWords?: string[] } {
  const text = question.normalize('NFKC').toLowerCase();
  const said = (word: string): boolean => (isHan(word) ? text.includes(word) : new RegExp(String.raw`\b${escapeRegExp(word.toLowerCase())}\b`, 'u').test(text));
  const words = [...vocabulary.measures.values()].find((measure) => measure.some(said));
  if (words) return { measureWords: [...words] };
  // A Chinese quantity the list lacks names itself: 出货量 (shipments), 进口额 (imports by value), or is the noun that
  // rises or falls (税收减少).
  const quantity = QUANTITY_ZH.exec(text)?.[1] ?? CHANGED_ZH.exec(text)?.[1];
  return quantity ? { measureWords: [quantity] } : {};
}

const QUANTITY_ZH = /(\p{Script=Han}{2}[量额]|\p{Script=Han}[量额])/u;
const CHANGED_ZH = /(\p{Script=Han}{2})(?:会|将)?(?:减少|下降|增加|增长|上涨|下跌|缩水|提高)/u;

/**
 * Nothing named but a period, an administration or a reading, and no word that finds anything ("2019年发生了什么？"), or a
 * list or sequence of it in words that only phrase the question ("list everything dated 2017 that the paper cites", "Feb 2019:
 * what came out on which day?").
 */
function asksOnlyFilter(understood: UnderstoodQuestion, searched: { hits: readonly unknown[]; emptyPeriod: boolean }): boolean {
  if (!hasFilter(understood.filter) || searched.emptyPeriod) return false;
  const groups = understood.termGroups;
  return groups.length === 0 || (searched.hits.length === 0 && groups.every((g) => isEveryday(g.specificity)))
    || ((understood.kind === 'list' || understood.kind === 'timeline') && groups.every((g) => g.specificity < PHRASING_SPECIFICITY));
}

/** Below this specificity a question's words only phrase it ("cite", "events", "commentary"): a list of a period asks for all of it. */
const PHRASING_SPECIFICITY = 0.3;

/**
 * The shape the answer takes: a question that names nothing but a period, an administration or a reading asks what falls
 * in it; a comparison with no second side to set beside the name it gives ("白宫对GPAI前后态度差别") asks how that one changed.
 */
function answerKind(asked: QuestionKind, onlyFiltered: boolean, twoSides: boolean, entities: readonly NamedEntity[]): QuestionKind {
  if (onlyFiltered && (asked === 'fact' || asked === 'reading')) return 'list';
  return asked === 'compare' && !twoSides && entities.some((e) => !e.common) ? 'timeline' : asked;
}

/** The entries of the same sort as one: the same kind and parent, and a country when it is one. */
function peersOf(id: string, aliases: AliasTable): string[] {
  const own = aliases.get(id);
  if (!own) return [];
  const country = (entryId: string): boolean => isCountryName(aliases.displayName(entryId, 'en'));
  return aliases.entries.filter((entry) => entry.id !== id && entry.kind === own.kind && entry.parent === own.parent
    && country(entry.id) === country(id)).map((entry) => entry.id);
}

/** The question's names settled: each for the entry its company points to, parts folded into wholes, words spelled as the store does. */
function settled(question: string, understood: UnderstoodQuestion, company: { actsWith: ReadonlyMap<string, ReadonlySet<string>>; index: SearchIndex },
  aliases: AliasTable): UnderstoodQuestion {
  return withoutParts(question, { ...understood, entities: understood.entities.map((m) => inCompany(m, understood, company, aliases)),
    termGroups: spelled(understood, company.index) }, aliases);
}

/**
 * A body named beside the one it belongs to ("商务部（含BIS和NIST）", "DoD and the Air Force") is part of it: the question
 * asks about the whole, which its parts' items already match. A whole that qualifies its part ("五角大楼联合人工智能中心",
 * "the Pentagon's JAIC") only says whose the part is: the question asks about the part. Sides of a comparison stay apart.
 */
function withoutParts(question: string, understood: UnderstoodQuestion, aliases: AliasTable): UnderstoodQuestion {
  if (understood.kind === 'compare') return understood;
  const text = question.normalize('NFKC').toLowerCase();
  const qualifies = (whole: EntityMention, part: EntityMention): boolean => {
    const at = text.indexOf(whole.surface.toLowerCase());
    return at >= 0 && text.slice(at + whole.surface.length).replace(OWNER_JOIN, '').startsWith(part.surface.toLowerCase());
  };
  const within = (part: EntityMention, whole: EntityMention): boolean => whole.id !== part.id && aliases.withDescendants(whole.id).includes(part.id);
  const dropped = understood.entities.map((mention) => understood.entities.some((other) => within(mention, other) && !qualifies(other, mention))
    || understood.entities.some((other) => within(other, mention) && qualifies(mention, other)));
  if (!dropped.some(Boolean)) return understood;
  return { ...understood, entities: understood.entities.filter((_, i) => !dropped[i]), entityWords: understood.entityWords.filter((_, i) => !dropped[i]) };
}

/** What stands between an owner and what it owns: nothing, a possessive, 的, a demonstrative or 下属 (国防部那个联合人工智能中心). */
const OWNER_JOIN = /^(?:['’]s)?(?:\s*own)?\s*(?:的)?\s*(?:那个|这个|那家|这家|旗下的?|下属的?|下面的?)?\s*/u;

/**
 * A mention whose words name several entries (国务院) stands for the one that acts beside another entity the question
 * names ("白宫/国务院 vs 国防部": the State Department, which acts beside the White House), else for the one whose own
 * items the question's other words reach first (国务院发布的规划: China's State Council; 国务院和国防部都在污名化: the
 * State Department), else for the first.
 */
function inCompany(mention: EntityMention, understood: UnderstoodQuestion,
  { actsWith, index }: { actsWith: ReadonlyMap<string, ReadonlySet<string>>; index: SearchIndex }, aliases: AliasTable): EntityMention {
  if (!mention.alternatives) return mention;
  const others = understood.entities.filter((m) => m !== mention).flatMap((m) => aliases.withDescendants(m.id));
  const keeps = (id: string): boolean => aliases.withDescendants(id).some((own) => others.some((other) => actsWith.get(own)?.has(other)));
  const candidates = [mention.id, ...mention.alternatives];
  const chosen = candidates.find(keeps) ?? reachedByWords(candidates, understood, index, aliases);
  const kind = chosen ? aliases.get(chosen)?.kind : undefined;
  return chosen && chosen !== mention.id && kind ? { ...mention, id: chosen, kind } : mention;
}

/** Of several entries, the one that acts in the item the question's other words alone reach first. */
function reachedByWords(candidates: readonly string[], understood: UnderstoodQuestion, index: SearchIndex, aliases: AliasTable): string | undefined {
  if (understood.termGroups.length === 0) return undefined;
  const found = index.search({ termGroups: understood.termGroups, entityGroups: [], filter: understood.filter, limit: AMBIGUOUS_NAME_REACH })
    .hits.filter((hit) => hit.kind === 'item').map((hit) => hit.id);
  const firstReached = (id: string): number => {
    const own = new Set(index.list({ actors: aliases.withDescendants(id) }, 0, Number.MAX_SAFE_INTEGER).ids);
    const at = found.findIndex((hit) => own.has(hit));
    return at < 0 ? Infinity : at;
  };
  const ranked = candidates.map((id) => ({ id, at: firstReached(id) })).sort((a, b) => a.at - b.at);
  return ranked[0] && ranked[0].at < (ranked[1]?.at ?? Infinity) ? ranked[0].id : undefined;
}

/**
 * The words of the paper's headings over the sections that discuss one administration alone, as search ideas, and the
 * section that opens the paper's account of it (a heading with no subsection), as the reference its items carry.
 */
function administrationHeadings(passages: readonly Passage[], aliases: AliasTable, vocabulary: Vocabulary): (administration: string) => AdministrationHeadings {
  const byAdministration = new Map<string, AdministrationHeadings>();
  return (administration) => {
    let ideas = byAdministration.get(administration);
    if (!ideas) {
      const own = passages.filter((p) => passageAdministrations(p.id).join() === administration);
      const headings = [...new Set(own.flatMap((p) => [p.section.en, p.section.zh]))].join('\n');
      const opening = [...new Set(own.map((p) => p.section.zh).filter((heading) => !heading.includes(' / ')))]
        .map((heading): TermGroup => ({ text: heading, terms: [headingRef(heading)], need: 1, alternatives: [], proper: false, specificity: 1 }));
      ideas = { words: understandQuestion(headings, aliases, vocabulary).termGroups, opening, sections: new Set(own.map((p) => headingRef(p.section.zh))) };
      byAdministration.set(administration, ideas);
    }
    return ideas;
  };
}

/** The question read with the acronyms the store spells out: one spelled in a single way beside it, one spelled in several known. */
function understoodWithAcronyms(question: string, acronyms: AcronymTable, index: SearchIndex, data: { aliases: AliasTable; vocabulary: Vocabulary }): UnderstoodQuestion {
  const known = (acronym: string): boolean => index.wordShare(indexTokens(acronym)) > 0;
  const understood = understandQuestion(acronyms.spell(question, known), data.aliases, data.vocabulary);
  const ambiguous = new Set(acronyms.ambiguous(question, known));
  // Nothing spells it out, so nothing of its own is required: an empty spelled-out form is met.
  return ambiguous.size === 0 ? understood
    : { ...understood, termGroups: understood.termGroups.map((group) => (ambiguous.has(group.text) ? { ...group, spelledOut: [] } : group)) };
}

/** A timeline's steps, each with the item that tells it, when the question names them one by one. */
function stepsOf(kind: QuestionKind, question: string, index: SearchIndex, aliases: AliasTable, vocabulary: Vocabulary): { stepLeads?: string[] } {
  const leads = kind === 'timeline' ? stepLeads(question, index, aliases, vocabulary) : [];
  return leads.length > 0 ? { stepLeads: leads } : {};
}

/** The question's words, each that neither the store nor English knows read as the store's word a slip of the keyboard away. */
const spelled = (understood: UnderstoodQuestion, index: SearchIndex): TermGroup[] =>
  understood.termGroups.map((group) => withSpelling(group, (term) => index.wordShare([term]) > 0));

/**
 * The passage of the paper an answer follows: the first hit, or for a list, which may be one the paper gives in a
 * passage, the closest passage among the first hits.
 */
function leadingPassage(question: string, hits: readonly RetrievalHit[], kind: QuestionKind, passageById: ReadonlyMap<string, Passage>): Passage | undefined {
  // A list of what the paper points to under a term it develops ('cheap signals') is the list that term's passage gives;
  // asked about the term, the answer follows that passage too.
  const listLike = kind === 'list' || kind === 'timeline';
  const home = homesOfQuotedTerms(question, hits.slice(0, QUOTED_HOME_REACH), passageById)[0];
  // A story the paper tells is in the passage that meets the question best.
  const near = hits.slice(0, PAPER_LIST_REACH).filter((h) => h.kind === 'passage');
  const closest = kind === 'timeline' ? [...near].sort((a, b) => b.coverage - a.coverage)[0] : near[0];
  const passage = home ?? (listLike ? closest : hits[0]?.kind === 'passage' ? hits[0] : undefined);
  return passage ? passageById.get(passage.id) : undefined;
}

const withoutAdministrations = ({ administrations: _, ...rest }: ItemFilter): ItemFilter => rest;
/**
 * The search with the frames it may set aside, and the filter kept: the administration named as a document's owner or
 * spoken of by the person asked about, the dates of a claim being checked.
 */
function searchSettingFramesAside(index: SearchIndex, question: string, { people, ...query }: SearchQuery & { people: NamedEntity[] }, filter: ItemFilter,
  first: SearchResult): { result: SearchResult; filter: ItemFilter } {
  // Asked what a person who acts under no administration the question names said ("Horowitz's view of the Biden
  // administration's coordination with allies", written before it took office): the administration is what they spoke of.
  const administrations = query.filter.administrations ?? [];
  const spokeOf = administrations.length > 0 && people.length > 0 && people.every((person) => index.list({ people: person.ids, administrations }, 0, 0).total === 0
    && index.list({ people: person.ids }, 0, 0).total > 0);
  const owned = spokeOf ? { result: index.search({ ...query, filter: withoutAdministrations(query.filter) }), unframed: true } : searchOwnedDocument(index, question, query, first);
  const claim = searchCheckedClaim(index, question, query, owned.result);
  const kept = claim.undated ? withoutDates(filter) : filter;
  return { result: claim.result, filter: owned.unframed ? withoutAdministrations(kept) : kept };
}

/**
 * Items an answer may read beside its best one, whether or not the question's words reach them: those the paper reads
 * in the same section, and for a timeline over a few months ("what came out in February 2019") whatever is dated in them.
 */
function readBeside(index: SearchIndex, understood: UnderstoodQuestion, best: string | undefined, leading: Passage | undefined): string[] {
  // What someone said or did is read beside the actions of its section too (a minister's pitch beside the stance it turned).
  const aboutOne = understood.kind === 'reading' || understood.kind === 'fact' || understood.kind === 'timeline' || understood.kind === 'person';
  const sameSection = best && aboutOne ? index.readInSameSection(best, SECTION_LIMIT) : [];
  // A passage that leads tells some actions: they are read beside it, whether or not the question's words reach them.
  const told = leading && (understood.kind === 'reading' || understood.kind === 'fact' || understood.kind === 'list' || understood.kind === 'timeline') ? index.toldInSection(leading.section.zh, SECTION_LIMIT) : [];
  // A story over a few weeks, or between two dated steps, may go on with whatever else the period holds.
  const bounded = understood.kind === 'timeline' && (isShortPeriod(understood.filter, SHORT_PERIOD_DAYS) || (understood.filter.from && understood.filter.to));
  const sameWeeks = bounded ? everyItemIn(index, understood.filter, 3 * SECTION_LIMIT).map((h) => h.id) : [];
  return [...new Set([...sameSection, ...told, ...sameWeeks])];
}

/** Who acts in the item, with its instrument, and beside whom. */
function recordDoers(item: PolicyItem, acting: Map<string, Set<string>>, actsWith: Map<string, Set<string>>): void {
  const doers = [...item.actors, ...item.people];
  for (const id of doers) {
    acting.set(id, (acting.get(id) ?? new Set()).add(item.instrument));
    const beside = actsWith.get(id) ?? new Set<string>();
    for (const other of doers) if (other !== id) beside.add(other);
    actsWith.set(id, beside);
  }
}

/**
 * Another country's bodies named like US ones, and bodies the store never writes (外交部: the US one is 国务院, and the
 * store has no word of China's): the store cannot tell what they did.
 */
function bodiesNotHeld(understood: UnderstoodQuestion, unknownNames: readonly string[], index: SearchIndex): { unknownNames: string[]; foreignBodies: string[] } {
  const unwritten = understood.bodiesOutsideTable.filter((body) => indexTokens(body).some((token) => index.wordShare([token]) === 0));
  const foreignBodies = [...understood.foreignBodies, ...unwritten];
  return { unknownNames: [...unknownNames, ...foreignBodies], foreignBodies };
}

/** A timeline's story the paper tells in one passage, or the paper's thesis asked as a choice between its readings, leads. */
function storyOrThesis(index: SearchIndex, query: SearchQuery, searched: SearchResult,
  { question, understood, entities, passageById }: { question: string; understood: UnderstoodQuestion; entities: readonly NamedEntity[]; passageById: ReadonlyMap<string, Passage> }): SearchResult {
  return understood.kind === 'timeline' ? withStoryPassage(index, query, searched) : { ...searched, hits: withThesisFirst(question, understood, entities, searched.hits, passageById) };
}

/**
 * A story asked over dates may be one the paper tells in a passage, which has no date of its own: the passage that
 * meets the question clearly better than any action joins the hits after the closest action.
 */
function withStoryPassage(index: SearchIndex, query: SearchQuery, result: SearchResult): SearchResult {
  if (!query.filter.from && !query.filter.to) return result;
  const best = Math.max(0, ...result.hits.filter((h) => h.kind === 'item').map((h) => h.coverage));
  // An action that meets nearly all of the question leaves no passage room to meet it clearly better: no search.
  if (best * STORY_MARGIN >= 1) return result;
  const story = index.search({ ...query, filter: withoutDates(query.filter), limit: STORY_REACH }).hits
    .find((h) => h.kind === 'passage' && h.entitiesMatched && h.coverage > STORY_MARGIN * best);
  return story ? { ...result, hits: [...result.hits.slice(0, 1), story, ...result.hits.slice(1).filter((h) => h.id !== story.id)] } : result;
}
const [STORY_REACH, STORY_MARGIN] = [10, 1.1];

/** The indicators of the paper's readings a question names, by their index terms. */
/** How many items outside a period named with a thing ("2020年国情咨文") may show the thing is held in another year. */
const OUTSIDE_PERIOD_ITEMS = 5;

/** The items the question finds best with its dates set aside, when it names something with a year. */
function outsidePeriod(index: SearchIndex, question: string, query: SearchQuery): { outsidePeriod?: string[] } {
  if (!(query.filter.from || query.filter.to) || !namesYearInstance(question)) return {};
  const found = index.search({ ...query, filter: withoutDates(query.filter), limit: OUTSIDE_PERIOD_ITEMS }).hits;
  return { outsidePeriod: found.filter((hit) => hit.kind === 'item').map((hit) => hit.id) };
}

function indicatorsNamed(understood: UnderstoodQuestion): { indicators?: string[] } {
  const prefix = indicatorRef('');
  const indicators = [...new Set(understood.termGroups.flatMap((g) => g.alternatives).filter((term) => term.startsWith(prefix)).map((term) => term.slice(prefix.length)))];
  return indicators.length > 0 ? { indicators } : {};
}

/** Every item a filter admits, as hits that meet the whole question: it asks for nothing else. */
function everyItemIn(index: SearchIndex, filter: ItemFilter, limit: number): RetrievalHit[] {
  const { ids } = index.list(filter, 0, limit);
  return ids.map((id, at) => ({ id, kind: 'item', score: ids.length - at, coverage: 1, specificCoverage: 1, topicCoverage: 1, rarestMatched: true,
    entitiesMatched: true, entityMatches: [], namesMatched: 1, nameMatches: [] }));
}

