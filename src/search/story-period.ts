import type { AliasTable } from '../core/alias-table.js';
import { hasFilter } from '../core/filters.js';
import type { ItemFilter } from '../core/ports.js';
import type { Vocabulary } from '../core/vocabulary.js';
import { eventSpan, spanEnds } from './question-filters.js';
import type { SearchIndex } from './search-index.js';
import { understandQuestion, type EntityMention, type UnderstoodQuestion } from './understand-question.js';
import { isEveryday } from './word-specificity.js';

/** The filter field that holds each kind of name. */
export const ENTITY_FILTER = { actor: 'actors', person: 'people', target: 'targets' } as const;
/** How close to the best item another must score to mark the same end of a story ("华为之争": every Huawei item). */
const END_TIE = 0.8;
/** How far down the items on a story's subject an end's own item may stand. */
const SUBJECT_REACH = 30;

/**
 * The period a story runs over: between two undated events, when its ends can be read and hold what it names; up to a
 * dated event that ends it, that event's day.
 */
export function storyPeriod(index: SearchIndex, question: string, understood: UnderstoodQuestion,
  { aliases, vocabulary }: { aliases: AliasTable; vocabulary: Vocabulary }): ItemFilter {
  const { filter } = understood;
  if (hasFilter(filter)) return { ...filter, ...datedEventEnds(index, question, { aliases, vocabulary }) };
  return { ...filter, ...heldPeriod(eventBoundedPeriod(index, question, understood, { aliases, vocabulary }), understood, index, aliases) };
}

/** The names a text gives that narrow a search (not China), each with its own words, searchable as entity groups. */
function uncommonNames(words: Pick<UnderstoodQuestion, 'entities' | 'entityWords'>, aliases: AliasTable, index: SearchIndex,
  keep: (mention: EntityMention) => boolean = () => true): Array<{ ids: string[]; words: string[] }> {
  return words.entities.flatMap((e, i) => (keep(e) && !index.isCommon([e.id]) ? [{ ids: aliases.withDescendants(e.id), words: words.entityWords[i] ?? [] }] : []));
}

/** How much of an end's words its event must meet to date the end. */
const END_COVERAGE = 0.5;

/**
 * "自2016年沃克表态至2021年…最终报告": the last end names an event in its year; the story stops on that event's day, not at
 * the year's end (what came after the final report in 2021 is not part of it). A story that goes on past it (再到…, then …)
 * keeps the year.
 */
function datedEventEnds(index: SearchIndex, question: string, { aliases, vocabulary }: { aliases: AliasTable; vocabulary: Vocabulary }): ItemFilter {
  const end = spanEnds(question)?.[1];
  const text = question.normalize('NFKC');
  if (!end || GOES_ON.test(text.slice(text.indexOf(end)))) return {};
  const words = understandQuestion(end, aliases, vocabulary);
  const entityGroups = uncommonNames(words, aliases, index);
  if (!words.filter.from || (words.termGroups.length === 0 && entityGroups.length === 0)) return {};
  const found = index.search({ termGroups: words.termGroups, entityGroups, filter: words.filter, limit: 3 });
  const best = found.hits.find((h) => h.kind === 'item');
  // An end with words the store does not know (国安委) may name an event it does not hold: the year stays.
  const span = best && found.unknownShare === 0 && best.coverage >= END_COVERAGE && best.entitiesMatched ? index.spanOf(best.id) : undefined;
  return span ? { to: span.end } : {};
}

/** A story that names further steps after its end: 再到, 然后, "then", "and on to". */
const GOES_ON = /再到|然后|接着|之后又|\bthen\b|\band (?:on )?to\b/iu;

/**
 * A story from one event to another, neither dated ("国务院出规划以后…一路到特朗普签AI行政令", "from the State of the
 * Union to the DoD strategy"), runs from the day the first happened to the day the last did: each end is the item its
 * words alone find first.
 */
function eventBoundedPeriod(index: SearchIndex, question: string, understood: UnderstoodQuestion, { aliases, vocabulary }: { aliases: AliasTable; vocabulary: Vocabulary }): ItemFilter {
  const ends = eventSpan(question);
  if (!ends) return {};
  // The names the question gives outside its ends are what the story follows ("DJI drones, from the Pentagon's initial
  // prohibition through Interior's grounding order"): an end is that name's step, when one matches it.
  const subject = uncommonNames(understood, aliases, index, (e) => !ends.some((end) => end.includes(e.surface)));
  // An end that several items match as well as each other (华为之争) spans them all.
  const [first, last] = ends.map((end) => {
    const words = understandQuestion(end, aliases, vocabulary);
    const entityGroups = uncommonNames(words, aliases, index);
    // An end told in everyday words ("something the US signed on to") names no event.
    if (entityGroups.length === 0 && words.termGroups.every((g) => !g.proper && isEveryday(g.specificity))) return [];
    const search = (groups: typeof entityGroups, limit: number) => index.search({ termGroups: words.termGroups, entityGroups: groups, filter: {}, limit }).hits
      .filter((h) => h.kind === 'item');
    const plain = search(entityGroups, 5);
    // Of the items the end's own words find, those on the subject mark it.
    const onSubject = new Set(subject.length > 0 ? search([...entityGroups, ...subject], SUBJECT_REACH).filter((h) => h.entitiesMatched).map((h) => h.id) : []);
    const items = plain.some((h) => onSubject.has(h.id)) ? plain.filter((h) => onSubject.has(h.id)) : plain;
    const [best] = items;
    return items.filter((h) => best && h.coverage >= best.coverage && h.score >= END_TIE * best.score).flatMap((h) => index.spanOf(h.id) ?? []);
  });
  const from = first?.map((span) => span.start).sort()[0];
  const to = last?.map((span) => span.end).sort().at(-1);
  return from && to && from <= to ? { from, to } : {};
}

/**
 * A period read from a story's two ends holds the actions on the names the question gives ("How did GPAI go from a G7
 * topic to something Washington backed?"): when none of them falls in it, the ends were misread and the story is the
 * names' whole course.
 */
function heldPeriod(period: ItemFilter, understood: UnderstoodQuestion, index: SearchIndex, aliases: AliasTable): ItemFilter {
  if (!period.from || !period.to) return period;
  const named = understood.entities.filter((e) => !index.isCommon(aliases.withDescendants(e.id)));
  const holds = (entity: EntityMention): boolean => index.list({ [ENTITY_FILTER[entity.kind]]: aliases.withDescendants(entity.id), from: period.from, to: period.to }, 0, 1).total > 0;
  return named.length === 0 || named.every(holds) ? period : {};
}
