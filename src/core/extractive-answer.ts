import { dayUntold } from './day-asked.js';
import { yearInstanceUnheld } from './year-instance.js';
import { choiceReasonUntold } from './choice-asked.js';
import { joinsThings } from './joined-things.js';
import { periodUntold } from './period-told.js';
import { checksClaim } from './claim-checked.js';
import { eventCommand } from './commands.js';
import { decideAnswerable } from './answerability.js';
import { figureAsked, figuresStated, givesFigureOf, withoutStated } from './figure-asked.js';
import { capitalisedTerms, mentionsTerm, quotedTerms } from './quoted-terms.js';
import { wordsTheTextsNegate } from './negated-words.js';
import { laterEventAskedIn, lawsuitAsked, responderAsked, tellsLaterEvent, tellsLawsuit, tellsResponseOf } from './later-event-asked.js';
import { partsUntold } from './parts-asked.js';
import { placeAsked, tellsPlace } from './place-asked.js';
import { candidateUnknown, membersUntold } from './members-asked.js';
import { contentAsked, contentUnreported, postTakenAsked, postUntold, roleAsked, SIGNER, successorAsked, tellsHolder, tellsPostTaken, tellsSuccession } from './person-asked.js';
import { namesFirmKind, namesOfSort, sortAsked } from './sort-asked.js';
import { ordinalAsked, speaksOfOrdinal } from './ordinal-asked.js';
import { fiscalYearsIn } from './fiscal-year-asked.js';
import { TITLE_ECHO, titleEcho, titlesDated, titlesNamed } from './title-asked.js';
import type { AnswerSources, ShapeContext } from './answer-lines.js';
import { cite, joinSentences, splitSentences } from './answer-text.js';
import { factSentences, listSentences, readingSentences } from './answer-shapes.js';
import { compareSentences } from './compare-answer.js';
import { createCitationList } from './citation.js';
import { readingOverviewSentences } from './reading-overview-answer.js';
import { itemToCard } from './item-card.js';
import { namesAnyOf, namesOfTable, searchedNames } from './alias-table.js';
import type { Lang } from './lang.js';
import { refersTo, type StoredItem } from './policy-item.js';
import type { NamedEntity, Retrieval, RetrievalHit } from './ports.js';
import type { FollowUpAction, ItemCard, Reply } from './replies.js';
import { isClosing, pointsToConclusion } from './closing-section.js';
import { aboutThePaper, actsOnNames, chooseLead, unheldInPaper, documentTexts, FIGURE_DOCUMENTS, othersAsked } from './answer-lead.js';

export type { AnswerSources } from './answer-lines.js';

type Answer = Reply & { kind: 'answer' };


const MENTIONS_PAPER = /\b(?:paper|authors?|article)\b|论文|本文|作者|文章/iu;
// Asking for the paper's view of something ("in the authors' view"): a comparison then closes with the paper's discussion.
const PAPERS_VIEW = /\b(?:paper|authors?|article)(?:'s|s'|’s)? (?:view|eyes|assessment|account)\b|(?:论文|文章|作者|本文)(?:认为|看来|眼中)/i;
// What the paper itself concludes or recommends is in its own passages, whatever actions they mention.
const PAPERS_OWN = /\b(?:recommend\w*|conclu\w*|findings?|implications?|thesis)\b|结论|建议|启示|对策/i;

const NO_ANSWER: Record<Lang, string> = {
  en: 'The store holds no policy item that answers this question, so I will not guess.',
  zh: '资料库中没有能回答这个问题的政策条目，因此不作推测。',
};
const RELATED_HINT: Record<Lang, string> = { en: ' The nearest items are listed below.', zh: '以下是最接近的条目。' };

