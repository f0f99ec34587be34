import { cite, splitSentences } from './answer-text.js';
import { partsAnnounced } from './counted-parts.js';
import { onTopic, provenanceSentence, readingSentence, summarySentences, titleLine, type ShapeContext } from './answer-lines.js';
import { driverLabel, indicatorLabel } from './labels.js';
import { dateInside, dateSpan, isShortPeriod, periodBounds, SHORT_PERIOD_DAYS } from './partial-date.js';
import type { Passage } from './passage.js';
import { namedIn, refersTo, type StoredItem } from './policy-item.js';
import type { NamedEntity, RetrievalHit } from './ports.js';
import { actionsTold, groundedIn, unreached } from './passage-grounding.js';
import { afterSameDayTold, contentUnreported } from './person-asked.js';
import { homesOfQuotedTerms, quotedTerms } from './quoted-terms.js';
import { toldByClosestPassage } from './story-passage.js';

/**
 * How many items a list or timeline shows before pointing to the full `events` listing: the closest few, so that a chat
 * answer stays short, or more when the question asks for all of them.
 */
const LIST_LINES = 5;
const ALL_LINES = 10;
const linesShown = (context: ShapeContext): number => (context.retrieval.exhaustive ? ALL_LINES : LIST_LINES);

export const itemOf = (context: ShapeContext, id: string): StoredItem => context.sources.items.get(id) as StoredItem;
const byDate = (a: StoredItem, b: StoredItem): number =>
  dateSpan(a.date).start.localeCompare(dateSpan(b.date).start) || a.date.length - b.date.length || a.id.localeCompare(b.id);

