/**
 * Which stored document an answer stands on: the closest item, or the paper's own words when the question is about
 * its argument, its closing section, a term it develops or the parts it counts; an item that gives the figure asked.
 */
import { figureAsked, givesFigure } from './figure-asked.js';
import { homesOfQuotedTerms } from './quoted-terms.js';
import { enumerates, partsAsked } from './counted-parts.js';
import { contentUnreported, namesPerson } from './person-asked.js';
import { closingLead } from './closing-section.js';
import { laterEventAsked, tellsLaterEvent } from './later-event-asked.js';
import type { AnswerSources } from './answer-lines.js';
import { namedIn, refersTo } from './policy-item.js';
import type { Retrieval, RetrievalHit } from './ports.js';
import { dateInside, isShortPeriod, periodBounds, SHORT_PERIOD_DAYS } from './partial-date.js';

// Words about the paper's argument, not its mere mention ("the paper says" asks about a fact).
// A framework is the paper's only when the paper's (or an analytic one): "the export-control framework" is a document.
const ABOUT_THE_PAPER = /\b(argu(?:e|es|ment)\w*|theor\w*|realis\w*|school of|thesis|findings?|conclu\w*|recommend\w*|(?<=(?:paper|authors?|article|analytic(?:al)?|conceptual)(?:['’]s|s['’])?\s+)framework|logic|dilemma|implications?)\b|理论|现实主义|观点|结论|建议|启示|逻辑|(?:论文|作者|本文|文章|权力|安全|分析)的?框架|从框架|困境|学派|结构论|互动论|\bwhy (?:does|do|did) the (?:paper|authors?|article) (?:say|think|argue|believe|claim)\b|\bthe (?:paper|authors?|article) (?:calls?|terms?|dubs?|labels?)\b|(?:论文|文章|作者|本文)(?:为什么|为啥|为何|凭什么)(?:说|认为)/i;

/**
 * The document the answer stands on. Asked for a figure ("原本打算发多少股票"), a close item that gives one of the kind
 * asked stands in for a lead that gives none.
 */
export function chooseLead(question: string, retrieval: Retrieval, hits: RetrievalHit[], sources: AnswerSources): RetrievalHit | undefined {
  const closest = closestLead(question, retrieval, hits, sources);
  // Remarks the paper only cites, not saying what they were, tell nothing to lead with: a document about as close does.
  const unreported = (hit: RetrievalHit | undefined): boolean => {
    const item = hit?.kind === 'item' ? sources.items.get(hit.id) : undefined;
    return item !== undefined && contentUnreported(item);
  };
  const told = closest && unreported(closest) && retrieval.kind !== 'list' && retrieval.kind !== 'timeline'
    ? hits.slice(0, 4).find((h) => h !== closest && !unreported(h) && h.coverage >= 0.8 * closest.coverage) ?? closest : closest;
  const lead = told && laterLead(question, retrieval, hits, told, sources);
  const kind = figureAsked(question);
  if (!lead || !kind || (retrieval.kind !== 'fact' && retrieval.kind !== 'person')) return lead;
  // What an answer in the question's language would show: an item's title and summary, a passage's gloss (not the
  // paper's text, which it does not quote).
  const shown = (hit: RetrievalHit): string[] => {
    const passage = hit.kind === 'passage' ? sources.passages.get(hit.id) : undefined;
    const item = hit.kind === 'item' ? sources.items.get(hit.id) : undefined;
    return passage ? [passage.gloss[retrieval.lang]] : item ? [item.title[retrieval.lang], item.summary[retrieval.lang]] : [];
  };
  const gives = (hit: RetrievalHit): boolean => shown(hit).some((text) => givesFigure(text, kind, retrieval.measureWords ?? []));
  if (gives(lead)) return lead;
  // An item that acts on the names the question gives may come less close: the figure is of them.
  const named = retrieval.entities.some((e) => !e.common);
  return hits.slice(0, FIGURE_DOCUMENTS + 1).find((h) => h.kind === 'item' && gives(h) && (named
    ? actsOnNames(h, retrieval, sources) && h.coverage >= FIGURE_LEAD_CLOSENESS_NAMED * lead.coverage
    : h.coverage >= FIGURE_LEAD_CLOSENESS * lead.coverage)) ?? lead;
}
/**
 * Asked when an action was undone ("when did Defense and Treasury withdraw their objections"), an item about as close
 * that tells an undoing stands in for the action's own item (the proposal they objected to). Not so a coming into
 * force: Seagate's sales "after the ban took effect" tell of another action.
 */
