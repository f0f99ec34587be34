import type { AliasKind, AliasTable } from '../core/alias-table.js';
import type { ItemFilter } from '../core/ports.js';
import { INSTRUMENT_WORDS, SYNONYMS } from './instrument-words.js';
import { instrumentRef, type TermGroup } from './search-index.js';
import { FOREIGN_NAMES } from './foreign-names.js';
import { extractQuestionFilters } from './question-filters.js';
import { hanBigrams, indexTokens, isHan, STOPWORDS, tokenize } from '../core/text-tokens.js';

export type Lang = 'en' | 'zh';

export interface EntityMention {
  id: string;
  kind: AliasKind;
  /** The words as they appear in the question. */
  surface: string;
}

/** A question turned into what retrieval needs. */
export interface UnderstoodQuestion {
  lang: Lang;
  /** Dates and administrations the question names: hard filters. */
  filter: ItemFilter;
  entities: EntityMention[];
  /** One group per idea that is not an entity: a word with its synonyms. */
  termGroups: TermGroup[];
  /** The index terms of each entity mention, in the order of `entities`. */
  entityWords: string[][];
  /** Tokens of proper names (capitalised words, foreign country names): unknown ones weigh fully. */
  properTokens: string[];
  /** Foreign countries and blocs the question names (each as its tokens). */
  foreignNames: string[][];
  /** The question without its date and administration phrases: what a follow-up inherits. */
  topic: string;
}

export function detectLang(text: string): Lang {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return han > 0 && han * 3 >= latin ? 'zh' : 'en';
}

interface AliasName { name: string; id: string; kind: AliasKind; pattern: RegExp | null }
const namesCache = new WeakMap<AliasTable, AliasName[]>();

/** Every alias name, longest first, with a word-boundary pattern for Latin names. */
function aliasNames(aliases: AliasTable): AliasName[] {
  const cached = namesCache.get(aliases);
  if (cached) return cached;
  const names: AliasName[] = [];
  for (const entry of aliases.entries) {
    for (const name of new Set([entry.name.en, entry.name.zh, ...entry.aliases])) {
      const normal = name.normalize('NFKC').toLowerCase().trim();
      if (normal.length < 2) continue;
      const escaped = normal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push({ name: normal, id: entry.id, kind: entry.kind,
        pattern: isHan(normal) ? null : new RegExp(`(?<![a-z0-9\\u00c0-\\u024f])${escaped}(?![a-z0-9\\u00c0-\\u024f])`, 'u') });
    }
  }
  names.sort((a, b) => b.name.length - a.name.length);
  namesCache.set(aliases, names);
  return names;
}

/** Finds alias-table names in the text, longest first, each span used once. */
export function findEntities(text: string, aliases: AliasTable): EntityMention[] {
  let rest = text.normalize('NFKC').toLowerCase();
  const found: EntityMention[] = [];
  for (const { name, id, kind, pattern } of aliasNames(aliases)) {
    const index = pattern ? rest.search(pattern) : rest.indexOf(name);
    if (index < 0) continue;
    if (!found.some((e) => e.id === id)) found.push({ id, kind, surface: text.normalize('NFKC').slice(index, index + name.length) });
    rest = `${rest.slice(0, index)}${' '.repeat(name.length)}${rest.slice(index + name.length)}`;
  }
  return found;
}

/** Instruments whose everyday names occur in the text ("blacklist", "预算"), with the words that named them. */
function instrumentMentions(text: string): Array<{ ref: string; words: string[] }> {
  const lower = text.normalize('NFKC').toLowerCase();
  const found: Array<{ ref: string; words: string[] }> = [];
  for (const [instrument, phrases] of Object.entries(INSTRUMENT_WORDS)) {
    for (const phrase of phrases) {
      if (mentions(lower, phrase)) found.push({ ref: instrumentRef(instrument), words: tokenize(phrase) });
    }
  }
  return found;
}

function termGroupFor(token: string, instruments: Array<{ ref: string; words: string[] }>): TermGroup {
  const han = isHan(token);
  const synonyms = (SYNONYMS[token] ?? []).flatMap((phrase) => indexTokens(phrase));
  const refs = instruments.filter((m) => m.words.some((w) => w === token || (han && (w.includes(token) || token.includes(w))))).map((m) => m.ref);
  if (!han) return { terms: [token], need: 1, alternatives: [...new Set([...synonyms, ...refs])] };
  const pairs = token.length === 2 ? [token] : hanBigrams(token);
  return { terms: pairs, need: Math.ceil(pairs.length / 2), alternatives: [...new Set([...synonyms, ...refs])] };
}