/** A fact or a person's doing: the lead item in full with the paper's reading, then at most two close items. */
export function factSentences(context: ShapeContext, aboutPaper: boolean): string[] {
  const { lead, hits, sources, refs, lang } = context;
  const close = onTopic(context, 0.8).filter((h) => h !== lead);
  const leadPassage = lead.kind === 'passage';
  // The paper's own discussion joins when asked about its argument, or when it matches the question at least as well.
  // A term the question quotes that the paper develops in a passage of its own ('cheap signals') brings that passage.
  const homes = leadPassage ? homesOfQuotedTerms(context.retrieval.topic, hits, sources.passages).filter((h) => h !== lead) : [];
  // Asked about the paper's argument on something it names ("大疆禁购…为什么看成安全困境"), the actions on that name join
  // too: where the leading passage itself tells actions on it, they take the place of a second passage.
  const names = context.retrieval.entities.filter((e) => !e.common);
  const named = names.length > 0;
  const leadText = leadPassage ? sources.passages.get(lead.id) : undefined;
  const leadTellsNamed = leadText !== undefined && aboutPaper && named && hits.some((h) => {
    const item = h.kind === 'item' ? sources.items.get(h.id) : undefined;
    return item !== undefined && names.some((e) => refersTo(item, e)) && groundedIn(item, [leadText]);
  });
  // A paragraph that announces its parts ("以下三方面") goes on with them.
  const parts = leadText ? partsAnnounced(leadText, sources.passages).map((p) => ({ ...unreached(p.id), kind: 'passage' as const })) : [];
  const passageHits = parts.length > 0 ? [lead, ...parts] : [...new Set([...(leadPassage ? [lead] : []), ...homes,
    ...close.filter((h) => h.kind === 'passage' && (aboutPaper || leadPassage || h.coverage >= lead.coverage))])].slice(0, leadTellsNamed ? 1 : 2);
  // A passage that leads is followed by the items it discusses (those grounded in it), then other close items.
  const passagesHit = passageHits.flatMap((h) => sources.passages.get(h.id) ?? []);
  const onNames = leadPassage && aboutPaper && named ? hits.slice(0, NAMED_REACH).filter((h) => h.kind === 'item' && h.entitiesMatched) : [];
  const toldByPassage = leadPassage ? [...(context.retrieval.readAlongside ?? []).filter((id) => !hits.some((h) => h.id === id))
    .flatMap((id) => sources.items.get(id) ?? []).filter((item) => groundedIn(item, passagesHit)).map((item) => unreached(item.id)),
  ...(context.retrieval.toldByLead ?? []).filter((id) => sources.items.has(id)).map((id) => hits.find((h) => h.id === id) ?? unreached(id))] : [];
  const shownBy = exemplars(context, leadText);
  const discussed = leadPassage ? [...hits.filter((h) => h.kind === 'item' && groundedIn(itemOf(context, h.id), passagesHit)), ...toldByPassage, ...onNames, ...shownBy] : [];
  const together = leadPassage ? [] : [...new Set([...discussedWith(context, itemOf(context, lead.id)), ...readInSamePassage(context, itemOf(context, lead.id))])];
  // Five documents in all: a passage that leads is followed by four items, an item by two more.
  const chosen = [...new Set([...(leadPassage ? [] : [lead]), ...discussed, ...close.filter((h) => h.kind === 'item'), ...together])].slice(0, leadPassage ? 4 : 3);
  // A story the paper tells in a passage goes on with its steps in date order.
  const itemHits = leadPassage && context.retrieval.kind === 'timeline'
    ? [...chosen].sort((a, b) => byDate(itemOf(context, a.id), itemOf(context, b.id))) : chosen;
  const passageSentences = (from = 0, to = passageHits.length): string[] => passageHits.slice(from, to).flatMap((hit) => {
    const passage = sources.passages.get(hit.id);
    return passage ? splitSentences(passage.gloss[lang]).map((s) => cite(s, refs.passage(passage))) : [];
  });
  const itemSentences = (from: number, to: number): string[] => itemHits.slice(from, to).flatMap((hit, i) => {
    const item = itemOf(context, hit.id);
    const n = refs.item(item);
    return from + i === 0 && !leadPassage ? [...summarySentences(item, n, lang), readingSentence(item, n, lang)] : [titleLine(item, n, lang)];
  });
  // Sentences are made in reading order, so citation numbers follow the markers.
  // A second passage (often the conclusion restating the point) follows the actions the first one tells.
  if (leadPassage && (context.retrieval.kind === 'reading' || onNames.length > 0)) return [...passageSentences(0, 1), ...readingsOfClosestItems(context, itemHits, [...toldByPassage, ...shownBy]), ...passageSentences(1)];
  if (leadPassage) return [...passageSentences(0, parts.length + 1), ...itemSentences(0, 4), ...passageSentences(parts.length + 1)];
  return [...itemSentences(0, 1), ...passageSentences(), ...itemSentences(1, 3)];
}

/**
 * A paragraph that sets out the paper's criteria ("霸主地位、意识形态主导权和国际规则制定权") is shown by the actions the
 * paper reads by them: the closest item read by each indicator in turn, in the paragraph's order.
 */
function exemplars(context: ShapeContext, passage: Passage | undefined): RetrievalHit[] {
  const indicators = passage?.indicators ?? [];
  const items = context.hits.filter((h) => h.kind === 'item');
  const found = indicators.flatMap((indicator) => items.find((h) => itemOf(context, h.id).reading?.indicators.includes(indicator)) ?? []);
  return [...new Set(found)];
}

/** How far down the hits an action on a name the question gives may join the paper's discussion of it. */
const NAMED_REACH = 8;

/**
 * The paper's criteria answer how it reads actions; the question's actions ("一再加码AI研发预算") are read by them:
 * after a passage, the closest items with their readings, then those it discusses.
 */