function laterLead(question: string, retrieval: Retrieval, hits: RetrievalHit[], lead: RetrievalHit, sources: AnswerSources): RetrievalHit {
  const undone = (retrieval.kind === 'fact' || retrieval.kind === 'person') && laterEventAsked(question) === 'undone';
  const tells = (hit: RetrievalHit): boolean => documentTexts(hit, sources).some((text) => tellsLaterEvent('undone', text));
  if (!undone || tells(lead)) return lead;
  return hits.slice(0, 4).find((h) => h.kind === 'item' && h.coverage >= LATER_LEAD_CLOSENESS * lead.coverage && tells(h)) ?? lead;
}
const LATER_LEAD_CLOSENESS = 0.8;

/** How close to the lead an item that gives the figure asked must come to stand in for it, and one that acts on the names asked of. */
const FIGURE_LEAD_CLOSENESS = 0.5;
const FIGURE_LEAD_CLOSENESS_NAMED = 0.3;

/** The best-covering of the top few hits, the paper's own words when asked about its argument. */
function closestLead(question: string, retrieval: Retrieval, hits: RetrievalHit[], sources: AnswerSources): RetrievalHit | undefined {
  const named = retrieval.entities.some((e) => !e.common);
  const bestOf = (pool: RetrievalHit[]): RetrievalHit | undefined => {
    const top = pool.slice(0, 3);
    const matching = top.filter((h) => !named || h.entitiesMatched);
    // By topic, then by rank: everyday words ("宣布", "say") must not pick the lead over the item on the question's subject.
    return [...(matching.length ? matching : top)].sort((a, b) => b.topicCoverage - a.topicCoverage)[0];
  };
  const best = bestOf(hits);
  if (!best) return undefined;
  // Where the paper's discussion answers, the passage that keeps a term the question quotes among its keywords leads
  // when about as close as the best.
  const home = homesOfQuotedTerms(question, hits.slice(0, 8), sources.passages).find((h) => h.coverage >= HOME_CLOSENESS * best.coverage);
  // Asked for a counted set of parts ("in three ways"), the paragraph of the paper that enumerates that many answers.
  const parts = partsAsked(question);
  const counted = parts === undefined ? undefined : hits.slice(0, 8).find((h) => h.kind === 'passage' && h.coverage >= COUNTED_CLOSENESS * best.coverage
    && documentTexts(h, sources).some((text) => enumerates(text, parts)));
  const closing = closingLead(question, hits, best, sources.passages);
  if (closing) return closing;
  // Asked who ("which scholars does it cite"), the paper's discussion that names people, when about as close.
  const people = retrieval.asksWho ? hits.slice(0, 8).find((h) => h.kind === 'passage' && h.coverage >= PEOPLE_CLOSENESS * best.coverage
    && documentTexts(h, sources).some((text) => namesPerson(text, sources.aliases))) : undefined;
  if (aboutThePaper(question, retrieval)) return home ?? counted ?? people ?? hits.slice(0, 8).find((h) => h.kind === 'passage' && h.coverage >= best.coverage) ?? best;
  // Otherwise a policy item answers, unless only the paper's own discussion comes close to the question; an item
  // that acts on the names the question gives beats one that only mentions them.
  const items = hits.filter((h) => h.kind === 'item');
  const item = bestOf(items);
  const acting = item && named ? items.slice(0, 10).find((h) => h.coverage >= item.coverage && actsOnNames(h, retrieval, sources)) : undefined;
  // Asked for others than a name ("besides the Navy"), the item on the others leads.
  const namesOthers = othersAsked(retrieval, sources);
  const others = namesOthers ? items.slice(0, 4).find((h) => namesOthers(h) && h.coverage >= 0.6 * best.coverage) : undefined;
  const chosen = others ?? acting ?? item;
  // The paper's discussion that names every body the question does beats an item that names only some of them ("the
  // White House, State and the Pentagon": the conclusion sets the three side by side).
  const ofActions = retrieval.kind === 'list' || retrieval.kind === 'timeline';
  const namesAll = named && !ofActions && !others && chosen && !chosen.entitiesMatched
    ? hits.slice(0, 8).find((h) => h.kind === 'passage' && h.entitiesMatched && h.coverage >= chosen.coverage) : undefined;
  if (namesAll) return namesAll;
  // A list or a timeline is of actions: an item leads it unless it comes much less close than the paper's discussion.
  const share = ofActions ? 0.5 : 0.6;
  return chosen && chosen.coverage >= share * best.coverage ? chosen : best.kind === 'passage' ? home ?? best : best;
}