/** Content words of a text as term groups: no stopwords, no lone digits, no single Chinese characters. */
/** Chinese particles the segmenter leaves on a word ("飞了", "的话"): they are not what the question is about. */
const stripParticles = (token: string): string => (isHan(token) ? token.replace(/^[在把被对将]|[了的吗呢过着么啊吧]$/gu, '') : token);

function contentGroups(text: string): TermGroup[] {
  const tokens = tokenize(text).map(stripParticles)
    .filter((t) => t && !STOPWORDS.has(t) && !/^\d{1,2}$/.test(t) && !(isHan(t) && t.length === 1));
  const instruments = instrumentMentions(text);
  return [...new Set(tokens)].map((token) => termGroupFor(token, instruments));
}

function mentions(lowerText: string, name: string): boolean {
  const key = name.toLowerCase();
  return isHan(key) ? lowerText.includes(key) : new RegExp(`(?<![a-z\\u00c0-\\u024f])${key}(?![a-z\\u00c0-\\u024f])`, 'u').test(lowerText);
}

function foreignNames(text: string): string[][] {
  const lower = text.normalize('NFKC').toLowerCase();
  return FOREIGN_NAMES.filter((name) => mentions(lower, name)).map((name) => tokenize(name));
}

/** Capitalised words after the first (English) and foreign country names (either language). */
function properTokens(text: string): string[] {
  const tokens = new Set<string>();
  const words = text.normalize('NFKC').split(/\s+/);
  words.forEach((word, index) => {
    if (index > 0 && /^[A-Z][\p{L}'’-]+/u.test(word)) for (const t of tokenize(word)) tokens.add(t);
  });
  for (const name of foreignNames(text)) for (const t of name) tokens.add(t);
  return [...tokens].filter((t) => !STOPWORDS.has(t));
}

export function understandQuestion(question: string, aliases: AliasTable): UnderstoodQuestion {
  const { filter, rest } = extractQuestionFilters(question);
  const entities = findEntities(rest, aliases);
  let words = rest.normalize('NFKC');
  const entityGroups: string[][] = [];
  for (const entity of entities) {
    words = words.replace(new RegExp(entity.surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu'), ' ');
    entityGroups.push([...new Set(indexTokens(entity.surface))]);
  }
  // Synonym phrases ("hard-drive", "entity list") are matched before single words.
  return {
    lang: detectLang(question),
    filter,
    entities,
    termGroups: contentGroups(words),
    entityWords: entityGroups,
    properTokens: properTokens(words),
    foreignNames: foreignNames(words),
    topic: rest,
  };
}

const FOLLOW_UP_EN = /^\s*(?:and|but|what about|how about|and what about|same for|also|then|ok(?:ay)?,?\s+(?:and|what about))\b[\s,]*/i;
const FOLLOW_UP_ZH = /^\s*(?:那么|那|还有|另外|而|再看)\s*|\s*(?:呢|又如何|怎么样|如何)\s*[?？]?\s*$/gu;

/** True when a question only makes sense after the previous one ("and under Biden?", "那国防部呢？"). */
export function isFollowUp(question: string, understood: UnderstoodQuestion): boolean {
  if (FOLLOW_UP_EN.test(question) || /^\s*(?:那么|那|还有|另外)/u.test(question) || /呢\s*[?？]?\s*$/u.test(question)) {
    return understood.termGroups.length <= 3;
  }
  return understood.termGroups.length === 0 && (understood.entities.length > 0 || Object.keys(understood.filter).length > 0);
}

/**
 * A follow-up inherits the previous topic and filters; what it names replaces the same kind of thing
 * (a new actor replaces the old actor, a new date range the old one).
 */
export function mergeFollowUp(previous: { topic: string; filter: ItemFilter }, current: UnderstoodQuestion,
  aliases: AliasTable): { topic: string; filter: ItemFilter } {
  let topic = previous.topic;
  const replacedKinds = new Set(current.entities.map((e) => e.kind));
  for (const old of findEntities(previous.topic, aliases)) {
    if (replacedKinds.has(old.kind)) topic = topic.replace(new RegExp(old.surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu'), ' ');
  }
  const added = current.topic.replace(FOLLOW_UP_EN, ' ').replace(FOLLOW_UP_ZH, ' ').replace(/[?？]/g, ' ');
  const filter: ItemFilter = { ...previous.filter };
  if (current.filter.administrations) {
    filter.administrations = current.filter.administrations;
    // A new administration makes the old period meaningless.
    if (!current.filter.from && !current.filter.to) { delete filter.from; delete filter.to; }
  }
  if (current.filter.from || current.filter.to) {
    delete filter.from; delete filter.to;
    if (current.filter.from) filter.from = current.filter.from;
    if (current.filter.to) filter.to = current.filter.to;
    if (!current.filter.administrations) delete filter.administrations;
  }
  return { topic: `${topic} ${added}`.replace(/\s+/g, ' ').trim(), filter };
}