function readingsOfClosestItems(context: ShapeContext, discussed: RetrievalHit[], toldByPassage: readonly RetrievalHit[] = []): string[] {
  const { hits, refs, lang } = context;
  // Asked for one reading, an item reached only by the question's phrasing (none of its topic) is an example of that
  // reading only if the paper reads it so: the executive order is no sign of security-driven policy.
  const wanted = context.retrieval.driver;
  const named = context.retrieval.entities.some((e) => !e.common);
  const example = (h: RetrievalHit): boolean => !wanted || h.topicCoverage > 0 || (named && h.entitiesMatched)
    || [wanted, 'mixed'].includes(itemOf(context, h.id).reading?.driver ?? '');
  const items = hits.filter((h) => h.kind === 'item' && example(h));
  const best = Math.max(0, ...items.map((h) => h.coverage));
  const closest = items.filter((h) => h.coverage >= READ_CLOSENESS * best);
  const told = new Set<string>();
  // The closest actions the leading passage discusses come first when they hold the question's rarest word or a name it
  // gives ("840亿、AI Next这类…"); then what the passage tells, unreached by the question's words, which is what it speaks of.
  const closestDiscussed = discussed.filter((h) => closest.includes(h) && (h.rarestMatched || h.nameMatches.some(Boolean)));
  return [...new Map([...closestDiscussed, ...toldByPassage, ...closest, ...sameMatter(context), ...discussed].map((h) => [h.id, h])).values()].filter(example).slice(0, 4).flatMap((hit) => {
    const item = itemOf(context, hit.id);
    const n = refs.item(item);
    if (!item.reading) return [titleLine(item, n, lang)];
    // Two actions the paper reads in one breath share its argument: it is told once.
    const argument = splitSentences(item.reading.argument[lang])[0];
    const fresh = argument !== undefined && !told.has(argument);
    if (argument) told.add(argument);
    return [indicatorsLine({ ...item, reading: item.reading }, n, context), ...(fresh ? [cite(argument, n)] : [])];
  });
}
/**
 * The actions on the firm or product a question reads ("大疆禁令", "the DJI bans"): the paper reads them as one matter,
 * so its reading of one is told with the others.
 */
function sameMatter(context: ShapeContext): RetrievalHit[] {
  const targets = context.retrieval.entities.filter((e) => e.kind === 'target' && !e.common);
  if (targets.length === 0) return [];
  return context.hits.filter((h) => h.kind === 'item' && targets.some((target) => refersTo(itemOf(context, h.id), target)));
}

/** How close to the best item an item must come to have its reading told after the paper's criteria. */
const READ_CLOSENESS = 0.9;

/**
 * The paper discusses an action together with the others its passage grounds (the OECD principles and Kratsios's
 * keynote on them): those of them the question also reaches, best first.
 */
function discussedWith(context: ShapeContext, item: StoredItem): RetrievalHit[] {
  const home = homePassages(context, item);
  return context.hits.filter((h) => h.kind === 'item' && h.id !== item.id && h.coverage >= 0.4 * context.lead.coverage
    && groundedIn(itemOf(context, h.id), home));
}

/**
 * The actions the paper reads in the same passage as an item, whether or not the question reaches them: its reading of
 * one is made against the others (the Pentagon's principles against the NSCAI's call for others' restraint). Those the
 * question reaches first, then the closest in time.
 */
function readInSamePassage(context: ShapeContext, item: StoredItem): RetrievalHit[] {
  const home = homePassages(context, item);
  if (home.length === 0) return [];
  const reached = new Map(context.hits.map((h) => [h.id, h]));
  const start = (other: StoredItem): number => Date.parse(dateSpan(other.date).start);
  const distance = (other: StoredItem): number => Math.abs(start(other) - start(item));
  return (context.retrieval.readAlongside ?? []).flatMap((id) => context.sources.items.get(id) ?? [])
    .filter((other) => groundedIn(other, home))
    .sort((a, b) => (reached.get(b.id)?.coverage ?? 0) - (reached.get(a.id)?.coverage ?? 0) || distance(a) - distance(b))
    .map((other) => reached.get(other.id) ?? unreached(other.id));
}

/** The passages of the paper that hold an item's grounding passages. */
const homePassages = (context: ShapeContext, item: StoredItem): Passage[] =>
  [...context.sources.passages.values()].filter((p) => groundedIn(item, [p]));

