import type { AliasTable } from './alias-table.js';
import type { AnswerabilityModel } from './answerability.js';
import { parseCommand, type Command, type Lang } from './commands.js';
import { detectLang } from './lang.js';
import { composeExtractiveAnswer } from './extractive-answer.js';
import { administrationFromName, resolveFilters, type RawFilters } from './filters.js';
import { helpEntries } from './help.js';
import { itemDetailReply, itemToCard, tallyDrivers } from './item-card.js';
import type { Passage } from './passage.js';
import { INDICATORS, isValidPartialDate, POWER_INDICATORS, type StoredItem } from './policy-item.js';
import { dateSpan } from './partial-date.js';
import { answerWithLlm } from './llm-answer.js';
import type { Clock, ItemFilter, ItemStore, Retrieval, Retriever, Summarizer } from './ports.js';
import type { ComparisonSide, Reply } from './replies.js';
import type { Platform } from './subscription.js';
import type { FreeTextFilterExtractor } from './router-support.js';
import { administrationLabel, countLabel, indicatorLabel } from './labels.js';

export interface RouterDeps {
  store: ItemStore;
  retriever: Retriever;
  aliases: AliasTable;
  /** The fitted decision between answering and declining. */
  answerability: AnswerabilityModel;
  passages: readonly Passage[];
  clock: Clock;
  /** Turns free text in `events` into date/administration filters (the retriever's question understanding). */
  freeTextFilters: FreeTextFilterExtractor;
  /** Optional LLM; without it answers are extractive. */
  summarizer?: Summarizer;
  /** Optional semantic ranking of a question (embeddings); without it retrieval is lexical. */
  semantic?: { rank(question: string, limit: number): Promise<string[] | null> };
  /** Brings the search index up to date with items another process ingested; called before each search. */
  refreshIndex?: () => Promise<void>;
  subscriptions?: SubscriptionSettings;
}

export interface SubscriptionSettings {
  /** DIGEST_CRON and DIGEST_TZ: the weekly schedule (a daily one keeps its time of day). */
  schedule: string;
  timeZone: string;
  /** Who may subscribe or unsubscribe a channel ("slack:U123", "teams:29:…"); null lets anyone. */
  admins: string[] | null;
  /** Called after a change, so the scheduler picks it up. */
  onChange?: () => void;
}

/** Where a message came from: the thread, reply chain or console session whose context follow-ups use. */
export interface MessageContext {
  conversationKey: string;
  /** The channel or chat the message came from, where digests can be subscribed. */
  channel?: { platform: Platform; id: string; user: string };
  /** Receives the answer text while an LLM streams it. */
  onProgress?: (partial: string) => void;
}

export interface Router {
  handle(text: string, context: MessageContext): Promise<Reply>;
  run(command: Command, context: MessageContext): Promise<Reply>;
}

export const PAGE_SIZE = 10;
/** Enough hits for a list or timeline answer to show every matching item it has room for. */
const RETRIEVAL_LIMIT = 30;
const CONTEXT_TURNS = 10;
const CONTEXT_MAX_AGE_MS = 2 * 60 * 60 * 1000;

