import { isCountryName } from './country-names.js';
import type { AliasKind, AliasTable } from '../core/alias-table.js';
import { detectLang, type Lang } from '../core/lang.js';
import type { ItemFilter, QuestionKind } from '../core/ports.js';
import type { Vocabulary } from '../core/vocabulary.js';
import { APPARATUS, classifyQuestion } from './question-kind.js';
import { administrationNamed, extractQuestionFilters, isMonthName } from './question-filters.js';
import { instrumentRef, type TermGroup } from './search-index.js';
import { indicatorMeant, indicatorPhrases } from './indicator-words.js';
import { layOutNames } from './name-layout.js';
import { findEntities } from './entity-names.js';
import { namePeopleByPost } from './people-by-post.js';
import { bodiesOutsideTable, setApartForeignBodies } from './foreign-bodies.js';
import { plainWording } from './plain-wording.js';
import { withSorts } from './sorts-asked.js';
import { capitalisedNames } from './question-names.js';
import { escapeRegExp, indexTokens, isHan, questionWords, STOPWORDS } from './text-tokens.js';
import { isChineseWord, isEveryday, wordSpecificity } from './word-specificity.js';
import { glossedAbbreviations } from './glossed-abbreviations.js';
import { withoutJoinedDate, withoutSideDate, withoutStepDate } from './enumerated-steps.js';

/** The ids a mention stands for: an actor with the offices under it, anything else itself. */
export const mentionIds = (mention: Pick<EntityMention, 'id' | 'kind'>, aliases: AliasTable): string[] =>
  (mention.kind === 'actor' ? aliases.withDescendants(mention.id) : [mention.id]);

export interface EntityMention {
  id: string;
  kind: AliasKind;
  /** The words as they appear in the question. */
  surface: string;
  /** Other entries the same words name (国务院: China's State Council or the State Department): the company the mention keeps decides. */
  alternatives?: string[];
  /** Named as the owner of a strategy, a law or a policy ("Russia's AI strategy", 俄罗斯的国家人工智能战略): the question asks what it did. */
  owner?: OwnedPolicy;
  /** Set aside by the question ("besides SenseTime, which firms…", 除了德国还有哪些国家): it asks for others of its sort. */
  setAside?: true;
  /** Let into a wider list ("…都出了哪些招？BIS那件也算", "including BIS"): one member, not what the list is of. */
  included?: true;
  /** The run of names joined by "and", "or", commas or slashes this one is in (OECD, G20 and GPAI; 商汤和中芯国际), when it has two or more. */
  run?: number;
}

export type OwnedPolicy = 'strategy' | 'law' | 'policy';

const POLICY_NOUNS: Array<{ kind: OwnedPolicy; en: string; title: string; zh: string }> = [
  // 战略 before the noun it qualifies (战略力量 strategic forces, 战略稳定 strategic stability) is no strategy.
  { kind: 'strategy', en: 'strateg(?:y|ies)', title: 'Strateg(?:y|ies)', zh: '战略(?!力量|稳定|竞争|威慑|关系|互信|对手|伙伴|层面|意义|态势|平衡|博弈|轰炸|核)' },
  // A title that ends in 法 is a law: 《人工智能法》.
  { kind: 'law', en: 'laws?|acts?|regulations?|legislation', title: 'Law|Act|Regulation', zh: '法案|法律(?!诉讼)|法规|条例|立法|法(?=》)' },
  { kind: 'policy', en: 'polic(?:y|ies)|doctrine|guidelines', title: 'Polic(?:y|ies)|Doctrine|Guidelines', zh: '政策|方针' },
];

const SAYING_ZH = '说|称|表示|认为|强调|指出|提到|谈到|主张|建议|呼吁';