/**
 * A list or timeline: every matching item in date order, one cited line each, and the rest as an `events` listing. A
 * long list gives its closest five first, in date order, then the further ones, in date order too: the closest are
 * not pushed down by older, looser matches. Items that only record that the paper cites someone come after the others.
 */
export function listSentences(context: ShapeContext): string[] {
  const { lang, refs, actions } = context;
  const list = context.retrieval.kind === 'list';
  const members = list ? listMembers(context)
    : toldByClosestPassage(context, withStepLeads(context, withPassageSteps(context, storyMembers(context))), { lines: LIST_LINES, hits: PAPER_LIST_REACH });
  const found = members.filter((h) => h.kind === 'item').map((h) => itemOf(context, h.id));
  // An item that only records that the paper cites someone's remarks gives way to those that tell what was done or said:
  // in a list to all of them, in a story to those of its own day (Blinken's remarks before Sullivan's, the same day).
  const matching = list ? [...found.filter((item) => !contentUnreported(item)), ...found.filter(contentUnreported)] : afterSameDayTold(found);
  const [closest, further] = list ? [matching.slice(0, LIST_LINES), matching.slice(LIST_LINES, linesShown(context))] : [matching.slice(0, linesShown(context)), []];
  const shown = [...closest.sort(byDate), ...further.sort(byDate)];
  // One line each, unless so few items match that there is room to say more of each.
  const perItem = shown.length <= 1 ? 3 : shown.length === 2 ? 2 : 1;
  const lines = (items: StoredItem[]) => items.flatMap((item) => summarySentences(item, refs.item(item), lang, perItem, context.retrieval.cues));
  // Markers are numbered as they are first given: the closest lines first.
  const sentences = lines(closest);
  const [next, ...after] = lines(further);
  if (next) sentences.push(`${lang === 'zh' ? '此外，' : 'Further: '}${next}`, ...after);
  // A list the question names nobody in may be one the paper gives in a passage: its other actions follow, a title each.
  const named = context.retrieval.entities.some((e) => !e.common && !e.peers);
  const alongside = list && !named
    ? toldInBestPassage(context).map((h) => itemOf(context, h.id)).filter((item) => !matching.includes(item)).slice(0, linesShown(context) - shown.length).sort(byDate) : [];
  sentences.push(...alongside.map((item) => titleLine(item, refs.item(item), lang)));
  const more = matching.length - shown.length;
  if (more > 0) actions.push({ label: lang === 'zh' ? `另有 ${more} 个条目` : `${more} more`, command: eventsCommand(context) });
  return sentences;
}

/**
 * A list is bounded by the names and the period it gives: every item of those names belongs, whatever else it
 * says; without names, items close to the best one do.
 */
/**
 * The passage among the first hits that develops a term the question quotes ('cheap signals'): a term of the paper's
 * argument, not the name of an action (“人工智能下一步”), which some item's title gives.
 */
function quotedHome(context: ShapeContext): RetrievalHit | undefined {
  const titles = context.hits.flatMap((h) => context.sources.items.get(h.id) ?? []).map((item) => `${item.title.en} ${item.title.zh}`.normalize('NFKC').toLowerCase());
  if (quotedTerms(context.retrieval.topic).some((term) => titles.some((title) => title.includes(term)))) return undefined;
  return homesOfQuotedTerms(context.retrieval.topic, context.hits.slice(0, QUOTED_HOME_REACH), context.sources.passages)[0];
}
/** How far down the hits a passage that develops a quoted term may stand. */
export const QUOTED_HOME_REACH = 8;
/** How many of a list's closest members a passage must discuss to be the list the paper gives. */
const PASSAGE_LIST_SHARED = 2;
/** How close to the best member another action of that passage must come to join. */
const TOLD_CLOSENESS = 0.5;

