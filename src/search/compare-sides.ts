import type { AliasTable } from '../core/alias-table.js';
import type { Passage } from '../core/passage.js';
import type { NamedEntity, RetrievalHit, RetrievalSide } from '../core/ports.js';
import { COMMON_ENTITY_SHARE, type SearchIndex, type SearchQuery, type TermGroup } from './search-index.js';
import { administrationNamed } from './question-filters.js';
import { ENTITY_FILTER } from './story-period.js';
import { indexTokens, isHan, stem } from './text-tokens.js';
import type { UnderstoodQuestion } from './understand-question.js';
import { isEveryday } from './word-specificity.js';
import { withoutDates } from '../core/filters.js';

/** How many hits each side of a comparison searches for: a side shows its two closest items. */
const SIDE_LIMIT = 40;

/** How many of the items a section tells an idea's side may draw on. */
const TOLD_LIMIT = 12;
/** How rare a capitalised word or long Chinese word must be to stand as a side of a comparison by itself. */
const RARE_NAME = 0.9;

/**
 * Each side's words, where each side is written with words of its own ("国防部2019年人工智能战略与空军的《数字化空军》
 * 白皮书"): a side leaves out the words written only with the other. Where one side is its name alone ("商务部和国防部
 * 在中芯国际上的立场"), every word is the matter both are compared on: undefined.
 */
function ownWords(question: string, mentions: UnderstoodQuestion['entities'], [a, b]: [number, number], groups: readonly TermGroup[]): Map<number, TermGroup[]> | undefined {
  const text = question.normalize('NFKC').toLowerCase();
  const at = (i: number) => {
    const surface = (mentions[i]?.surface ?? '').normalize('NFKC').toLowerCase();
    const start = surface ? text.indexOf(surface) : -1;
    return { i, start, end: start + surface.length };
  };
  const [first, second] = [at(a), at(b)].sort((x, y) => x.start - y.start) as [ReturnType<typeof at>, ReturnType<typeof at>];
  if (first.start < 0 || second.start < first.end) return undefined;
  const [firstWords, secondWords] = [text.slice(first.end, second.start), text.slice(second.end)];
  const onlyIn = (region: string, other: string) => groups.filter((g) => region.includes(g.text) && !other.includes(g.text));
  const [firstOwn, secondOwn] = [onlyIn(firstWords, secondWords), onlyIn(secondWords, firstWords)];
  if (firstOwn.length === 0 || secondOwn.length === 0) return undefined;
  return new Map([[first.i, groups.filter((g) => !secondOwn.includes(g))], [second.i, groups.filter((g) => !firstOwn.includes(g))]]);
}

/** What the paper's headings say of one administration: their words, and its opening section as a search idea. */
export interface AdministrationHeadings { words: TermGroup[]; opening: TermGroup[]; sections: ReadonlySet<string> }

/**
 * Which two of a question's names are compared: those its wording sets side by side, else the first two of one kind
 * ("Defense and Interior on DJI" compares two actors over a target), else the first two that may be sides at all.
 */
function comparedPair(entities: NamedEntity[], worded: [number, number] | undefined, matters: readonly number[] = []): [number, number] | undefined {
  // What the wording sets side by side ("X vs Y", "法国加拿大和白宫"), when they are of one kind ("Commerce under Trump vs
  // under Biden, on China" sets two administrations side by side, not Commerce and China).
  if (worded && worded.every((i) => entities[i] !== undefined) && entities[worded[0]]?.kind === entities[worded[1]]?.kind) return worded;
  // Else two names of one kind, neither of them what the other acts on ("白宫对GPAI" compares the White House with itself
  // over time) nor the store's subject (China).
  // A body the store often names (the Pentagon) is still a side; only what the store is about (China) is not.
  const sides = entities.flatMap((e, i) => (matters.includes(i) || (e.common && e.kind !== 'actor') ? [] : [i]));
  // Names run together ("the White House / State Dept") stand on one side: the other is a name apart from them.
  const apart = (i: number, j: number): boolean => entities[i]?.run === undefined || entities[i]?.run !== entities[j]?.run;
  for (const together of [false, true]) {
    for (const [at, i] of sides.entries()) {
      for (const j of sides.slice(at + 1)) if (entities[i]?.kind === entities[j]?.kind && (together || apart(i, j))) return [i, j];
    }
  }
  if (sides.length >= 2) return [sides[0] as number, sides[1] as number];
  // Two things one subject acts on, and no other side ("美国对OECD原则和对GPAI的态度"): they are what is compared.
  const acted = matters.filter((i) => entities[i] !== undefined && !entities[i]?.common);
  const [a, b] = acted;
  return sides.length === 0 && a !== undefined && b !== undefined && entities[a]?.kind === entities[b]?.kind ? [a, b] : undefined;
}