/** The hits that resolve to stored documents, the one an answer would stand on, and whether to answer at all. */
export function answerDecision(question: string, retrieval: Retrieval, sources: AnswerSources) {
  const hits = retrieval.hits.filter((hit) => (hit.kind === 'item' ? sources.items.has(hit.id) : sources.passages.has(hit.id)));
  const lead = chooseLead(question, retrieval, hits, sources);
  // A comparison names two sides that no single item holds: its names are matched when each side has an item. A list,
  // a timeline or a comparison spreads the names it gives ("from the State of the Union to the DoD strategy") over
  // several items: a name is matched when one of the first few hits has it.
  const compared = lead && retrieval.kind === 'compare' && retrieval.entities.length >= 2
    ? { ...lead, entitiesMatched: everySideFound(retrieval, hits.slice(0, 10), sources) } : lead;
  // So may, over the closest few, the paper's reading of several actions named together ("拜登搞TTC、民主峰会这套，论文
  // 归哪类"), and a question on the paper's argument that its discussion leads, applied to actions it names ("按 Krishnan
  // 那套标准，空军把AI装到 B-2…上，是缓解还是加剧安全困境").
  const aboutPaper = aboutThePaper(question, retrieval);
  const applied = lead?.kind === 'passage' && aboutPaper;
  const spread = SPREAD_KINDS.has(retrieval.kind) || retrieval.kind === 'reading' || applied || joinsThings(question);
  const near = SPREAD_KINDS.has(retrieval.kind) ? 10 : READING_SPREAD;
  const judged = compared && spread ? { ...compared, namesMatched: namesInAny(compared, hits.slice(0, near)),
    entitiesMatched: compared.entitiesMatched || ((SPREAD_KINDS.has(retrieval.kind) || applied) && retrieval.kind !== 'compare'
      && entitiesInAny(retrieval, compared, hits.slice(0, near))) } : compared;
  const decision = decideAnswerable(sources.answerability, { ...retrieval, hits }, judged);
  // Only a question about one fact asks for a figure: in a timeline or a list, "几个动作" means several. Models and a
  // sum's split are asked for as lists ("哪些型号") and are still details.
  const oneFact = retrieval.kind === 'fact' || retrieval.kind === 'person';
  const detail = figureAsked(question);
  const figureMissing = (oneFact || detail === 'model' || detail === 'division') && !figureGiven(question, retrieval, lead, hits, sources);
  // A fact about someone ("JAIC's budget", 海康威视…2020年营收) is not in an item that names none of those the question
  // does: within the question's period, the store holds nothing on them.
  // Asked why the paper reads several actions so ("the Pentagon's principles and the NSCAI's call … a 'cheap signal'"),
  // the names may stand in the few documents closest to the lead.
  const subjectHolders = lead && aboutPaper ? [lead, ...hits.slice(0, READING_SPREAD)] : lead ? [lead] : [];
  // A claim being checked may name the wrong body ("a tweet says OSTP issued it; which body did?"): the answer corrects it.
  // Nor is a fact about a firm the store never names (旷视科技) in any item.
  const subjectMissing = oneFact && ((lead?.kind === 'item' && !checksClaim(question) && retrieval.entities.some((e) => !e.common)
    && !retrieval.entities.some((e, i) => !e.common && subjectHolders.some((h) => h.entityMatches[i] === true))) || retrieval.unknownNames.some((name) => namesFirmKind(name)));
  const namesOthers = othersAsked(retrieval, sources);
  const othersMissing = namesOthers !== undefined && ![lead, ...hits.slice(0, 3)].some(namesOthers);
  // A fact about something the question names ("NATO's AI strategy", 《人工智能法案》) stands on a document that has the
  // name: when none of the few about as close as the lead has any of its names, the store does not hold the thing asked about.
  const namesUnheld = oneFact && lead !== undefined && [lead, ...hits.slice(0, NAME_DOCUMENTS)]
    .filter((h) => h.coverage >= NAME_CLOSENESS * lead.coverage).every((h) => h.namesMatched === 0);
  // Asked who holds a role ("which judge", 法官是谁) and naming no one, a document must speak of the role. A list of
  // holders ("which contractors built …") is one too: the actions around them do not say who they were.
  const role = (oneFact || retrieval.kind === 'list') && !retrieval.entities.some((e) => e.kind === 'person') ? roleAsked(question) : undefined;
  // Asked which countries or which firm, a document must name one the question does not.
  const left = new Set(retrieval.entities.flatMap((e) => e.ids));
  // Who signed or wrote a document is told by the text of the document the answer stands on.
  const holderMissing = role !== undefined && !(role === SIGNER && lead ? [lead] : hits.slice(0, ROLE_DOCUMENTS))
    .some((h) => documentTexts(h, sources).some((text) => tellsHolder(role, text, sources.aliases, left)));
  // The lead and the few documents about half as close: where a detail the question asks for must be told.
  const nearLead = lead ? [lead, ...hits.slice(0, ROLE_DOCUMENTS).filter((h) => h.coverage >= lead.coverage / 2)] : [];
  const toldNear = (test: (text: string) => boolean): boolean => nearLead.some((h) => documentTexts(h, sources).some(test));
  // Asked which firm, the document the answer stands on must name one: a firm in a neighbour (DJI beside Skyborg's drones) made something else.
  const sort = sortAsked(question);
  const namesSort = (text: string): boolean => sort !== undefined && namesOfSort(text, sort, sources.aliases, left);
  const toldOfSort = sort === 'firm' ? lead !== undefined && documentTexts(lead, sources).some(namesSort) : toldNear(namesSort);
  const sortMissing = sort !== undefined && !toldOfSort;
  // Asked of a later instance of a recurring event ("the second Summit for Democracy"), a document must speak of it.
  const ordinal = ordinalAsked(question);
  const instanceMissing = ordinal !== undefined && !toldNear((text) => speaksOfOrdinal(text, ordinal));
  // Asked what post someone held, the paper must give one: the alias table keeps the role it gives each person.
  const people = retrieval.entities.filter((e) => e.kind === 'person');
  const postMissing = people.length > 0 && postUntold(question, people.map((person) => sources.aliases.get(person.id)?.role));
  // Asked when a titled document was issued, an item about it must be near: one that mentions it is dated by its own event.
  const echo = (titles: string[]) => (h: RetrievalHit | undefined): number => {
    const item = h && h.kind === 'item' ? sources.items.get(h.id) : undefined;
    if (!item) return 0;
    const firstSentences = [item.summary.en, item.summary.zh].map((text) => splitSentences(text)[0] ?? '');
    return Math.max(0, ...titles.map((title) => titleEcho([item.title.en, item.title.zh, ...firstSentences], title)));
  };
  const titles = titlesDated(question);
  const issueMissing = titles.length > 0 && ![lead, ...hits.slice(0, ROLE_DOCUMENTS)].some((h) => echo(titles)(h) >= TITLE_ECHO);
  // One action of a body on another ("大疆后来被BIS列入实体清单…影响"): some item must have both; each acting elsewhere
  // does not make the action one the store holds. An office's action may be told as its department's. Asked what the
  // paper says of a case, an item about one of them that names the other in its summary tells it (Seagate's sales
  // "after the Commerce Department's ban"): asked whether Commerce fined Seagate, it does not.
  const [actor, target] = (['actor', 'target'] as const).map((kind) => retrieval.entities.find((e) => e.kind === kind && !e.common && !e.peers));
  const actionMissing = (oneFact || retrieval.kind === 'reading') && actor !== undefined && target !== undefined
    && !hits.slice(0, PAIR_DOCUMENTS).some((h) => {
      const item = h.kind === 'item' ? sources.items.get(h.id) : undefined;
      const tells = (e: NamedEntity): boolean => item !== undefined && refersTo(item, { ...e, ids: [...e.ids, ...sources.aliases.parents(e.id)] });
      return item !== undefined && (tells(actor) && tells(target) || MENTIONS_PAPER.test(question)
        && ([[actor, target], [target, actor]] as const).some(([one, other]) => tells(one) && namesAnyOf(other.ids, sources.aliases)(`${item.summary.en}\n${item.summary.zh}`)));
    });
  // Asked about a fiscal year's budget, a document near the lead must speak of that fiscal year.
  const fiscalYearMissing = oneFact && fiscalYearsIn(question).some((year) => !toldNear((text) => fiscalYearsIn(text).includes(year)));
  // Asked for the day, the item the answer stands on must be dated to the day (the paper dates Bali by the month).
  const dayMissing = oneFact && dayUntold(question, lead?.kind === 'item' ? sources.items.get(lead.id) : undefined);
  // Asked who came after someone in a post, or when someone took one, a document near the lead must tell it.
  const successorMissing = (successorAsked(question) && !toldNear(tellsSuccession)) || (postTakenAsked(question) && !toldNear(tellsPostTaken(people.flatMap((p) => namesOf(p, sources)))));
  // Asked when or whether an action was undone (lifted, 解除) or put into force (finalized, 落地), a document near the
  // lead must tell that later event; asked about a lawsuit, one must tell of a lawsuit.
  const later = laterEventAskedIn(question, retrieval.kind);
  // The later event must be told of the action the answer stands on: a neighbour (Seagate's sales "after the ban took
  // effect") tells of another action's coming into force.
  const laterMissing = later !== undefined && !(lead !== undefined && documentTexts(lead, sources)
    .some((text) => tellsLaterEvent(later, text, question, retrieval.entities.filter((e) => !e.common).flatMap((e) => namesOf(e, sources)))));
  const lawsuitMissing = lawsuitAsked(question) && !toldNear(tellsLawsuit);
  // Asked how a target of the store's actions responded (DJI, a firm that acts in no item), a text must tell it did.
  const responder = responderAsked(question);
  const responding = responder === undefined ? undefined : retrieval.entities.find((e) => e.kind === 'target' && !e.common
    && namesOf(e, sources).some((name) => responder.includes(name)));
  const responseMissing = responding !== undefined && !toldNear((text) => tellsResponseOf(text, namesOf(responding, sources)));
  const membersMissing = membersUntold(question, candidateUnknown(question, retrieval, namesEntityOf(retrieval, sources)), toldNear);
  // Asked where something was held, a text near the answer must tell a place. Where a titled document was adopted is
  // told by the item most about it, not by another meeting near it; where a quoted one met (“民主峰会”), by a text that
  // names it, not by Blinken's summit beside it.
  const titled = titlesNamed(question);
  const bestEcho = Math.max(0, ...nearLead.map(echo(titled)));
  const place = oneFact ? placeAsked(question) : undefined;
  const placeMissing = place !== undefined && !nearLead.filter((h) => titled.length === 0 || bestEcho < TITLE_ECHO || echo(titled)(h) === bestEcho)
    .some((h) => documentTexts(h, sources).some((text) => tellsPlace(text, place, question) && quotedTerms(question).every((term) => mentionsTerm(text, term))));
  const sourceUnheld = unheldInPaper(question, retrieval);
  // Asked what someone said, an item that records only that the paper cites the remarks does not tell it.
  const leadItem = lead?.kind === 'item' ? sources.items.get(lead.id) : undefined;
  const saidUntold = leadItem !== undefined && contentAsked(question) && contentUnreported(leadItem);
  // Asked of the defense budget, a text that gives only the non-defense one (非国防) tells of something else.
  const negatedLead = oneFact && lead !== undefined && wordsTheTextsNegate(question, documentTexts(lead, sources)).length > 0;
  // Asked which measures or principles, specifically, one action set out, a text must name some side by side.
  const missing = periodUntold(retrieval.filter, hits, sources.items) || figureMissing || subjectMissing || othersMissing || namesUnheld || holderMissing || sortMissing
    || instanceMissing || postMissing || issueMissing || successorMissing || actionMissing || fiscalYearMissing || dayMissing || laterMissing || lawsuitMissing || responseMissing
    || placeMissing || membersMissing || yearInstanceUnheld(question, [...sources.items.values()]) || choiceReasonUntold(question, toldNear) || sourceUnheld || saidUntold || negatedLead
    || (!sort && !role && partsUntold(question, retrieval.kind, sources.aliases, toldNear, lead ? documentTexts(lead, sources) : []));
  return { hits, lead, decision: decision.answer && missing ? { ...decision, answer: false } : decision };
}