function listMembers(context: ShapeContext): RetrievalHit[] {
  // What the paper points to under a term it develops: the actions that term's passage discusses come first. So do
  // those of the passage that discusses several of the closest members, where they meet the question about as well:
  // the paper gives the list there.
  const members = membersOf(context);
  // Asked who, the people come first (membersOf).
  if (context.retrieval.asksWho) return members;
  const home = quotedHome(context) !== undefined;
  const best = Math.max(0, ...members.slice(0, LIST_LINES).map((h) => h.coverage));
  const told = toldInBestPassage(context).filter((h) => home || h.coverage >= TOLD_CLOSENESS * best);
  const first = new Set(members.slice(0, LIST_LINES).map((h) => h.id));
  const given = home || told.filter((h) => first.has(h.id)).length >= PASSAGE_LIST_SHARED;
  if (told.length < 2 || !given) return members;
  // The members it discusses keep their order, its other actions follow them, then the rest.
  const toldIds = new Set(told.map((h) => h.id));
  return [...new Map([...members.filter((h) => toldIds.has(h.id)), ...told, ...members].map((h) => [h.id, h])).values()];
}

function membersOf(context: ShapeContext): RetrievalHit[] {
  // A list of others than a name ("apart from the Navy, which services…") leaves out that name's own items.
  const setAside = context.retrieval.entities.filter((e) => e.peers);
  const others = (h: RetrievalHit): boolean => h.kind !== 'item' || !setAside.some((e) => refersTo(itemOf(context, h.id), e))
    || setAside.some((e) => (e.peers ?? []).some((peer) => namedIn(itemOf(context, h.id)).includes(peer)));
  const members = namedMembers(context).filter(others);
  // Asked who, the items where a named person speaks or acts come first ("五角大楼官员都有谁").
  if (!context.retrieval.asksWho) return members;
  const withPeople = (h: RetrievalHit): boolean => h.kind === 'item' && itemOf(context, h.id).people.length > 0;
  return [...members.filter(withPeople), ...members.filter((h) => !withPeople(h))];
}

function namedMembers(context: ShapeContext): RetrievalHit[] {
  const { hits, lead, retrieval } = context;
  const names = retrieval.entities.filter((e) => !e.common && !e.peers);
  // A list's members are told by how much of the question they meet: one action on eight firms scores eight firms'
  // worth on "哪些公司", and must not push out the actions on one firm each.
  // Asked for the actions the paper reads by an indicator it names ("霸主地位…哪些做法被拿来当证据"), those it reads so are members.
  const indicators = retrieval.indicators ?? [];
  const readBy = indicators.length === 0 ? [] : hits.filter((h) => h.kind === 'item' && h.coverage > 0
    && itemOf(context, h.id).reading?.indicators.some((indicator) => indicators.includes(indicator)));
  if (names.length === 0) {
    // Within a few months, an item dated only by its year says nothing of when in them it fell: those dated inside are the list.
    const inside = datedInside(context);
    const close = isShortPeriod(retrieval.filter, SHORT_PERIOD_DAYS) && inside.length > 0 ? inside
      : [...new Set([...onTopic(context, 0.6, LIST_SCORE_SHARE), ...inside])];
    // They fill a list the question's words leave short.
    return close.length >= LIST_LINES ? close : [...new Set([...close, ...readBy])];
  }
  // Of a name's items, those that act on it or are about it, not those that only mention it in passing. Names joined by
  // "and" or commas are alternatives ("商汤和中芯国际", "OECD and G20"); names apart are all wanted ("Commerce on Huawei").
  // When no item acts on names that far apart, names of one kind are alternatives too ("财政部在华为10%方案和商汤制裁里").
  const byRun = (name: NamedEntity, i: number): string => String(name.run ?? `alone ${i}`);
  const actingBy = (key: (name: NamedEntity, i: number) => string): { runs: string[]; acting: RetrievalHit[] } => {
    const runs = [...new Set(names.map(key))];
    const ofNames = (item: StoredItem): boolean => runs.every((run) => names.some((name, i) => key(name, i) === run && refersTo(item, name)));
    return { runs, acting: hits.filter((h) => h.kind === 'item' && ofNames(itemOf(context, h.id))) };
  };
  const together = actingBy(byRun);
  const { runs, acting } = together.acting.length > 0 ? together : actingBy((name) => name.kind);
  // A body that acts in few items is also met in those that name it in their own text ("at the NSCAI summit"), after
  // them; a firm named in passing ("in the same month as the SenseTime listing") is not acted on. With no item acting on
  // the names, the items that name them stand in.
  const mentioning = hits.filter((h) => h.kind === 'item' && h.entitiesMatched);
  const fewActing = acting.length < FEW_ACTING && names.every((name) => name.kind === 'actor');
  const named = acting.length === 0 ? mentioning : fewActing ? [...new Set([...acting, ...mentioning])] : acting;
  // Close to the lead overall, and near the best of them on the question's topic: naming the actor alone does not put
  // an item on a list about its budgets.
  const bestTopic = Math.max(0, ...named.map((h) => h.topicCoverage));
  // Each of several alternatives carries its share of the question: an item on one of two firms matches half its names.
  const share = runs.length / names.length;
  // Asked for all of a name's actions ("what has the USAF done … all of it"), the topic words are examples, not a filter.
  const members = context.retrieval.exhaustive && runs.length === 1 ? named
    : named.filter((h) => h.specificCoverage >= 0.5 * share * lead.specificCoverage && (h.topicCoverage > 0 || bestTopic < SLIGHT_TOPIC));
  return members.includes(lead) || members.length === 0 ? [lead, ...members.filter((h) => h !== lead)] : members;
}

