import type { Lang } from '../commands.js';
import { filterWords, resolveFilters, type RawFilters } from '../filters.js';
import { chartAction } from './chart.js';
import { countLabel } from '../labels.js';
import { detectLang } from '../lang.js';
import type { FollowUpAction } from '../replies.js';
import { rememberTurn } from './conversation.js';
import type { CommandHandler } from './handler.js';
import { cardsOf } from './item-lookup.js';
import { usageReply } from './usage.js';

export const PAGE_SIZE = 10;

/** Policy items matching filters, newest first, a page at a time; the listing is remembered for follow-ups. */
export const events: CommandHandler<'events'> = async (command, context, deps) => {
  const lang = command.lang ?? detectLang(command.filters.text ?? '');
  const raw: RawFilters = { ...command.filters };
  if (raw.text) Object.assign(raw, deps.freeTextFilters(raw.text, raw, deps.aliases));
  const resolved = resolveFilters(raw, deps.aliases);
  if (!resolved.ok) return usageReply(lang, resolved.problems.join('\n'), 'events');
  const offset = (command.page - 1) * PAGE_SIZE;
  await deps.refreshIndex?.();
  const listed = deps.retriever.list(resolved.filter, offset, PAGE_SIZE);
  const items = await deps.store.getItems(listed.ids);
  const more = offset + items.length < listed.total;
  await rememberTurn(deps, context, { question: eventsCommandText(raw, command.page, command.lang), topic: raw.text ?? '',
    filter: resolved.filter, lang, events: raw });
  return { kind: 'item-list', lang, heading: countLabel(listed.total, lang), total: listed.total, offset,
    items: cardsOf(items, lang, deps.aliases), actions: [
      ...(more ? [nextPage(command.filters, command.page, command.lang, lang)] : []),
      // Only filters can be charted: words left over from the free text would list fewer items than the chart draws.
      ...(listed.total > 0 && !raw.text && deps.charts ? [chartAction('timeline', raw, lang, command.lang)] : []),
    ] };
};

function nextPage(filters: RawFilters, page: number, asked: Lang | undefined, lang: Lang): FollowUpAction {
  return { label: lang === 'zh' ? '下一页' : 'Next page', command: eventsCommandText(filters, page + 1, asked) };
}

/** The `events` command text for another page of the same list. */
function eventsCommandText(filters: RawFilters, page: number, lang?: Lang): string {
  const parts = ['events', ...filterWords(filters)];
  if (lang) parts.push(`lang:${lang}`);
  parts.push(`page:${page}`);
  if (filters.text) parts.push(filters.text);
  return parts.join(' ');
}