/**
 * A question asking for a figure needs one in the lead or the documents closest to it (false when none is there). Of
 * the question's names, an item gives a figure of them when it acts on them; a passage, when one sentence names them all.
 */
function figureGiven(question: string, retrieval: Retrieval, lead: RetrievalHit | undefined, hits: readonly RetrievalHit[], sources: AnswerSources): boolean {
  const kind = figureAsked(question);
  if (!kind) return true;
  if (!lead) return false;
  const named = retrieval.entities.filter((e) => !e.common);
  const names = named.map((entity) => namesOf(entity, sources));
  const near = [lead, ...hits.slice(0, FIGURE_DOCUMENTS).filter((h) => h !== lead && h.coverage >= lead.coverage / 2)];
  // How long between two things the question names ("OECD原则跟G20原则前后差了多久") is told by their two dates.
  if (kind === 'duration' && named.length >= 2) {
    const dates = named.slice(0, 2).map((entity) => near.flatMap((hit) => sources.items.get(hit.id) ?? [])
      .find((item) => refersTo(item, entity) && !named.some((other) => other !== entity && refersTo(item, other)))?.date);
    if (dates[0] && dates[1] && dates[0] !== dates[1]) return true;
    // Or the people named are spread over just two items of different dates: two pieces (艾伦 with 侯赛因, then with 韦斯特).
    const holding = [...new Set(near.flatMap((hit) => sources.items.get(hit.id) ?? []).filter((item) => named.some((entity) => refersTo(item, entity))))];
    if (named.every((entity) => entity.kind === 'person') && holding.length === 2 && holding[0]?.date !== holding[1]?.date) return true;
  }
  // A figure the question states is what it asks about, not the answer ("那4.244亿美元里拨给AI的有多少").
  const stated = figuresStated(question);
  const texts = (hit: RetrievalHit): string[] => documentTexts(hit, sources).map((text) => withoutStated(text, stated));
  // A name the question gives in capitals that an item keeps as a keyword of its own ("Mind's Eye", one of AI Next's
  // projects) is as quoted.
  const keywords = new Set(near.flatMap((hit) => sources.items.get(hit.id)?.keywords ?? []).map((keyword) => keyword.normalize('NFKC').toLowerCase()));
  const quoted = [...quotedTerms(question), ...capitalisedTerms(question, new Set(namesOfTable(sources.aliases))).filter((term) => keywords.has(term))];
  const tells = (hit: RetrievalHit, term: string): boolean => texts(hit).some((text) => mentionsTerm(text, term));
  const quotedTold = quoted.some((term) => near.some((hit) => tells(hit, term)));
  return near.some((hit) => {
    const item = hit.kind === 'item' ? sources.items.get(hit.id) : undefined;
    const measure = retrieval.measureWords ?? [];
    // The figure is of what the question names: an item without one of its names ("Skyborg") gives another's. Of the
    // things it quotes that the item tells, one sentence must give the figure: AI Next's $2 billion is no sum of its
    // “心灵之眼” project. What the item's title names is what all of it is about (SenseTime's listing, its share offer).
    const told = quoted.filter((term) => tells(hit, term));
    if (quotedTold && told.length === 0) return false;
    const titled = item ? [item.title.en, item.title.zh].join(' ').normalize('NFKC').toLowerCase() : '';
    const inBody = told.filter((term) => !mentionsTerm(titled, term));
    if (item) return (hit === lead || actsOnNames(hit, retrieval, sources)) && hit.namesMatched === 1 && texts(hit).some((text) => givesFigureOf(text, kind, inBody.map((term) => [term]), measure));
    return texts(hit).some((text) => givesFigureOf(text, kind, [...names, ...told.map((term) => [term])], measure));
  });
}