/**
 * Below this share of the topic words met by the name's best item, no item meets the topic ("涉华人工智能及相关技术之
 * 举措": the domain's own words, that a few items echo): the topic words filter none of the name's actions out.
 */
const SLIGHT_TOPIC = 0.1;

/** How far down the hits a list looks for the paper's passage that gives it. */
export const PAPER_LIST_REACH = 3;

/**
 * The actions the paper tells in the passages that come closest to a list's question: the paper's own list, which may
 * run over consecutive paragraphs (the studies it reviews one paragraph after another).
 */
function toldInBestPassage(context: ShapeContext): RetrievalHit[] {
  const home = quotedHome(context);
  const passageHits = home ? [home] : context.hits.slice(0, PAPER_LIST_REACH).filter((h) => h.kind === 'passage');
  const passages = passageHits.flatMap((h) => context.sources.passages.get(h.id) ?? []);
  return passages.length === 0 ? [] : actionsTold(context, passages);
}

/** The share of the best score a list's member needs: lower than elsewhere, since coverage already bounds it. */
const LIST_SCORE_SHARE = 0.15;

/** Below this many items acting on a body, the items that name it join its list. */
const FEW_ACTING = 3;

/**
 * A list bounded by a period ("on 5 November 2019, which statements…") holds the items dated inside it that come as
 * close to the question as the lead, however little of it they match.
 */
function datedInside({ hits, lead, retrieval, sources }: ShapeContext): RetrievalHit[] {
  const bounds = periodBounds(retrieval.filter);
  if (!bounds.from && !bounds.to) return [];
  // Within a few months, an item less close to the question is still one of what happened then ("around December 2021").
  const closeness = isShortPeriod(retrieval.filter, SHORT_PERIOD_DAYS) ? 0.3 : 0.6;
  const close = (h: RetrievalHit): boolean => h.coverage >= closeness * lead.coverage;
  return hits.filter((h) => {
    const item = h.kind === 'item' ? sources.items.get(h.id) : undefined;
    return item !== undefined && close(h) && dateInside(item.date, bounds);
  });
}

/**
 * A timeline follows its subject through every step. Each name it gives is a thread of the story ("Xiaomi and
 * SenseTime", "from the G7 to GPAI"): an item on any of them belongs, acting on it or naming it, when it is close
 * enough to the question.
 */