/** What the question names this mention the owner of: a strategy, law or policy (not its object: 对俄罗斯的战略). */
function ownedPolicy(question: string, surface: string, otherNames: readonly string[] = []): OwnedPolicy | undefined {
  const at = question.indexOf(surface);
  if (at < 0) return undefined;
  const after = question.slice(at);
  const han = isHan(surface);
  // 对 before the name makes it the policy's object, unless the text is what speaks of it (论文对俄罗斯…战略的介绍).
  const before = question.slice(Math.max(0, at - 4), at);
  if (han && /[对向针]\s*$/u.test(before) && !/(?:论文|文章|本文|作者|文中|该文|报告)对\s*$/u.test(before)) return undefined;
  // What someone says (希克斯又说AI要跟战略力量结合) is not theirs: the words between may not hold a verb of saying.
  const owned = (nouns: string): RegExp => new RegExp(han ? `^${escapeRegExp(surface)}的?(?:(?!${SAYING_ZH})[^，。？！、,.?!;；]){0,20}?(?:${nouns})`
    : String.raw`^${escapeRegExp(surface)}(?:'s|’s)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:${nouns})\b`, 'iu');
  // A capitalised title after the name owns it too, without 's: "the EU AI Act" (but not "did the Navy act").
  const titled = (nouns: string): RegExp => new RegExp(String.raw`^${escapeRegExp(surface)}\s+(?:[A-Z][\p{L}-]*\s+){0,3}?(?:${nouns})\b`, 'u');
  // So does an AI law or strategy after the name however it is typed ("the eu ai act").
  const ofAi = (nouns: string): RegExp => new RegExp(String.raw`^${escapeRegExp(surface)}\s+(?:ai|artificial intelligence)\s+(?:${nouns})\b`, 'iu');
  // Another name nearer the noun owns it (卡尼亚对中国“三步走”战略的解读: China's strategy, not Kania's).
  const ownedHere = (pattern: RegExp): boolean => {
    const span = pattern.exec(after)?.[0].slice(surface.length);
    return span !== undefined && !otherNames.some((name) => name !== surface && span.includes(name));
  };
  return POLICY_NOUNS.find((noun) => ownedHere(owned(han ? noun.zh : noun.en)) || (!han && (ownedHere(titled(noun.title)) || ownedHere(ofAi(noun.en)))))?.kind;
}

/** The names a question sets aside to ask for others: "besides X", "other than X", 除了X(以外)…. */
const SET_ASIDE = [/\b(?:besides|apart from|aside from|other than|except(?: for)?|in addition to)\s+([^,;?]{1,60})/giu, /除(?:了)?([^，,？?。；]{1,20}?)(?:以外|之外|外|还|，|,)/gu];

/** The names a question lets into a wider list: "including X", "plus X", 包括X, X那件也算. */
const INCLUDED = [/\b(?:including|incl\.?|plus|as well as)\s+([^,;?]{1,60})/giu, /(?:包括|包含|连同)([^，,？?。；]{1,20})/gu,
  /([^，,？?。；]{1,20}?)(?:那件|那个|这件|这个)?也算/gu];

function included(question: string, surface: string): boolean {
  const name = surface.toLowerCase();
  return INCLUDED.some((pattern) => [...question.matchAll(pattern)].some(([, clause]) => (clause ?? '').toLowerCase().includes(name)));
}

function setAside(question: string, surface: string): boolean {
  const name = surface.toLowerCase();
  return SET_ASIDE.some((pattern) => [...question.matchAll(pattern)].some(([, clause]) => (clause ?? '').toLowerCase().includes(name)));
}

/**
 * A reading question about an action ("按论文的标准，美国一再加码AI研发预算属于哪种驱动逻辑") names the paper's apparatus
 * (indicators, criteria, logics) only to say how it asks: the action is its topic. Asked about the apparatus alone ("what
 * indicators does the paper use"), the apparatus is the topic.
 */
function withoutApparatus(kind: QuestionKind, groups: TermGroup[]): TermGroup[] {
  if (kind !== 'reading') return groups;
  const apparatus = (g: TermGroup): boolean => APPARATUS.test(g.text);
  const topical = groups.some((g) => !apparatus(g) && g.specificity >= 0.5);
  return topical ? groups.filter((g) => !apparatus(g)) : groups;
}

