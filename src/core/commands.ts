import type { ChartKind } from './chart-data.js';
import type { RawFilters } from './filters.js';

import type { Lang } from './lang.js';

export type { Lang };

/** A user's text as a typed command. The same grammar serves Slack, Teams, the console and the CLI. */
export type Command =
  | { kind: 'ask'; question: string; lang?: Lang }
  | { kind: 'events'; filters: RawFilters; page: number; lang?: Lang }
  | { kind: 'event'; id: string; lang?: Lang }
  | { kind: 'actor'; name: string; lang?: Lang }
  | { kind: 'compare'; left: string; right: string; lang?: Lang }
  | { kind: 'framework'; lang?: Lang }
  | { kind: 'digest'; since?: string; lang?: Lang }
  | { kind: 'chart'; chart: ChartKind; filters: RawFilters; lang?: Lang }
  | { kind: 'subscribe'; cadence: 'weekly' | 'daily'; filters: RawFilters; lang?: Lang }
  | { kind: 'unsubscribe' }
  | { kind: 'subscriptions' }
  | { kind: 'review'; action: ReviewAction }
  | { kind: 'status'; lang?: Lang }
  | { kind: 'help'; topic?: CommandName };

/** What an admin does with the review queue; `save` comes only from an edit form a chat adapter submits. */
export type ReviewAction =
  | { verb: 'list'; page: number }
  | { verb: 'show'; id: string }
  | { verb: 'approve'; id: string }
  | { verb: 'reject'; id: string; reason?: string }
  | { verb: 'edit'; id: string }
  | { verb: 'save'; id: string; changes: CandidateEdit };

/** The edit form's fields, in the order forms show them; submitted forms carry them under these names. */
export const CANDIDATE_EDIT_FIELDS = ['titleEn', 'titleZh', 'summaryEn', 'summaryZh', 'instrument', 'actors', 'targets'] as const;

/** Fields of a proposed item as an edit form returns them; each is checked before it replaces the proposal. */
export interface CandidateEdit {
  titleEn?: string;
  titleZh?: string;
  summaryEn?: string;
  summaryZh?: string;
  instrument?: string;
  /** Comma-separated names or ids, resolved through the alias table. */
  actors?: string;
  targets?: string;
}

export type CommandName = Command['kind'];
export const COMMAND_NAMES: readonly CommandName[] = ['ask', 'events', 'event', 'actor', 'compare', 'framework',
  'digest', 'chart', 'subscribe', 'unsubscribe', 'subscriptions', 'review', 'status', 'help'];

export type ParseResult = { ok: true; command: Command } | { ok: false; error: string; topic?: CommandName };

