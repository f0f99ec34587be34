import { composeExtractiveAnswer } from '../extractive-answer.js';
import type { RawFilters } from '../filters.js';
import type { Lang } from '../lang.js';
import { answerWithLlm } from '../llm-answer.js';
import type { ConversationTurn, Retrieval } from '../ports.js';
import { previousTurn, rememberTurn } from './conversation.js';
import { chartAction } from './chart.js';
import { events } from './events.js';
import type { CommandHandler, HandlerDeps } from './handler.js';
import { itemsById } from './item-lookup.js';

/** Enough hits for a list or timeline answer to show every matching item it has room for. */
const RETRIEVAL_LIMIT = 30;

/** A cited answer to a question; a follow-up to an `events` listing lists again instead. */
export const ask: CommandHandler<'ask'> = async (command, context, deps) => {
  await deps.refreshIndex?.();
  const previous = await previousTurn(deps.store, context);
  const retrieval = await retrieve(command.question, previous, deps);
  // "and under Biden?" after an `events` listing lists again, with the new period or actor.
  if (retrieval.followUp && previous?.events) {
    return events({ kind: 'events', filters: followUpFilters(previous.events, retrieval), page: 1,
      ...(command.lang ? { lang: command.lang } : {}) }, context, deps);
  }
  const lang: Lang = command.lang ?? retrieval.lang;
  const hits = [...retrieval.hits, ...(retrieval.sides ?? []).flatMap((side) => side.hits)];
  const items = await itemsById(deps.store, [...new Set([...hits.filter((h) => h.kind === 'item').map((h) => h.id), ...retrieval.readAlongside ?? [], ...retrieval.toldByLead ?? [], ...retrieval.outsidePeriod ?? [],
    ...retrieval.readingOverview?.examples ?? [], ...retrieval.readingOverview?.groundedOn ?? [], ...(retrieval.sides ?? []).flatMap((side) => (side.kind === 'idea' ? side.told : []))])]);
  const extractive = composeExtractiveAnswer(command.question, lang, retrieval,
    { items, passages: deps.passagesById, aliases: deps.aliases, answerability: deps.answerability });
  const reply = deps.summarizer
    ? await answerWithLlm(extractive, { summarizer: deps.summarizer, store: deps.store, clock: deps.clock, aliases: deps.aliases,
      items, passages: deps.passagesById }, context.onProgress)
    : extractive;
  await rememberTurn(deps, context, { question: command.question, topic: retrieval.topic, filter: retrieval.filter, lang });
  const chartable = reply.kind === 'answer' && reply.grounded && (reply.questionKind === 'timeline' || reply.questionKind === 'list');
  return chartable && deps.charts ? { ...reply, actions: [...reply.actions, chartAction('timeline', questionFilters(retrieval), lang, command.lang)] } : reply;
};

/** The filters a question names (actors, targets, administrations, period): what its timeline chart draws. */
function questionFilters(retrieval: Retrieval): RawFilters {
  const filters: RawFilters = {};
  for (const kind of ['actor', 'target'] as const) {
    const ids = retrieval.entities.filter((e) => e.kind === kind).map((e) => e.id);
    if (ids.length > 0) filters[kind] = ids;
  }
  if (retrieval.filter.administrations) filters.admin = retrieval.filter.administrations;
  if (retrieval.filter.from) filters.from = retrieval.filter.from;
  if (retrieval.filter.to) filters.to = retrieval.filter.to;
  return filters;
}

async function retrieve(question: string, previous: ConversationTurn | undefined, deps: HandlerDeps): Promise<Retrieval> {
  const semantic = deps.semantic ? await deps.semantic.rank(question, RETRIEVAL_LIMIT) : null;
  return deps.retriever.retrieve(question, previous, RETRIEVAL_LIMIT, semantic ?? undefined);
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