/**
 * Each side of a comparison searched on its own: the question's topic with that side's entity (the other side's
 * left out) or that side's administration as the filter. One search over both sides ranks the side the topic
 * words favour first and can crowd the other out of the hits.
 */
export function searchSides(index: SearchIndex, query: SearchQuery, entities: NamedEntity[], question: string,
  { headingTopics, passageById }: { headingTopics: (administration: string) => AdministrationHeadings; passageById: ReadonlyMap<string, Passage> },
  { sides: worded, matters, sideMates, entities: mentions }: Pick<UnderstoodQuestion, 'sides' | 'matters' | 'sideMates' | 'entities'>,
  against?: string): [RetrievalSide, RetrievalSide] | undefined {
  const search = (q: SearchQuery) => index.search({ ...q, limit: SIDE_LIMIT }).hits;
  const single = entities.findIndex((e) => !e.common);
  if (against && single >= 0) {
    // The name over all dates, and the administration's actions on the question's matter without it.
    return [{ kind: 'entity', entity: entities[single] as NamedEntity, hits: search(query) }, { kind: 'administration', administration: against,
      hits: search({ ...query, entityGroups: query.entityGroups.filter((_, i) => i !== single), filter: { ...query.filter, administrations: [against] } }) }];
  }
  const [x, y] = query.filter.administrations ?? [];
  // The sides are told in the order the question names them.
  const at = (i: number): number => question.normalize('NFKC').toLowerCase().indexOf((mentions[i]?.surface ?? '').toLowerCase());
  const found = comparedPair(entities, worded, matters)?.sort((a, b) => at(a) - at(b)) as [number, number] | undefined;
  // Beside two administrations, two names that both act under the same one alone ("Trump-era vs Biden-era … (OECD/GPAI
  // vs TTC)") are what one side did: the administrations are the sides.
  const actsUnder = (entity: NamedEntity): string[] => [x, y].flatMap((administration) => administration
    && index.list({ [ENTITY_FILTER[entity.kind]]: entity.ids, administrations: [administration] }, 0, 1).total > 0 ? [administration] : []);
  const oneSide = (pairing: [number, number]): boolean => {
    const [a, b] = pairing.map((i) => actsUnder(entities[i] as NamedEntity));
    return a?.length === 1 && b?.length === 1 && a[0] === b[0];
  };
  const pair = found && x && y && oneSide(found) ? undefined : found;
  if (pair) {
    // Each side with the names written tight against it ("白宫国务院跟国防部"), when the pair is the one the wording shows.
    const matesOf = (i: number): number[] => (worded && sideMates ? (worded[0] === i ? sideMates[0] : worded[1] === i ? sideMates[1] : []) : []);
    const partyOf = (i: number): number[] => [i, ...matesOf(i)];
    const groupOf = (i: number): SearchQuery['entityGroups'][number] => {
      const groups = partyOf(i).flatMap((j) => query.entityGroups[j] ?? []);
      return { ids: [...new Set(groups.flatMap((g) => g.ids))], words: [...new Set(groups.flatMap((g) => g.words))] };
    };
    // The side's own party first, the other side's name left out, any further names (the matter compared) kept; the
    // words written with the other side only left out too, where each side has words of its own.
    const words = ownWords(question, mentions, pair, query.termGroups);
    const sideQuery = (own: number, other: number): SearchQuery => ({ ...query, ...(words ? { termGroups: words.get(own) as TermGroup[] } : {}),
      entityGroups: [groupOf(own), ...[...query.entityGroups.keys()].filter((i) => !partyOf(own).includes(i) && i !== other)
        .map((i) => query.entityGroups[i] as SearchQuery['entityGroups'][number])] });
    const sideEntity = (i: number): NamedEntity => {
      const entity = entities[i] as NamedEntity;
      const mates = matesOf(i).flatMap((j) => entities[j] ?? []);
      return mates.length === 0 ? entity : { ...entity, ids: [...new Set([...entity.ids, ...mates.flatMap((m) => m.ids)])], party: mates.map((m) => m.id) };
    };
    // A date may belong to one side only ("沃克2016年说的…和NSCAI最终报告…"): a side with nothing of its own in the
    // period is searched over all dates.
    const sideHits = (own: number, other: number): RetrievalHit[] => {
      const hits = search(sideQuery(own, other));
      return hits.some((h) => h.entityMatches[0]) || (!query.filter.from && !query.filter.to) ? hits : search({ ...sideQuery(own, other), filter: withoutDates(query.filter) });
    };
    const [a, b] = pair;
    return [{ kind: 'entity', entity: sideEntity(a), hits: sideHits(a, b) }, { kind: 'entity', entity: sideEntity(b), hits: sideHits(b, a) }];
  }
  // Two ideas and nothing else to tell the sides apart ("结构论和互动论有何分歧"), or two words that each name one
  // heading of the paper ("the 'structural' view vs the 'interaction' view …"): each idea is a side.
  const headed = [...new Map(query.termGroups.flatMap((g) => {
    // A school's adherent ("structuralist") names the heading its view's word does ("The Structural View").
    const heading = index.headingOf(g.terms) ?? (g.alternatives.length > 0 ? index.headingOf(g.alternatives) : undefined);
    return heading ? [[heading, g] as const] : [];
  })).values()];
  // Only when it names nothing else: with a name, two words are what is asked of it ("白宫对GPAI…后来转向了").
  const named = entities.some((e) => !e.common);
  // Or, among everyday words, two names the store does not know as entries ("米尔斯海默那一派和华尔兹那一派…"): each is a side.
  const rareNames = query.termGroups.filter((g) => g.proper && g.specificity >= RARE_NAME);
  const ideas = named ? [] : query.termGroups.length === 2 && query.termGroups.every((g) => !isEveryday(g.specificity)) ? query.termGroups
    : headed.length === 2 ? headed : rareNames.length === 2 ? rareNames : [];
  const byIdea = (own: TermGroup[], label: string): RetrievalSide => {
    const hits = search({ ...query, termGroups: own });
    // The section that discusses the idea tells the actions and writings that stand for it.
    const discussion = passageById.get(hits.find((h) => h.kind === 'passage')?.id ?? '');
    const heading = own.some((g) => (index.headingOf(g.terms) ?? (g.alternatives.length > 0 ? index.headingOf(g.alternatives) : undefined)) !== undefined);
    return { kind: 'idea', label, hits, told: discussion ? index.toldInSection(discussion.section.zh, TOLD_LIMIT) : [], heading };
  };
  const [first, second] = ideas;
  if ((!x || !y) && first && second) return [byIdea([first], surfaceOf(question, first.text)), byIdea([second], surfaceOf(question, second.text))];
  const phrases = (!x || !y) && !named ? phraseSides(question, query.termGroups) : undefined;
  if (phrases) return [byIdea(phrases[0].groups, phrases[0].label), byIdea(phrases[1].groups, phrases[1].label)];
  if (!x || !y) return undefined;
  const under = (administration: string): RetrievalSide => {
    const filter = { ...query.filter, administrations: [administration] };
    const hits = search({ ...query, filter });
    // Two administrations and no matter that finds their actions ("特朗普和拜登的对华AI政策有何异同"): each side is
    // what the paper's own headings say of it, whose words reach the actions read under them.
    const matter = (g: TermGroup): boolean => {
      const share = index.wordShare(g.terms);
      return !isEveryday(g.specificity) && share > 0 && share <= COMMON_ENTITY_SHARE;
    };
    const topical = query.termGroups.some(matter) && hits.filter((h) => h.kind === 'item').length >= 2;
    if (topical) return { kind: 'administration', administration, hits };
    // The action its opening section reads first (Trump's AI executive order), then one action of each of its sections.
    const { words, opening, sections } = headingTopics(administration);
    const headed = [...search({ ...query, termGroups: opening, entityGroups: [], filter }), ...search({ ...query, termGroups: words, entityGroups: [], filter })]
      .filter((h) => h.kind === 'item');
    // The sections of the paper's account of it come before the actions of its term read elsewhere (in the literature, the conclusion).
    const own = (h: RetrievalHit): boolean => sections.has(index.sectionOf(h.id));
    const ordered = [...headed.filter(own), ...headed.filter((h) => !own(h))];
    return { kind: 'administration', administration, hits: onePerSectionFirst(index, ordered, own), headed: true };
  };
  return [under(x), under(y)];
}