export const MAX_INPUT_LENGTH = 2000;
const FILTER_KEYS = ['actor', 'admin', 'from', 'to', 'driver', 'target', 'type', 'lang', 'page', 'since'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
const LIST_KEYS = new Set<FilterKey>(['actor', 'admin', 'driver', 'target', 'type']);

/** Full-width letters, digits and punctuation to ASCII, curly quotes to straight, spaces collapsed. */
export function normalizeInput(text: string): string {
  return text.normalize('NFKC').replace(/[“”«»「」『』]/g, '"').replace(/[‘’]/g, "'").replace(/\u3000/g, ' ').trim();
}

/** Splits on spaces, keeping "quoted phrases" (and key:"quoted values") together; an apostrophe is just a letter. */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(/(?:[^\s"]+|"[^"]*"?)+/g)) words.push(match[0].replace(/"/g, ''));
  return words.filter((word) => word.length > 0);
}

function parseFilterWords(words: string[]): { filters: RawFilters; extras: Partial<Record<FilterKey, string>>; text: string[]; error?: string } {
  const filters: RawFilters = {};
  const extras: Partial<Record<FilterKey, string>> = {};
  const text: string[] = [];
  for (const word of words) {
    const match = /^([a-z]+):(.*)$/i.exec(word);
    if (!match) {
      text.push(word);
      continue;
    }
    const key = (match[1] as string).toLowerCase();
    const value = (match[2] as string).trim();
    if (!(FILTER_KEYS as readonly string[]).includes(key)) {
      return { filters, extras, text, error: `unknown filter "${key}:" (filters: ${FILTER_KEYS.filter((k) => k !== 'since').map((k) => `${k}:`).join(' ')})` };
    }
    if (value === '') return { filters, extras, text, error: `"${key}:" needs a value, e.g. ${key}:${exampleValue(key as FilterKey)}` };
    const filterKey = key as FilterKey;
    if (LIST_KEYS.has(filterKey)) {
      const listKey = filterKey as 'actor' | 'admin' | 'driver' | 'target' | 'type';
      filters[listKey] = [...(filters[listKey] ?? []), ...value.split(',').map((v) => v.trim()).filter(Boolean)];
    } else if (filterKey === 'from' || filterKey === 'to') {
      filters[filterKey] = value;
    } else {
      extras[filterKey] = value;
    }
  }
  return { filters, extras, text };
}

function exampleValue(key: FilterKey): string {
  return { actor: 'commerce', admin: 'trump', from: '2019', to: '2021-06', driver: 'power', target: 'huawei',
    type: 'entity-list', lang: 'zh', page: '2', since: '2026-01-01' }[key];
}

function parseLang(value: string | undefined): Lang | undefined | 'invalid' {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (v === 'en' || v === 'english' || v === '英文') return 'en';
  if (v === 'zh' || v === 'cn' || v === 'chinese' || v === '中文') return 'zh';
  return 'invalid';
}

/** A message split for parsing: the command word, the arguments as text and as words, and the whole text. */
interface Words { name: string; text: string; argsText: string; args: string[] }
type CommandParser = (words: Words) => ParseResult;

/** Parses one message. Never throws: malformed input gives an error the router turns into usage help. */
export function parseCommand(input: string): ParseResult {
  if (input.length > MAX_INPUT_LENGTH * 4) {
    return { ok: false, error: `That message is ${input.length} characters long; keep it under ${MAX_INPUT_LENGTH}.` };
  }
  const text = normalizeInput(input).replace(/^\/brief\b\s*/i, '');
  if (text.length > MAX_INPUT_LENGTH) {
    return { ok: false, error: `That message is ${text.length} characters long; keep it under ${MAX_INPUT_LENGTH}.` };
  }
  if (text === '') return { ok: false, error: 'Ask a question, or type `help` to see what I can do.' };
  const [head = ''] = text.split(/\s+/);
  const name = head.toLowerCase();
  const argsText = text.slice(head.length).trim();
  // A Map, not an object literal: a first word such as "constructor" must never reach Object.prototype.
  const parse = PARSERS.get(name);
  return parse ? parse({ name, text, argsText, args: splitWords(argsText) }) : askCommand(text);
}

function parseHelp({ text, args }: Words): ParseResult {
  if (args.length > 1) return askCommand(text);
  const topic = args[0]?.toLowerCase();
  if (topic && !(COMMAND_NAMES as readonly string[]).includes(topic)) return { ok: false, error: `There is no command "${topic}".` };
  return { ok: true, command: topic ? { kind: 'help', topic: topic as CommandName } : { kind: 'help' } };
}

function parseAsk({ argsText }: Words): ParseResult {
  const parsed = extractLang(argsText);
  if ('error' in parsed) return { ok: false, error: parsed.error, topic: 'ask' };
  if (!parsed.text) return { ok: false, error: '`ask` needs a question, e.g. ask What did BIS do in October 2019?', topic: 'ask' };
  return { ok: true, command: withLang({ kind: 'ask', question: parsed.text }, parsed.lang) };
}

function parseEvents({ name, text, args }: Words): ParseResult {
  if (name === 'list' && readsAsQuestion(args)) return askCommand(text);
  const parsed = parseFilterWords(args);
  if (parsed.error) return { ok: false, error: parsed.error, topic: 'events' };
  const lang = parseLang(parsed.extras.lang);
  if (lang === 'invalid') return { ok: false, error: 'lang: is en or zh', topic: 'events' };
  const page = parsed.extras.page === undefined ? 1 : Number(parsed.extras.page);
  if (!Number.isInteger(page) || page < 1) return { ok: false, error: 'page: is a whole number from 1', topic: 'events' };
  if (parsed.extras.since) return { ok: false, error: 'events takes from: and to:, not since:', topic: 'events' };
  const filters: RawFilters = { ...parsed.filters };
  if (parsed.text.length > 0) filters.text = parsed.text.join(' ');
  return { ok: true, command: withLang({ kind: 'events', filters, page }, lang) };
}

function parseEvent({ args }: Words): ParseResult {
  const parsed = parseFilterWords(args);
  const lang = parseLang(parsed.extras.lang);
  if (parsed.error || lang === 'invalid' || parsed.text.length !== 1 || Object.keys(parsed.filters).length > 0) {
    return { ok: false, error: '`event` needs exactly one item id, e.g. event 2019-10-07-bis-entity-list-eight-ai-firms (and optionally lang:zh)', topic: 'event' };
  }
  return { ok: true, command: withLang({ kind: 'event', id: (parsed.text[0] as string).toLowerCase() }, lang) };
}

/** The command that opens an item in full, in the language it was shown in. */
export const eventCommand = (id: string, lang: Lang): string => `event ${id}${lang === 'zh' ? ' lang:zh' : ''}`;

function parseActor({ name, text, argsText, args }: Words): ParseResult {
  if (name === 'who' && readsAsQuestion(args)) return askCommand(text);
  const parsed = extractLang(argsText);
  if ('error' in parsed) return { ok: false, error: parsed.error, topic: 'actor' };
  if (!parsed.text) return { ok: false, error: '`actor` needs a name, e.g. actor Pentagon or actor 商务部', topic: 'actor' };
  return { ok: true, command: withLang({ kind: 'actor', name: parsed.text }, parsed.lang) };
}

function parseCompare({ text, argsText, args }: Words): ParseResult {
  const parsed = extractLang(argsText);
  if ('error' in parsed) return { ok: false, error: parsed.error, topic: 'compare' };
  const sides = parsed.text.split(/\s+(?:vs\.?|versus|v\.?|对比|与|和)\s+|\s*(?:对比|与)\s*/i).map((s) => s.trim()).filter(Boolean);
  if (sides.length !== 2 && readsAsQuestion(args)) return askCommand(text);
  if (sides.length !== 2) return { ok: false, error: '`compare` needs two sides, e.g. compare commerce vs defense, or compare trump vs biden', topic: 'compare' };
  return { ok: true, command: withLang({ kind: 'compare', left: sides[0] as string, right: sides[1] as string }, parsed.lang) };
}

function parseFramework({ args }: Words): ParseResult {
  const parsed = parseFilterWords(args);
  const lang = parseLang(parsed.extras.lang);
  if (parsed.error || lang === 'invalid' || parsed.text.length > 0) return { ok: false, error: '`framework` takes no arguments (only lang:en or lang:zh)', topic: 'framework' };
  return { ok: true, command: withLang({ kind: 'framework' }, lang) };
}

function parseDigest({ args }: Words): ParseResult {
  const parsed = parseFilterWords(args);
  const lang = parseLang(parsed.extras.lang);
  if (parsed.error || lang === 'invalid' || parsed.text.length > 0) return { ok: false, error: '`digest` takes only since:<date>, e.g. digest since:2026-01-01', topic: 'digest' };
  return { ok: true, command: withLang(parsed.extras.since ? { kind: 'digest', since: parsed.extras.since } : { kind: 'digest' }, lang) };
}

/** `chart timeline|stance` with the `events` filters (no free text, no page): the same items a listing shows, drawn. */
function parseChart({ text, args }: Words): ParseResult {
  const [kind = '', ...rest] = args;
  const chart = kind.toLowerCase();
  if (chart !== 'timeline' && chart !== 'stance' && readsAsQuestion(args)) return askCommand(text);
  if (chart !== 'timeline' && chart !== 'stance') return { ok: false, error: '`chart` needs timeline or stance, e.g. chart timeline actor:commerce', topic: 'chart' };
  const parsed = parseFilterWords(rest);
  if (parsed.error) return { ok: false, error: parsed.error, topic: 'chart' };
  const lang = parseLang(parsed.extras.lang);
  if (lang === 'invalid') return { ok: false, error: 'lang: is en or zh', topic: 'chart' };
  if (parsed.extras.page || parsed.extras.since) return { ok: false, error: 'chart takes the events filters (actor:, admin:, from:, to:, driver:, target:, type:, lang:), not page: or since:', topic: 'chart' };
  if (parsed.text.length > 0) return { ok: false, error: `chart takes filters such as actor:commerce or from:2019, not "${parsed.text.join(' ')}"`, topic: 'chart' };
  return { ok: true, command: withLang({ kind: 'chart', chart, filters: parsed.filters }, lang) };
}

function parseSubscribe({ args }: Words): ParseResult {
  const cadence = args[0]?.toLowerCase() === 'daily' ? 'daily' : 'weekly';
  const parsed = parseFilterWords(args[0] && /^(daily|weekly)$/i.test(args[0]) ? args.slice(1) : args);
  if (parsed.error) return { ok: false, error: parsed.error, topic: 'subscribe' };
  if (parsed.text.length > 0) return { ok: false, error: `subscribe takes weekly or daily and filters, not "${parsed.text.join(' ')}"`, topic: 'subscribe' };
  const lang = parseLang(parsed.extras.lang);
  if (lang === 'invalid') return { ok: false, error: 'lang: is en or zh', topic: 'subscribe' };
  return { ok: true, command: withLang({ kind: 'subscribe', cadence, filters: parsed.filters }, lang) };
}

/** Each command word, with its synonyms, and its parser; any other first word begins a question. */
const PARSERS = new Map<string, CommandParser>([
  ['help', parseHelp], ['帮助', parseHelp], ['?', parseHelp],
  ['ask', parseAsk],
  ['events', parseEvents], ['list', parseEvents],
  ['event', parseEvent], ['item', parseEvent],
  ['actor', parseActor], ['who', parseActor],
  ['compare', parseCompare],
  ['framework', parseFramework],
  ['digest', parseDigest],
  ['chart', parseChart], ['图表', parseChart],
  ['subscribe', parseSubscribe],
  ['unsubscribe', () => ({ ok: true, command: { kind: 'unsubscribe' } })],
  ['subscriptions', () => ({ ok: true, command: { kind: 'subscriptions' } })],
  ['review', parseReview],
  ['status', parseStatus],
]);

const REVIEW_USAGE = '`review` lists candidates awaiting review; `review show <id>`, `review approve <id>`, `review reject <id> [reason]`, `review edit <id>`';

function parseReview({ args }: Words): ParseResult {
  const [verb = 'list', id, ...rest] = args;
  const lower = verb.toLowerCase();
  if (lower === 'list') {
    const parsed = parseFilterWords(args.slice(1));
    const page = parsed.extras.page === undefined ? 1 : Number(parsed.extras.page);
    if (parsed.error || parsed.text.length > 0 || !Number.isInteger(page) || page < 1) return { ok: false, error: REVIEW_USAGE, topic: 'review' };
    return { ok: true, command: { kind: 'review', action: { verb: 'list', page } } };
  }
  if (!['show', 'approve', 'reject', 'edit'].includes(lower) || !id) return { ok: false, error: REVIEW_USAGE, topic: 'review' };
  if (lower !== 'reject' && rest.length > 0) return { ok: false, error: REVIEW_USAGE, topic: 'review' };
  const candidate = id.toLowerCase();
  if (lower === 'reject') return { ok: true, command: { kind: 'review', action: { verb: 'reject', id: candidate, ...(rest.length ? { reason: rest.join(' ') } : {}) } } };
  return { ok: true, command: { kind: 'review', action: { verb: lower as 'show' | 'approve' | 'edit', id: candidate } } };
}

function parseStatus({ args }: Words): ParseResult {
  const parsed = parseFilterWords(args);
  const lang = parseLang(parsed.extras.lang);
  if (parsed.error || lang === 'invalid' || parsed.text.length > 0) return { ok: false, error: '`status` takes no arguments (only lang:en or lang:zh)', topic: 'status' };
  return { ok: true, command: withLang({ kind: 'status' }, lang) };
}

/**
 * Command words that are also how questions begin ("Who opposed …?", "List every …", "Compare how …") are
 * commands only when what follows reads as arguments: filters, or a name of a word or two without a question mark.
 */
function readsAsQuestion(args: string[]): boolean {
  // A filter has a value after its colon (actor:commerce); a word that ends a clause with one ("GPAI:") does not.
  if (args.some((word) => /^[a-z]+:\S/i.test(word))) return false;
  return args.some((word) => /[?？]/.test(word)) || args.length > 2;
}

function askCommand(text: string): ParseResult {
  const parsed = extractLang(text);
  if ('error' in parsed) return { ok: false, error: parsed.error, topic: 'ask' };
  if (!parsed.text) return { ok: false, error: 'Ask a question, or type `help` to see what I can do.' };
  return { ok: true, command: withLang({ kind: 'ask', question: parsed.text }, parsed.lang) };
}

/** Pulls a `lang:en|zh` token out of free text. */
function extractLang(text: string): { text: string; lang?: Lang } | { error: string } {
  const match = /(?:^|\s)lang:(\S*)/i.exec(text);
  if (!match) return { text: text.trim() };
  const lang = parseLang(match[1]);
  if (lang === 'invalid' || lang === undefined) return { error: 'lang: is en or zh' };
  return { text: `${text.slice(0, match.index)} ${text.slice(match.index + match[0].length)}`.trim(), lang };
}

function withLang<T extends Command>(command: T, lang: Lang | undefined): T {
  return lang ? { ...command, lang } : command;
}