function storyMembers(context: ShapeContext): RetrievalHit[] {
  const { hits, lead, retrieval } = context;
  const names = retrieval.entities.flatMap((e, i) => (e.common ? [] : [{ entity: e, i }]));
  // A name the store knows by its words, not as an entity (《美国人工智能倡议》), marks a step too: one end of the story.
  const named = hits.filter((h) => h !== lead && h.kind === 'item' && h.nameMatches.length > 0 && h.nameMatches.every(Boolean)
    && h.coverage >= 0.3 * lead.coverage);
  if (names.length === 0) return [...new Set([...onTopic(context, 0.6), ...named])];
  const onThread = (h: RetrievalHit): boolean => names.some(({ entity, i }) => h.entityMatches[i] === true || refersTo(itemOf(context, h.id), entity));
  // Within a period the question gives ("early 2019"), an item on the question's topic is a step too, whoever took it.
  const dated = Boolean(retrieval.filter.from || retrieval.filter.to);
  const onTopicInPeriod = (h: RetrievalHit): boolean => dated && h.topicCoverage > 0;
  return [lead, ...hits.filter((h) => h !== lead && h.kind === 'item' && h.coverage >= 0.3 * lead.coverage && (onThread(h) || onTopicInPeriod(h)))];
}

/** The steps the question names one by one come first, each told by its own item; then the rest of the story. */
function withStepLeads(context: ShapeContext, found: RetrievalHit[]): RetrievalHit[] {
  const steps = (context.retrieval.stepLeads ?? []).filter((id) => context.sources.items.has(id))
    .map((id) => context.hits.find((h) => h.id === id) ?? unreached(id));
  return [...new Map([...steps, ...found].map((h) => [h.id, h])).values()];
}

/**
 * A story needs steps: one that finds fewer than three goes on with the actions the paper tells in the lead's passage,
 * within its period, and, following no one in particular over a few months, with the others dated in them.
 */
function withPassageSteps(context: ShapeContext, found: RetrievalHit[]): RetrievalHit[] {
  if (context.lead.kind !== 'item') return found;
  const bounds = periodBounds(context.retrieval.filter);
  // A passage among the members is no dated step.
  const inPeriod = (h: RetrievalHit): boolean => h.kind === 'item' && dateInside(itemOf(context, h.id).date, bounds);
  // Over a few months, whatever is dated in them is a step of a story that follows no one in particular, and an item
  // dated only by its year says nothing of when in them it fell.
  const fewMonths = context.retrieval.entities.every((e) => e.common) && isShortPeriod(context.retrieval.filter, SHORT_PERIOD_DAYS);
  const members = fewMonths && found.some(inPeriod) ? found.filter(inPeriod) : found;
  const steps = readInSamePassage(context, itemOf(context, context.lead.id)).filter((h) => inPeriod(h));
  // Between two ends the question names ("from China's plan to Trump's order"), what the paper tells beside the lead in
  // that span is the story's middle: it comes before members that meet the question only weakly.
  const { from, to } = context.retrieval.filter;
  if (members.length >= MIN_STEPS && from && to) {
    const named = context.retrieval.entities.filter((e) => !e.common);
    const strong = members.filter((h) => h.coverage >= STRONG_STEP * context.lead.coverage
      || (h.kind === 'item' && named.some((e) => refersTo(itemOf(context, h.id), e))));
    return [...new Map([...strong, ...steps, ...members].map((h) => [h.id, h])).values()];
  }
  if (members.length >= MIN_STEPS) return members;
  // Between two steps the question names, the actions the paper reads in the same chapters as them, in the period.
  const chapters = new Set(members.flatMap((h) => (h.kind === 'item' ? chapterOf(itemOf(context, h.id)) ?? [] : [])));
  const between = context.retrieval.filter.from && context.retrieval.filter.to ? (context.retrieval.readAlongside ?? [])
    .flatMap((id) => context.sources.items.get(id) ?? []).filter((item) => chapters.has(chapterOf(item) ?? ''))
    .map((item) => unreached(item.id)).filter(inPeriod) : [];
  const dated = fewMonths ? (context.retrieval.readAlongside ?? []).filter((id) => context.sources.items.has(id)).map(unreached).filter(inPeriod) : [];
  return [...new Map([...members, ...steps, ...between, ...dated].map((h) => [h.id, h])).values()];
}
const MIN_STEPS = 3;
/** A member this close to the lead is a step in its own right, before what the paper tells beside the lead. */
const STRONG_STEP = 0.5;