/**
 * One name set against an administration it never acted under ("论文说商汤被制裁体现了啥？跟特朗普时期比有啥不同"): the
 * administration is the other side of the comparison, not a filter on the name, which would leave nothing of it.
 */
export function administrationAgainst(index: SearchIndex, understood: UnderstoodQuestion, aliases: AliasTable): string | undefined {
  const administrations = understood.filter.administrations ?? [];
  const named = understood.entities.filter((e) => !index.isCommon(aliases.withDescendants(e.id)));
  const [entity] = named;
  // A president set against another administration stands for their own: that comparison is of two administrations.
  if (understood.kind !== 'compare' || administrations.length !== 1 || named.length !== 1 || !entity || administrationNamed(entity.surface)) return undefined;
  const acts = index.list({ [ENTITY_FILTER[entity.kind]]: aliases.withDescendants(entity.id), administrations }, 0, 1).total > 0;
  const elsewhere = index.list({ [ENTITY_FILTER[entity.kind]]: aliases.withDescendants(entity.id) }, 0, 1).total > 0;
  return !acts && elsewhere ? administrations[0] : undefined;
}

/**
 * Hits with the first of each section the paper reads them in put ahead of the rest, each once; the first of the
 * sections that are the side's own (`own`), then the others of those, before any other section's.
 */