const SPREAD_KINDS = new Set<Retrieval['kind']>(['list', 'timeline', 'compare']);
/** How many of the closest hits the names of a reading question may be spread over. */
const READING_SPREAD = 3;

function namesInAny(lead: RetrievalHit, hits: RetrievalHit[]): number {
  const names = lead.nameMatches.map((_, i) => [lead, ...hits].some((h) => h.nameMatches[i] === true));
  return names.length === 0 ? 1 : names.filter(Boolean).length / names.length;
}

/** Each uncommon entity of a list or a timeline is matched by one of the first hits ("从小米到商汤再到中芯国际"). */
function entitiesInAny(retrieval: Retrieval, lead: RetrievalHit, hits: RetrievalHit[]): boolean {
  return retrieval.entities.every((entity, i) => entity.common || [lead, ...hits].some((h) => h.entityMatches[i] === true));
}

function everySideFound(retrieval: Retrieval, hits: RetrievalHit[], sources: AnswerSources): boolean {
  const items = hits.flatMap((h) => sources.items.get(h.id) ?? []);
  // The compared sides (Defense and Interior on DJI), else the first two names.
  const sides = retrieval.sides?.flatMap((side) => (side.kind === 'entity' ? [side.entity] : [])) ?? [];
  return (sides.length === 2 ? sides : retrieval.entities.slice(0, 2)).every((entity) => items.some((item) => refersTo(item, entity)));
}