export function createRouter(deps: RouterDeps): Router {
  const passagesById = new Map(deps.passages.map((p) => [p.id, p]));
  const defaultLang = detectLang;

  async function itemsById(ids: string[]): Promise<Map<string, StoredItem>> {
    const found = await Promise.all(ids.map((id) => deps.store.getItem(id)));
    return new Map(found.filter((item): item is StoredItem => item !== undefined).map((item) => [item.id, item]));
  }
  async function allMatching(filter: ItemFilter): Promise<StoredItem[]> {
    return (await deps.store.listItems(filter, { limit: 100_000, offset: 0 })).items;
  }
  const cards = (items: StoredItem[], lang: Lang) => items.map((item) => itemToCard(item, lang, deps.aliases));

  const handlers: { [K in Command['kind']]: (command: Extract<Command, { kind: K }>, context: MessageContext) => Promise<Reply> } = {
    async ask(command, context) {
      await deps.refreshIndex?.();
      const previous = (await deps.store.getConversation(context.conversationKey)).at(-1);
      const semantic = deps.semantic ? await deps.semantic.rank(command.question, RETRIEVAL_LIMIT) : null;
      const retrieval = deps.retriever.retrieve(command.question, previous, RETRIEVAL_LIMIT, semantic ?? undefined);
      // "and under Biden?" after an `events` listing lists again, with the new period or actor.
      if (retrieval.followUp && previous?.events) {
        return handlers.events({ kind: 'events', filters: followUpFilters(previous.events, retrieval), page: 1,
          ...(command.lang ? { lang: command.lang } : {}) }, context);
      }
      const lang = command.lang ?? retrieval.lang;
      const items = await itemsById(retrieval.hits.filter((h) => h.kind === 'item').map((h) => h.id));
      const extractive = composeExtractiveAnswer(command.question, lang, retrieval, { items, passages: passagesById, aliases: deps.aliases, answerability: deps.answerability });
      const reply = deps.summarizer
        ? await answerWithLlm(extractive, { summarizer: deps.summarizer, store: deps.store, clock: deps.clock, aliases: deps.aliases,
          items, passages: passagesById }, context.onProgress)
        : extractive;
      await deps.store.appendConversation(context.conversationKey, {
        question: command.question, topic: retrieval.topic, filter: retrieval.filter, lang, at: deps.clock.now().toISOString(),
      }, CONTEXT_TURNS, CONTEXT_MAX_AGE_MS);
      return reply;
    },

    async events(command, context) {
      const lang = command.lang ?? defaultLang(command.filters.text ?? '');
      const raw: RawFilters = { ...command.filters };
      if (raw.text) Object.assign(raw, deps.freeTextFilters(raw.text, raw, deps.aliases));
      const resolved = resolveFilters(raw, deps.aliases);
      if (!resolved.ok) return usage(lang, resolved.problems.join('\n'), 'events');
      const offset = (command.page - 1) * PAGE_SIZE;
      await deps.refreshIndex?.();
      const listed = deps.retriever.list(resolved.filter, offset, PAGE_SIZE);
      const found = await itemsById(listed.ids);
      const page = { total: listed.total, items: listed.ids.flatMap((id) => found.get(id) ?? []) };
      const actions = offset + page.items.length < page.total
        ? [{ label: lang === 'zh' ? '下一页' : 'Next page', command: eventsCommandText(command.filters, command.page + 1, command.lang) }]
        : [];
      const heading = countLabel(page.total, lang);
      await deps.store.appendConversation(context.conversationKey, {
        question: eventsCommandText(raw, command.page, command.lang), topic: raw.text ?? '', filter: resolved.filter, lang,
        at: deps.clock.now().toISOString(), events: raw,
      }, CONTEXT_TURNS, CONTEXT_MAX_AGE_MS);
      return { kind: 'item-list', lang, heading, total: page.total, offset, items: cards(page.items, lang), actions };
    },

    async event(command) {
      const lang = command.lang ?? 'en';
      const item = await deps.store.getItem(command.id);
      if (item) return itemDetailReply(item, lang, deps.aliases);
      const passage = passagesById.get(command.id);
      if (passage) return { kind: 'notice', lang, text: `${passage.section[lang]}\n\n${passage.text}\n\n${passage.gloss[lang]}` };
      return usage(lang, lang === 'zh' ? `没有 id 为 "${command.id}" 的条目。` : `No policy item has the id "${command.id}".`, 'event');
    },

    async actor(command) {
      const lang = command.lang ?? defaultLang(command.name);
      const [id] = deps.aliases.resolve(command.name);
      const entry = id ? deps.aliases.get(id) : undefined;
      if (!entry) return usage(lang, lang === 'zh' ? `不认识 "${command.name}"。` : `I do not know "${command.name}".`, 'actor');
      const items = await allMatching(refFilter(entry.id));
      const byAdministration = ['biden', 'trump', 'obama', 'other']
        .map((administration) => ({ administration, items: cards(items.filter((i) => i.administration === administration), lang) }))
        .filter((group) => group.items.length > 0);
      return { kind: 'actor-profile', lang, actorId: entry.id, name: entry.name[lang], otherName: entry.name[lang === 'zh' ? 'en' : 'zh'],
        tally: tallyDrivers(items), byAdministration, total: items.length };
    },

    async compare(command, context) {
      const lang = command.lang ?? defaultLang(`${command.left}${command.right}`);
      const sides: ComparisonSide[] = [];
      for (const name of [command.left, command.right]) {
        const admin = administrationFromName(name);
        const [id] = admin ? [] : deps.aliases.resolve(name);
        // "compare Commerce vs Defense on the Huawei rule" is a question about a topic, answered with both sides.
        if (!admin && !id && name.split(/\s+/).length > 2) return handlers.ask({ kind: 'ask', question: `${command.left} vs ${command.right}`, ...(command.lang ? { lang: command.lang } : {}) }, context);
        if (!admin && !id) return usage(lang, lang === 'zh' ? `不认识 "${name}"。` : `I do not know "${name}": name an actor (commerce, 国防部) or an administration (trump, biden).`, 'compare');
        const items = await allMatching(admin ? { administrations: [admin] } : refFilter(id as string));
        const indicatorCounts = Object.fromEntries(INDICATORS.map((ind) => [ind, items.filter((i) => i.reading.indicators.includes(ind)).length]));
        sides.push({ label: admin ? administrationLabel(admin, lang) : deps.aliases.displayName(id as string, lang), total: items.length,
          tally: tallyDrivers(items), indicatorCounts, latest: cards(items.slice(0, 3), lang) });
      }
      return { kind: 'comparison', lang, sides: [sides[0] as ComparisonSide, sides[1] as ComparisonSide] };
    },

    async framework(command) {
      const lang = command.lang ?? 'en';
      const items = await allMatching({});
      const indicators = INDICATORS.map((indicator) => {
        const matching = items.filter((i) => i.reading.indicators.includes(indicator));
        const power = (POWER_INDICATORS as readonly string[]).includes(indicator);
        const { label, description } = indicatorLabel(indicator, lang);
        return { indicator, driver: power ? 'power' as const : 'security' as const, label, description, count: matching.length, examples: cards(matching.slice(0, 2), lang) };
      });
      return { kind: 'framework', lang, indicators, tally: tallyDrivers(items) };
    },

    async digest(command, context) {
      const lang = command.lang ?? 'en';
      // In a subscribed channel the preview is exactly the next digest: its filter, from its last delivery.
      const subscription = context.channel ? (await deps.store.listSubscriptions())
        .find((s) => s.platform === context.channel?.platform && s.channel === context.channel?.id) : undefined;
      if (command.since !== undefined && !isValidPartialDate(command.since)) {
        return usage(lang, lang === 'zh' ? 'since: 需要一个日期，例如 since:2026-01-01' : 'since: needs a date such as since:2026-01-01', 'digest');
      }
      const since = command.since ? dateSpan(command.since).start
        : subscription?.deliveredUntil ?? new Date(deps.clock.now().getTime() - 7 * 86_400_000).toISOString().slice(0, 10);
      const items = await allMatching({ ...(subscription?.filter ?? {}), addedSince: new Date(since).toISOString() });
      return { kind: 'digest-preview', lang, since, total: items.length, items: cards(items.slice(0, 20), lang), tally: tallyDrivers(items) };
    },

    async subscribe(command, context) {
      const denied = subscriptionGate(context);
      if (denied) return denied;
      const settings = deps.subscriptions as SubscriptionSettings;
      const channel = context.channel as NonNullable<MessageContext['channel']>;
      const resolved = resolveFilters(command.filters, deps.aliases);
      if (!resolved.ok) return usage('en', resolved.problems.join('\n'), 'subscribe');
      const [minute = '0', hour = '9'] = settings.schedule.split(/\s+/);
      const schedule = command.cadence === 'daily' ? `${minute} ${hour} * * *` : settings.schedule;
      const subscription = await deps.store.addSubscription({ platform: channel.platform, channel: channel.id, schedule,
        timeZone: settings.timeZone, filter: resolved.filter, filterLabel: describeFilters(command.filters), notifyEmpty: false,
        createdBy: `${channel.platform}:${channel.user}`, lang: command.lang ?? 'en' });
      settings.onChange?.();
      return { kind: 'notice', lang: 'en', text: `Subscribed (#${subscription.id}): ${command.cadence} digests of newly added items`
        + `${subscription.filterLabel ? ` matching ${subscription.filterLabel}` : ''}, on "${schedule}" (${settings.timeZone}). The first covers items added from now on.` };
    },
    async unsubscribe(_command, context) {
      const denied = subscriptionGate(context);
      if (denied) return denied;
      const channel = context.channel as NonNullable<MessageContext['channel']>;
      const mine = (await deps.store.listSubscriptions()).filter((s) => s.platform === channel.platform && s.channel === channel.id);
      for (const subscription of mine) await deps.store.removeSubscription(subscription.id);
      deps.subscriptions?.onChange?.();
      return { kind: 'notice', lang: 'en', text: mine.length ? `Unsubscribed: ${mine.length} digest subscription${mine.length === 1 ? '' : 's'} removed from this channel.` : 'This channel has no digest subscription.' };
    },
    async subscriptions(_command, context) {
      if (!context.channel) return { kind: 'notice', lang: 'en', text: 'Subscriptions belong to a Slack channel or Teams chat. In a terminal, use `briefing subscriptions list`.' };
      const channel = context.channel;
      const mine = (await deps.store.listSubscriptions()).filter((s) => s.platform === channel.platform && s.channel === channel.id);
      if (mine.length === 0) return { kind: 'notice', lang: 'en', text: 'This channel has no digest subscription. Try `subscribe weekly` or `subscribe daily actor:commerce`.' };
      return { kind: 'notice', lang: 'en', text: mine.map((s) => `#${s.id}: "${s.schedule}" (${s.timeZone})${s.filterLabel ? `, ${s.filterLabel}` : ''}`
        + `, delivered up to ${s.deliveredUntil}${s.paused ? `, PAUSED after repeated failures (${s.lastError ?? 'unknown error'})` : s.lastError ? `, last error: ${s.lastError}` : ''}`).join('\n') };
    },
    async help(command) {
      return { kind: 'help', lang: 'en', ...(command.topic ? { topic: command.topic } : {}), entries: helpEntries('en', command.topic) };
    },
  };

  function refFilter(id: string): ItemFilter {
    const kind = deps.aliases.get(id)?.kind;
    if (kind === 'person') return { people: [id] };
    if (kind === 'target') return { targets: [id] };
    return { actors: deps.aliases.withDescendants(id) };
  }
  function usage(lang: Lang, message: string, topic?: Command['kind']): Reply {
    return { kind: 'usage-error', lang, message, entries: helpEntries(lang, topic) };
  }
  /** Subscribing needs a channel, digests switched on, and (when admins are listed) an admin. */
  function subscriptionGate(context: MessageContext): Reply | undefined {
    if (!context.channel) return { kind: 'notice', lang: 'en', text: 'Subscriptions belong to a Slack channel or Teams chat: run this there. In a terminal, use `briefing subscriptions add`.' };
    const settings = deps.subscriptions;
    if (!settings) return { kind: 'notice', lang: 'en', text: 'Digests are not enabled in this deployment.' };
    const who = `${context.channel.platform}:${context.channel.user}`;
    if (settings.admins && !settings.admins.includes(who)) return { kind: 'notice', lang: 'en', text: `Only the bot's admins can change this channel's digests (you are ${who}).` };
    return undefined;
  }

  async function run(command: Command, context: MessageContext): Promise<Reply> {
    const handler = handlers[command.kind] as (c: Command, ctx: MessageContext) => Promise<Reply>;
    return handler(command, context);
  }

  return {
    run,
    async handle(text, context) {
      const parsed = parseCommand(text);
      if (!parsed.ok) return usage(defaultLang(text.slice(0, 200)), parsed.error, parsed.topic);
      return run(parsed.command, context);
    },
  };
}