function onePerSectionFirst(index: SearchIndex, hits: readonly RetrievalHit[], own: (hit: RetrievalHit) => boolean): RetrievalHit[] {
  const unique = [...new Map(hits.map((h) => [h.id, h])).values()];
  const sections = new Set<string>();
  const leads = unique.filter((h) => {
    const section = index.sectionOf(h.id);
    if (!own(h) || sections.has(section)) return false;
    sections.add(section);
    return true;
  });
  return [...leads, ...unique.filter((h) => !leads.includes(h))].slice(0, SIDE_LIMIT);
}

/**
 * The words of the question an idea stands for, as typed: English ideas are stems ("structur" → "structural"), and a
 * Chinese idea keeps the characters that end its word (结构 → 结构论).
 */
function surfaceOf(question: string, idea: string): string {
  if (isHan(idea)) return new RegExp(`${idea}[^\\s，。？！、“”"和与跟及的]{0,2}`, 'u').exec(question)?.[0] ?? idea;
  for (const [word] of question.matchAll(/[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?/g)) if (stem(word.toLowerCase()) === idea) return word;
  return idea;
}

// Two phrases set against each other ("进攻性现实主义 vs 防御性现实主义", "offensive vs defensive realism"), each from the
// last break before the marker to the first after it.
const SET_AGAINST = /([^，,。？?；;:：—]{1,40}?)\s*(?:\bvs\.?|\bversus\b|对比|相对于)\s*([^，,。？?；;:：—]{1,40})/iu;
/** At most this many words of its own make a phrase a side: longer, it is a question of its own. */
const PHRASE_WORDS = 3;

/**
 * The sides of two phrases set against each other, when no names tell them apart: each side's own words (those only it
 * has, one at least not everyday) with the words both share.
 */
type PhraseSide = { groups: TermGroup[]; label: string };
function phraseSides(question: string, groups: readonly TermGroup[]): [PhraseSide, PhraseSide] | undefined {
  const [, left, right] = SET_AGAINST.exec(question.normalize('NFKC')) ?? [];
  if (!left || !right) return undefined;
  const inSpan = (span: string, group: TermGroup): boolean => (isHan(group.text) ? span.includes(group.text)
    : indexTokens(span).some((token) => group.terms.includes(token)));
  const shared = groups.filter((g) => inSpan(left, g) && inSpan(right, g));
  const own = [left, right].map((span, i) => groups.filter((g) => inSpan(span, g) && !inSpan(i === 0 ? right : left, g)));
  if (own.some((words) => words.length === 0 || words.length > PHRASE_WORDS || words.every((g) => isEveryday(g.specificity)))) return undefined;
  const side = (span: string, words: TermGroup[]): PhraseSide => ({ groups: [...words, ...shared], label: span.trim() });
  return [side(left, own[0] as TermGroup[]), side(right, own[1] as TermGroup[])];
}