/**
 * A grounded answer composed from stored text only, in the shape the question asks for: a fact or a person's
 * doing, a list or timeline in date order, two sides compared, or the paper's reading. Every sentence carries a
 * [n] marker resolving to a stored item or passage; the question is declined when the store cannot answer it.
 */
export function composeExtractiveAnswer(question: string, lang: Lang, retrieval: Retrieval, sources: AnswerSources): Answer {
  const { hits, lead, decision } = answerDecision(question, retrieval, sources);
  const actions: FollowUpAction[] = [];
  if (!decision.answer || !lead) {
    const related: ItemCard[] = hits.filter((h) => h.kind === 'item').slice(0, 3)
      .map((h) => itemToCard(sources.items.get(h.id) as StoredItem, lang, sources.aliases));
    return { kind: 'answer', lang, question, grounded: false, mode: 'extractive', confidence: decision.confidence,
      text: NO_ANSWER[lang] + (related.length > 0 ? RELATED_HINT[lang] : ''), citations: [], related, actions };
  }
  const refs = createCitationList(lang);
  const context: ShapeContext = { lang, retrieval, hits, lead, sources, refs, actions };
  // The signs of a reading stand on the paper's criteria; a comparison stands on its sides, whatever leads; other
  // shapes stand on an item.
  // The closing section the question points to answers in its own words, even a comparison it sets side by side.
  const closing = pointsToConclusion(question) && isClosing(lead, sources.passages);
  const shaped = retrieval.readingOverview ? readingOverviewSentences(context)
    : lead.kind === 'item' || (retrieval.sides && !closing) ? shapeFor(retrieval.kind, context, aboutThePaper(question, retrieval) || PAPERS_VIEW.test(question))
      : retrieval.kind === 'list' && !PAPERS_OWN.test(question) ? listAfterDiscussion(context, aboutThePaper(question, retrieval)) : null;
  const sentences = shaped ?? factSentences(context, aboutThePaper(question, retrieval));
  const first = refs.citations[0];
  if (first?.kind === 'item') actions.push({ label: lang === 'zh' ? '查看完整条目' : 'Full item', command: eventCommand(first.itemId, lang) });
  return { kind: 'answer', lang, question, grounded: true, mode: 'extractive', confidence: decision.confidence, questionKind: retrieval.kind,
    text: joinSentences(sentences, lang), citations: refs.citations, related: [], actions };
}