/** The chapter of the paper that reads an item ("三" of 三（一）), or its section when the heading gives no chapter number. */
function chapterOf(item: StoredItem): string | undefined {
  const section = item.reading?.section.zh;
  return section === undefined ? undefined : /^([一二三四五六七八九十]+)[、（(]/u.exec(section)?.[1] ?? section;
}

/** The `events` command that lists everything a question's names and period cover. */
function eventsCommand({ retrieval }: ShapeContext): string {
  const parts = ['events'];
  for (const entity of retrieval.entities) {
    if (entity.kind === 'actor') parts.push(`actor:${entity.id}`);
    else if (entity.kind === 'target') parts.push(`target:${entity.id}`);
  }
  for (const admin of retrieval.filter.administrations ?? []) parts.push(`admin:${admin}`);
  if (retrieval.filter.from) parts.push(`from:${retrieval.filter.from}`);
  if (retrieval.filter.to) parts.push(`to:${retrieval.filter.to}`);
  for (const driver of retrieval.filter.drivers ?? []) parts.push(`driver:${driver}`);
  return parts.join(' ');
}

/** The paper's reading: of one action (its driver, indicators and argument), or which actions it reads one way. */
export function readingSentences(context: ShapeContext): string[] {
  const { lang, refs, lead, retrieval } = context;
  const wanted = retrieval.driver;
  const sameReading = onTopic(context, 0.6).filter((h) => h.kind === 'item').map((h) => itemOf(context, h.id))
    .filter((item): item is ReadItem => item.reading !== undefined && (!wanted || item.reading.driver === wanted || item.reading.driver === 'mixed'));
  const leadItem = itemOf(context, lead.id);
  if (wanted && sameReading.length >= 2 && leadItem.reading?.driver !== wanted) {
    return sameReading.slice(0, linesShown(context)).sort((a, b) => a.date.localeCompare(b.date)).map((item) => indicatorsLine(item, refs.item(item), context));
  }
  const n = refs.item(leadItem);
  if (!leadItem.reading) return [titleLine(leadItem, n, lang), provenanceSentence(leadItem, n, lang)];
  const reading = leadItem.reading;
  const sentences = [titleLine(leadItem, n, lang), indicatorsLine({ ...leadItem, reading }, n, context), ...splitSentences(reading.argument[lang]).map((s) => cite(s, n))];
  const passage = leadItem.passages[0];
  if (passage) {
    const quote = splitSentences(passage.text)[0] ?? passage.text;
    sentences.push(cite(lang === 'zh' ? `论文原文：“${quote.replace(/[。！？]$/u, '')}”` : `The paper's passage (${reading.section.en}): “${quote}”`, n));
  }
  const together = [...new Set([...sameMatter(context), ...discussedWith(context, leadItem), ...readInSamePassage(context, leadItem)])]
    .filter((h) => h.id !== leadItem.id).slice(0, 3);
  return [...sentences, ...together.map((h) => { const item = itemOf(context, h.id); return titleLine(item, refs.item(item), lang); })];
}

export type ReadItem = StoredItem & { reading: NonNullable<StoredItem['reading']> };

export function indicatorsLine(item: ReadItem, n: number, { lang }: ShapeContext): string {
  const indicators = item.reading.indicators.map((i) => indicatorLabel(i, lang).label).join(lang === 'zh' ? '、' : ', ');
  const driver = driverLabel(item.reading.driver, lang);
  // Quotation marks inside a quoted title become single ones, so the quotes still pair.
  const title = item.title[lang].replace(/“/g, '‘').replace(/”/g, '’');
  return cite(lang === 'zh' ? `论文将“${title}”解读为${driver}，指标：${indicators}`
    : `The paper reads “${title}” as ${driver}, by the indicator${item.reading.indicators.length === 1 ? '' : 's'} ${indicators}`, n);
}