/** A question turned into what retrieval needs. */
export interface UnderstoodQuestion {
  lang: Lang;
  kind: QuestionKind;
  /** For reading questions that name one: the reading asked about. */
  driver?: 'power' | 'security';
  /** Dates and administrations the question names: hard filters. */
  filter: ItemFilter;
  entities: EntityMention[];
  /** One group per content word that is not an entity: the word with its synonyms and instrument. */
  termGroups: TermGroup[];
  /** The index terms of each entity mention, in the order of `entities`. */
  entityWords: string[][];
  /** Asks for every matching item ("all", 所有), not only the closest. */
  exhaustive: boolean;
  /** Asks who: a list of people. */
  asksWho: boolean;
  /** Asks by what signs the paper tells the reading `driver`, or either reading when it names none. */
  asksCriteria?: boolean;
  asksExamples?: boolean;
  /** The two entities (indices into `entities`) a comparison sets side by side, when the question's wording shows them. */
  sides?: [number, number];
  /** The other entities written tight against each side ("白宫国务院跟国防部"): one party with it. */
  sideMates?: [number[], number[]];
  /** Entities (indices into `entities`) named as what another acts on ("白宫对GPAI"): never a side of a comparison. */
  matters?: number[];
  /** The question without its date and administration phrases: what a follow-up inherits. */
  topic: string;
  /** Bodies of another country named like US ones ("中国商务部"): names the store does not hold. */
  foreignBodies: string[];
  /** Chinese names of bodies the alias table does not hold (外交部): unless the store writes them, bodies it does not hold. */
  bodiesOutsideTable: string[];
}

export { findEntities } from './entity-names.js';

const phrasePatterns = new Map<string, RegExp>();
/** Where a name or phrase occurs in lower-cased text (Latin ones as whole words, plural allowed), or -1. */
function mentions(lowerText: string, phrase: string): number {
  const key = phrase.toLowerCase();
  if (isHan(key)) return lowerText.indexOf(key);
  let pattern = phrasePatterns.get(key);
  if (!pattern) {
    // A phrase's plural or -ing form names it too ("entity listings").
    pattern = new RegExp(`(?<![a-z\\u00c0-\\u024f])${escapeRegExp(key)}(?:e?s|ings?)?(?![a-z\\u00c0-\\u024f])`, 'u');
    phrasePatterns.set(key, pattern);
  }
  return lowerText.search(pattern);
}

const instrumentPhrases = new WeakMap<Vocabulary, Array<{ instrument: string; name: string }>>();
function phrasesOf(vocabulary: Vocabulary): Array<{ instrument: string; name: string }> {
  let phrases = instrumentPhrases.get(vocabulary);
  if (!phrases) {
    phrases = [...vocabulary.instruments].flatMap(([instrument, names]) => names.map((name) => ({ instrument, name })))
      .sort((a, b) => b.name.length - a.name.length);
    instrumentPhrases.set(vocabulary, phrases);
  }
  return phrases;
}

/**
 * Instrument names in the text ("blacklist", "预算"), longest first: each becomes one idea that the
 * instrument's items meet through its reference term, and its words leave the text.
 */
/** The paper's indicators by name ("意识形态化", "accident prevention"): they meet the actions it reads by them. */
function takeIndicators(lowerText: string): { groups: TermGroup[]; rest: string } {
  let rest = lowerText;
  const groups: TermGroup[] = [];
  for (const { phrase, ref } of indicatorPhrases()) {
    const at = mentions(rest, phrase);
    if (at < 0) continue;
    const terms = [...new Set(indexTokens(phrase))];
    groups.push({ text: phrase, terms, need: isHan(phrase) ? Math.ceil(terms.length / 2) : terms.length, alternatives: [ref], proper: false, specificity: 1 });
    rest = `${rest.slice(0, at)} ${rest.slice(at + phrase.length)}`;
  }
  return { groups, rest };
}

function takeInstruments(text: string, vocabulary: Vocabulary): { groups: TermGroup[]; rest: string } {
  const phrases = phrasesOf(vocabulary);
  let rest = text.normalize('NFKC').toLowerCase();
  const groups: TermGroup[] = [];
  for (const { instrument, name } of phrases) {
    const at = mentions(rest, name);
    if (at < 0) continue;
    const terms = [...new Set(indexTokens(name))];
    const same = groups.find((g) => g.text === name);
    const refs = vocabulary.covers(instrument).map(instrumentRef);
    if (same) same.alternatives.push(...refs);
    else groups.push({ text: name, terms, need: terms.length, alternatives: refs, proper: false, specificity: 1 });
    rest = `${rest.slice(0, at)} ${rest.slice(at + name.length)}`;
  }
  return { groups, rest };
}