/**
 * A list the paper's discussion matches best ("互动论那一派引了哪些人的观点"): the items it asks for, closest first as
 * from the best of them, then the discussion that gathers them.
 */
function listAfterDiscussion(context: ShapeContext, aboutPaper: boolean): string[] | null {
  // Asked who ("which scholars does it cite"), the list is of the people's own items.
  const best = context.hits.find((h) => h.kind === 'item' && h.coverage >= DISCUSSED_ITEM_CLOSENESS * context.lead.coverage
    && (!context.retrieval.asksWho || (context.sources.items.get(h.id)?.people.length ?? 0) > 0));
  const passage = context.sources.passages.get(context.lead.id);
  if (!best || !passage) return null;
  // Only when it lists at least as many actions as the discussion with the actions it grounds would cite.
  const itemsCited = (shape: (trial: ShapeContext) => unknown): number => {
    const refs = createCitationList(context.lang);
    shape({ ...context, refs, actions: [] });
    return refs.citations.filter((c) => c.kind === 'item').length;
  };
  if (itemsCited((trial) => listSentences({ ...trial, lead: best })) < itemsCited((trial) => factSentences(trial, aboutPaper))) return null;
  const items = listSentences({ ...context, lead: best });
  return [...items, ...splitSentences(passage.gloss[context.lang]).map((s) => cite(s, context.refs.passage(passage)))];
}
/** How close to a leading passage the best item of a list must come for the list to stand on items. */
const DISCUSSED_ITEM_CLOSENESS = 0.5;

function shapeFor(kind: Retrieval['kind'], context: ShapeContext, aboutPaper: boolean): string[] | null {
  switch (kind) {
    case 'list':
    case 'timeline': return listSentences(context);
    case 'compare': return compareSentences(context, aboutPaper);
    case 'reading': return readingSentences(context);
    default: return null;
  }
}
/** How many of the best documents may hold the one action of a body on another that a question asks about. */
const PAIR_DOCUMENTS = 10;
/** How many of the best documents may speak of the role a question asks the holder of. */
const ROLE_DOCUMENTS = 3;
/** How many of the best documents, when about as close as the lead, may hold the names a question about one fact uses. */
const NAME_DOCUMENTS = 5;
const NAME_CLOSENESS = 0.75;

/** The names an entity goes by, lower-case: its names in both languages and its aliases. */
/** Whether a phrase of the question names one of its uncommon entities. */
function namesEntityOf(retrieval: Retrieval, sources: AnswerSources): (phrase: string) => boolean {
  return (phrase) => retrieval.entities.some((e) => !e.common && namesOf(e, sources).some((name) => phrase.includes(name)));
}

function namesOf(entity: NamedEntity, sources: AnswerSources): string[] {
  return entity.ids.flatMap((id) => {
    const entry = sources.aliases.get(id);
    return entry ? searchedNames(entry) : [];
  });
}