/** The previous listing's filters with what a follow-up names in place of the same kind of thing. */
function followUpFilters(previous: RawFilters, retrieval: Retrieval): RawFilters {
  const next: RawFilters = { ...previous };
  delete next.admin; delete next.from; delete next.to;
  if (retrieval.filter.administrations) next.admin = retrieval.filter.administrations;
  if (retrieval.filter.from) next.from = retrieval.filter.from;
  if (retrieval.filter.to) next.to = retrieval.filter.to;
  for (const kind of ['actor', 'target'] as const) {
    const named = retrieval.entities.filter((e) => e.kind === kind).map((e) => e.id);
    if (named.length > 0) next[kind] = named;
  }
  return next;
}

/** Filters as typed, for listings: "actor:commerce admin:trump". */
export function describeFilters(filters: RawFilters): string {
  return (['actor', 'admin', 'driver', 'target', 'type'] as const).flatMap((key) => (filters[key] ?? []).map((v) => `${key}:${v}`))
    .concat(filters.from ? [`from:${filters.from}`] : [], filters.to ? [`to:${filters.to}`] : []).join(' ');
}


/** The `events` command text for another page of the same list. */
function eventsCommandText(filters: RawFilters, page: number, lang?: Lang): string {
  const parts = ['events'];
  const quote = (value: string) => (/\s/.test(value) ? `"${value}"` : value);
  for (const key of ['actor', 'admin', 'driver', 'target', 'type'] as const) {
    for (const value of filters[key] ?? []) parts.push(`${key}:${quote(value)}`);
  }
  if (filters.from) parts.push(`from:${filters.from}`);
  if (filters.to) parts.push(`to:${filters.to}`);
  if (lang) parts.push(`lang:${lang}`);
  parts.push(`page:${page}`);
  if (filters.text) parts.push(filters.text);
  return parts.join(' ');
}