/** Asks what the paper cites or quotes of a source. */
const CITES_ASKED = /(?:论文|文章|作者|本文|该文)[^，。？！,.?!]{0,4}(?:引用|援引|引述|引了)|\b(?:does|did|do) the (?:paper|authors?|article) (?:cite|quote|draw on|rely on)\b|\bwhat does the (?:paper|article) (?:cite|quote|take) from\b/iu;
/** Asks whether the paper mentions something at all (论文是否提到…, "Does the paper mention …?"; not "which … does the paper mention"). */
const MENTION_ASKED = /(?:是否|有没有|可曾|有无|有冇)(?:提到|提及|谈到|涉及|讨论|论及|说到|讲到|写到)|(?:^|[,;:—]\s*)(?:does|did) the (?:paper|article|authors?) (?:ever )?(?:mention|discuss|cover|address|say anything about)\b|\bis there (?:any )?mention of\b/iu;
/** How much of such a question's specific words the store may lack before the answer is no: two fifths. */
const MENTION_UNKNOWN_SHARE = 0.4;

/**
 * Asked what the paper cites of someone it does not know ("论文引用了基辛格…的什么观点"), or whether it mentions something
 * whose words the store mostly lacks (论文是否提到…签证限制), the store holds no such source or mention.
 */
export function unheldInPaper(question: string, retrieval: Pick<Retrieval, 'unknownNames' | 'unknownShare'>): boolean {
  const text = question.normalize('NFKC');
  return (CITES_ASKED.test(text) && retrieval.unknownNames.length > 0) || (MENTION_ASKED.test(text) && retrieval.unknownShare >= MENTION_UNKNOWN_SHARE);
}

/** How close to the best document the passage that develops a quoted term must come to lead. */
const HOME_CLOSENESS = 0.75;
/** How close to the best document the paper's discussion that names people must come to lead a question asking who. */
const PEOPLE_CLOSENESS = 0.75;
/** How close to the best document the paragraph that enumerates the parts a question counts must come to lead. */
const COUNTED_CLOSENESS = 0.5;

/** The item names every uncommon entity of the question as its actor, person or target. */
export function actsOnNames(hit: RetrievalHit, retrieval: Retrieval, sources: AnswerSources): boolean {
  const item = sources.items.get(hit.id);
  return item !== undefined && retrieval.entities.filter((e) => !e.common).every((entity) => refersTo(item, entity));
}

/** A question about the paper's argument, or about its readings in general rather than of one named action. */
export function aboutThePaper(question: string, retrieval: Retrieval): boolean {
  return ABOUT_THE_PAPER.test(question)
    || (retrieval.kind === 'reading' && retrieval.entities.every((e) => e.common) && !retrieval.filter.from && !retrieval.filter.to);
}


/**
 * A question that sets a name aside asks for others of its sort ("besides SenseTime, which firms did Treasury list?"):
 * a document that answers it names one the question does not, and acts on the rest of the question's names (Treasury).
 * Undefined when the question sets nothing aside.
 */
export function othersAsked(retrieval: Retrieval, sources: AnswerSources): ((hit: RetrievalHit | undefined) => boolean) | undefined {
  const peers = new Set(retrieval.entities.flatMap((e) => e.peers ?? []));
  if (peers.size === 0) return undefined;
  const named = new Set(retrieval.entities.flatMap((e) => e.ids));
  // Others in the same kind of action as the one set aside: Treasury's other listings, not another matter Treasury weighed in on.
  const setAside = retrieval.entities.filter((e) => e.peers).flatMap((e) => e.ids);
  const reference = retrieval.hits.slice(0, 5).map((h) => sources.items.get(h.id))
    .find((other) => other !== undefined && namedIn(other).some((id) => setAside.includes(id)));
  // And within the few months the question names: the rest of one day's listing are not another listing's firms.
  const bounds = isShortPeriod(retrieval.filter, SHORT_PERIOD_DAYS) ? periodBounds(retrieval.filter) : undefined;
  const inPeriod = (date: string): boolean => !bounds || dateInside(date, bounds);
  return (hit) => {
    const item = hit?.kind === 'item' ? sources.items.get(hit.id) : undefined;
    if (!item || (reference && reference.instrument !== item.instrument) || !inPeriod(item.date)) return false;
    const names = namedIn(item);
    return retrieval.entities.every((e) => e.peers || e.common || names.some((id) => e.ids.includes(id)))
      && names.some((id) => peers.has(id) && !named.has(id));
  };
}

/** How many of the best documents, when about as close to the question as the lead, may hold the figure asked for. */
export const FIGURE_DOCUMENTS = 3;

export function documentTexts(hit: RetrievalHit, sources: AnswerSources): string[] {
  const item = hit.kind === 'item' ? sources.items.get(hit.id) : undefined;
  if (item) return [item.title.en, item.title.zh, item.summary.en, item.summary.zh, ...item.passages.map((p) => p.text)];
  const passage = sources.passages.get(hit.id);
  return passage ? [passage.text, passage.gloss.en, passage.gloss.zh] : [];
}