/** What a Chinese question acts on: 对X的制裁, 对X采取…, 对X做了…; an entity the store knows has already left the text. */
// 对华 is "toward China", not the start of a name (对华科技措施上“打架”的案例).
// An order issued to it (对大疆无人机下达禁令) ends it too.
const TARGET_ZH = /对(?!华)([^\s，。？！、的]{2,10}?)(?:的|采取|做了|实施|施加|出手|下手|进行|发起|下达|发出)/gu;

/** Whom a question asks what they said: "what did commerce secretary wilbur ross say", "how did X respond". */
// A relative clause ("the three-star who ran the Pentagon's AI office") describes someone: its words are no name.
const SUBJECT_EN = /\b(?:what|how) (?:did|does|do|has|have|had) ([a-z](?:(?!\s(?:who|that|which|whose)\b)[a-z .'-]){1,60}?) (?:say|said|think|argue|claim|react|respond|tell|write|warn|announce|propose)\b/giu;

/** A name after the post a Chinese question gives it: 财政部长耶伦, 国务卿布林肯 (a post is written before the name). */
const NAMED_BY_POST_ZH = /(?:部长|国务卿|总统|副总统|主任|司令|大使|议员|顾问|发言人|主席|首相|总理)([\u4e00-\u9fff]{2,4}?)(?=对|在|就|的|说|称|表示|认为|指出|曾|也|是|[，,？?。])/gu;

/** The names after Chinese posts that general language does not know (耶伦 in 财政部长耶伦): however the text is cut, a name. */
const namesAfterPosts = (question: string): string[] =>
  [...question.normalize('NFKC').matchAll(NAMED_BY_POST_ZH)].map(([, name]) => name ?? '').filter((name) => !isChineseWord(name));

/**
 * The words a pattern's first group holds: the targets a Chinese question names (TARGET_ZH), which the store lacking
 * makes an unknown name, and the person an English one asks what they said (SUBJECT_EN), a name when the store does
 * not know them, however typed.
 */
function wordsIn(text: string, pattern: RegExp): Set<string> {
  return new Set([...text.normalize('NFKC').matchAll(pattern)].flatMap(([, span]) => questionWords(span ?? '').map((w) => w.text)));
}

// The frame a question reads in ("in the paper's framework", 在论文框架里), not one it asks about (论文的分析框架是什么).
const FRAME_PLACE_BEFORE = /\b(?:in|under|within|by|through|per)\s+(?:the\s+)?$/iu;
const FRAME_EN = /^\s*(?:analytic(?:al)?\s+)?(?:framework|lens|scheme|terms|framing)\b/iu;
const FRAME_ZH = /^的?(?:分析)?(?:框架|视角|语境)(?=[里中下内])/u;

/** A question that ends on what it asks for, after an interrogative (有啥共通点？, 是什么路子): the word names an answer's kind. */
function askedForAtEnd(text: string, word: string): boolean {
  const at = text.lastIndexOf(word);
  return at >= 0 && /(?:啥|什么|哪些|哪种|哪几个|哪几种|哪几点)$/u.test(text.slice(0, at).replace(/\s+/gu, ''))
    && /^[吗呢啊呀]?[\s？?。!！]*$/u.test(text.slice(at + word.length));
}

function contentGroups(text: string, vocabulary: Vocabulary, targeted: ReadonlySet<string>, speakers: ReadonlySet<string>, byPost: readonly string[]): TermGroup[] {
  const glossed = glossedAbbreviations(text);
  let scoped = text.normalize('NFKC');
  for (const name of vocabulary.scope) {
    for (let at = mentions(scoped.toLowerCase(), name); at >= 0; at = mentions(scoped.toLowerCase(), name)) {
      // "the paper's", and 论文里 (in the paper): the possessive and the place word go with it, and so does the frame it
      // offers, read in ("in the paper's framework", 论文框架里): the paper's way of reading, not a framework the store tells of.
      const before = scoped.slice(0, at);
      const after = scoped.slice(at + name.length).replace(/^['’]s\b/u, '');
      scoped = `${before} ${(FRAME_PLACE_BEFORE.test(before) ? after.replace(FRAME_EN, '') : after.replace(FRAME_ZH, '')).replace(/^[里中内上]/u, '')}`;
    }
  }
  text = scoped;
  const indicators = takeIndicators(text.normalize('NFKC').toLowerCase());
  const instruments = takeInstruments(indicators.rest, vocabulary);
  const groups = [...indicators.groups, ...instruments.groups];
  const rest = instruments.rest;
  const names = capitalisedNames(text);
  // A lone capitalised word general English uses every day ("American", "Western") is an adjective, not a name; a
  // function word capitalised ("AI Next") is one only because it is a name.
  const nameSizes = [...names.values()].reduce((sizes, at) => sizes.set(at, (sizes.get(at) ?? 0) + 1), new Map<number, number>());
  for (const [word, at] of names) {
    if (nameSizes.get(at) === 1 && !isHan(word) && !STOPWORDS.has(word) && isEveryday(wordSpecificity(word, false))) names.delete(word);
  }
  const proper = new Set(names.keys());
  // An indicator or instrument quoted with other words (“表态克制”) is still one of the quote's words.
  groups.forEach((g, i) => { if (names.has(g.text)) groups[i] = { ...g, name: names.get(g.text) as number }; });
  const seen = new Set(groups.map((g) => g.text));
  for (const word of questionWords(rest, proper)) {
    if (seen.has(word.text)) continue;
    seen.add(word.text);
    const synonyms = (vocabulary.synonyms.get(word.text) ?? []).flatMap((phrase) => indexTokens(phrase));
    const specificity = wordSpecificity(word.text, word.han);
    if (word.han && byPost.some((name) => word.text.includes(name))) names.set(word.text, Math.max(-1, ...names.values()) + 1);
    // A Chinese run that looks like a name is one only when general language does not know it (追溯到 is no name).
    groups.push({ text: word.text, terms: word.terms, need: word.han ? Math.ceil(word.terms.length / 2) : 1,
      alternatives: [...new Set([...synonyms, ...[indicatorMeant(word.terms, specificity)].filter((ref) => ref !== undefined)])],
      proper: proper.has(word.text) || names.has(word.text) || targeted.has(word.text) || (word.nameLike === true && specificity >= 0.9) || isCountryName(word.text),
      specificity, ...(names.has(word.text) ? { name: names.get(word.text) as number } : {}), ...(speakers.has(word.text) ? { nameIfUnknown: true as const } : {}),
      ...(glossed.has(word.text) ? { spelledOut: glossed.get(word.text) as string[] } : {}),
      ...(word.han && askedForAtEnd(text, word.text) ? { askedFor: true as const } : {}) });
  }
  return groups;
}

/**
 * The presidents a question names that stand for their administrations: those named beside another administration
 * and other names ("Trump-era sanctions on Chinese firms … from Biden's"), or two presidents named together ("budget
 * requests across Trump and Biden"). The administrations are then compared or spanned, not a president and a name.
 */
function presidentsForAdministrations(named: readonly EntityMention[], filter: ItemFilter, question: string): EntityMention[] {
  const isPresident = (e: EntityMention): boolean => e.kind === 'person' && administrationNamed(e.surface) !== undefined;
  // A president's policy or strategy ("Biden's China policy", 拜登的对华政策) is the administration's.
  const otherAdministration = (e: EntityMention): boolean => isPresident(e) && administrationNamed(e.surface) !== filter.administrations?.[0];
  const besideAdministration = filter.administrations?.length === 1 && named.some((e) => !otherAdministration(e));
  const twoPresidents = !filter.administrations && new Set(named.filter(isPresident).map((e) => administrationNamed(e.surface))).size >= 2;
  const governing = named.filter((e) => isPresident(e) && ['policy', 'strategy'].includes(ownedPolicy(question, e.surface) ?? ''));
  if (!filter.administrations && !twoPresidents && governing.length > 0) return governing;
  return besideAdministration || twoPresidents ? named.filter(otherAdministration) : [];
}

export function understandQuestion(asked: string, aliases: AliasTable, vocabulary: Vocabulary): UnderstoodQuestion {
  const question = plainWording(asked, vocabulary);
  const filtered = extractQuestionFilters(question);
  const { filter, onePeriod } = filtered;
  // "the Harvard professor" is Graham Allison: with the name in its place, the question reads as though it had been typed.
  const found = findEntities(filtered.rest, aliases);
  const byName = namePeopleByPost(filtered.rest, aliases, found.filter((e) => e.kind === 'person')).text;
  // "中国商务部" is China's ministry, which the store does not hold, not the US Commerce Department.
  const { text: rest, bodies: foreignBodies } = setApartForeignBodies(byName, byName === filtered.rest ? found : findEntities(byName, aliases), aliases);
  // The names are read again only where the text changed.
  const named = rest === filtered.rest.normalize('NFKC') && byName === filtered.rest ? found : findEntities(rest, aliases);
  const presidents = presidentsForAdministrations(named, filter, question.normalize('NFKC'));
  for (const president of presidents) filter.administrations = [...(filter.administrations ?? []), administrationNamed(president.surface) as string];
  const normalized = question.normalize('NFKC');
  const entities = named.filter((e) => !presidents.includes(e))
    .map((e) => { const owner = ownedPolicy(normalized, e.surface, named.map((other) => other.surface)); return owner ? { ...e, owner } : e; })
    .map((e) => (setAside(normalized, e.surface) ? { ...e, setAside: true as const } : e))
    .map((e) => (included(normalized, e.surface) ? { ...e, included: true as const } : e));
  const layout = layOutNames(rest, entities);
  entities.forEach((e, i) => { const run = layout.runs[i]; if (run !== undefined) entities[i] = { ...e, run }; });
  let words = rest.normalize('NFKC');
  // Every mention of a president who stands for an administration goes ("…有什么不同？拜登多强调了哪些"), not the first.
  for (const president of presidents) words = words.replace(new RegExp(`${escapeRegExp(president.surface)}(?:['’]s)?`, 'giu'), ' ');
  const entityWords: string[][] = [];
  for (const entity of entities) {
    words = words.replace(new RegExp(escapeRegExp(entity.surface), 'iu'), ' ');
    entityWords.push([...new Set(indexTokens(entity.surface))]);
  }
  const classified = classifyQuestion(words, entities.some((e) => e.kind === 'person'), Math.max(entities.length, filter.administrations?.length ?? 0));
  // A question bounded on both sides ("between May 2019 and October 2021") asks how things unfolded.
  const ranged = filter.from !== undefined && filter.to !== undefined && filter.from !== filter.to && !onePeriod;
  // How something changed between two administrations ("特朗普时期和拜登时期…有什么变化") sets them side by side.
  const twoAdministrations = (filter.administrations?.length ?? 0) === 2;
  if (classified.everyActionRead && classified.driver) filter.drivers = [classified.driver];
  const kind = (classified.kind === 'fact' || classified.kind === 'timeline') && twoAdministrations ? 'compare'
    : classified.kind === 'fact' && ranged ? 'timeline' : classified.kind;
  // A list of what a president did ("拜登的科技民主联盟包括哪些行动？") is of the administration's actions.
  const president = kind === 'list' && !filter.administrations
    ? entities.findIndex((e) => e.kind === 'person' && administrationNamed(e.surface) !== undefined) : -1;
  if (president >= 0) filter.administrations = [administrationNamed((entities[president] as EntityMention).surface) as string];
  const kept = (_: unknown, i: number): boolean => i !== president;
  const termGroups = withSorts(withoutApparatus(kind, contentGroups(classified.rest, vocabulary, wordsIn(question, TARGET_ZH), wordsIn(question, SUBJECT_EN), namesAfterPosts(question))), question,
    { aliases, vocabulary }, { kind, named: entities.map((e) => e.id) });
  return {
    lang: detectLang(question),
    kind,
    ...(classified.driver ? { driver: classified.driver } : {}),
    ...(classified.asksCriteria ? { asksCriteria: true } : {}), ...(classified.asksExamples ? { asksExamples: true } : {}),
    filter: withoutJoinedDate(question, kind === 'compare' ? withoutSideDate(question, withoutStepDate(question, filter)) : withoutStepDate(question, filter)),
    entities: entities.filter(kept),
    termGroups,
    entityWords: entityWords.filter(kept),
    topic: rest,
    foreignBodies,
    bodiesOutsideTable: bodiesOutsideTable(termGroups, aliases),
    ...(layout.sides && president < 0 ? { sides: layout.sides, ...(layout.mates ? { sideMates: layout.mates } : {}) } : {}),
    ...(layout.matters.length > 0 && president < 0 ? { matters: layout.matters } : {}),
    exhaustive: classified.exhaustive,
    asksWho: classified.asksWho,
  };
}

const FOLLOW_UP_EN = /^\s*(?:and|but|what about|how about|and what about|same for|also|then|ok(?:ay)?,?\s+(?:and|what about))\b[\s,]*/i;
const FOLLOW_UP_ZH_START = /^\s*(?:那么|那|还有|另外|而|再看)/u;
const FOLLOW_UP_ZH_END = /(?:呢|又如何|怎么样|又怎样)\s*[?？]?\s*$/u;

/** The question opens or ends like a follow-up: "and under Biden?", "那国防部呢？". */
export const opensAsFollowUp = (question: string): boolean =>
  FOLLOW_UP_EN.test(question) || FOLLOW_UP_ZH_START.test(question) || FOLLOW_UP_ZH_END.test(question);

/**
 * True when a question only makes sense after the previous one: it opens like a follow-up ("and under
 * Biden?", "那国防部呢？") and brings at most a new actor, period or a word or two, or it names nothing but a
 * period or administration ("2020?"). A question with a subject and content of its own starts a new topic.
 */
export function isFollowUp(question: string, understood: UnderstoodQuestion): boolean {
  const marked = opensAsFollowUp(question);
  const content = understood.termGroups.length;
  if (marked) return content <= 2 && understood.entities.length <= 1;
  // A period alone follows up ("2020?", "2021年下半年"); a whole question about one does not ("feb 2019: what came out, in
  // what order?").
  return content === 0 && understood.entities.length === 0 && Object.keys(understood.filter).length > 0 && isFragment(understood.topic);
}

/** A few words at most, without the question's dates: "2020?", "under Biden", "2019年呢". */
function isFragment(topic: string): boolean {
  const latinWords = topic.match(/[A-Za-z]+/g)?.length ?? 0;
  const hanCharacters = topic.match(/\p{Script=Han}/gu)?.length ?? 0;
  return latinWords <= FRAGMENT_WORDS && hanCharacters <= 2 * FRAGMENT_WORDS;
}
const FRAGMENT_WORDS = 3;

/**
 * A follow-up inherits the previous topic and filters; what it names replaces the same kind of thing
 * (a new actor replaces the old actor, a new date range the old one).
 */
export function mergeFollowUp(previous: { topic: string; filter: ItemFilter }, current: UnderstoodQuestion,
  aliases: AliasTable): { topic: string; filter: ItemFilter } {
  let topic = previous.topic;
  const replacedKinds = new Set(current.entities.map((e) => e.kind));
  for (const old of findEntities(previous.topic, aliases)) {
    if (replacedKinds.has(old.kind)) topic = topic.replace(new RegExp(escapeRegExp(old.surface), 'iu'), ' ');
  }
  const added = current.topic.replace(FOLLOW_UP_EN, ' ').replace(FOLLOW_UP_ZH_START, ' ').replace(FOLLOW_UP_ZH_END, ' ').replace(/[?？]/g, ' ');
  return { topic: `${topic} ${added}`.replace(/\s+/g, ' ').trim(), filter: mergeFilters(previous.filter, current.filter) };
}

/** The previous filters with the current question's period or administration in place of the old ones. */
export function mergeFilters(previous: ItemFilter, current: ItemFilter): ItemFilter {
  const filter: ItemFilter = { ...previous };
  if (current.administrations) {
    filter.administrations = current.administrations;
    // A new administration makes the old period meaningless.
    if (!current.from && !current.to) { delete filter.from; delete filter.to; }
  }
  if (current.from || current.to) {
    delete filter.from; delete filter.to;
    if (current.from) filter.from = current.from;
    if (current.to) filter.to = current.to;
    if (!current.administrations) delete filter.administrations;
  }
  return filter;
}
