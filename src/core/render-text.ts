import { formatPartialDate } from './partial-date.js';
import { assertNever, type Reply } from './replies.js';
import type { Lang } from './commands.js';
import { liveUrl } from './citation.js';
import { administrationLabel, instrumentLabel } from './labels.js';
import { cardLines, TEXT_BADGE } from './render-text-items.js';
import { readingOf } from './item-card.js';
import { reviewEditText, reviewQueueText, statusText } from './render-text-operator.js';
import { actorProfileText, comparisonText, digestPreviewText, digestText, frameworkText, helpText, usageErrorText } from './render-text-overviews.js';

type Of<K extends Reply['kind']> = Extract<Reply, { kind: K }>;

function answerText(reply: Of<'answer'>): string {
  const lang = reply.lang;
  const lines = [reply.text];
  if (reply.citations.length > 0) {
    lines.push('', lang === 'zh' ? '引用：' : 'Sources:');
    for (const c of reply.citations) {
      const when = c.date ? `${c.date} · ` : '';
      lines.push(`[${c.n}] ${when}${c.title}${c.url ? ` — ${c.url}` : ''}  (${c.itemId})`);
    }
  }
  if (reply.related.length > 0) {
    lines.push('', lang === 'zh' ? '相关条目：' : 'Related items:');
    for (const card of reply.related) lines.push(...cardLines(card, lang, false));
  }
  if (reply.note) lines.push('', reply.note);
  for (const action of reply.actions) lines.push('', `→ ${action.label}: ${action.command}`);
  return lines.join('\n');
}

function itemListText(reply: Of<'item-list'>): string {
  const lines = [reply.heading];
  reply.items.forEach((card) => lines.push(...cardLines(card, reply.lang, false)));
  if (reply.total > 0) lines.push('', `${reply.offset + 1}–${reply.offset + reply.items.length} / ${reply.total}`);
  for (const action of reply.actions) lines.push(`→ ${action.label}: ${action.command}`);
  return lines.join('\n');
}

function sourceLine(source: Of<'item-detail'>['item']['sources'][number], lang: Lang): string {
  const printed = lang === 'zh' ? '（原文网址含空格，按原样显示）' : ' (printed with a space in the paper; shown as printed)';
  const url = source.url ? ` — ${source.url}${liveUrl(source.url) ? '' : printed}` : '';
  return `- ${source.title}${source.publisher ? `, ${source.publisher}` : ''}${source.date ? `, ${source.date}` : ''}${url}`;
}

function itemDetailText(reply: Of<'item-detail'>): string {
  const { item, lang } = reply;
  const zh = lang === 'zh';
  const badge = TEXT_BADGE[reply.card.driver][lang];
  const reading = readingOf(item, lang);
  return [
    item.title[lang], '',
    `${formatPartialDate(item.date, lang)} · ${administrationLabel(item.administration, lang)} · ${instrumentLabel(item.instrument, lang)} · ${badge}`,
    `${zh ? '行为体' : 'Actors'}: ${reply.actorNames.join(', ')}`,
    ...(reply.peopleNames.length ? [`${zh ? '人物' : 'People'}: ${reply.peopleNames.join(', ')}`] : []),
    ...(reply.targetNames.length ? [`${zh ? '对象' : 'Targets'}: ${reply.targetNames.join(', ')}`] : []),
    '', item.summary[lang], '',
    `${reading.heading}: ${reading.detail}`, reading.text, '',
    ...item.passages.map((p) => `${zh ? '依据段落' : 'Passage'} (${p.section}):\n> ${p.text}`), '',
    zh ? '原始出处：' : 'Sources:',
    ...(item.sources.length ? item.sources.map((s) => sourceLine(s, lang)) : [zh ? '- 论文未给出出处' : '- the paper cites none']),
    ...(item.notes ? ['', `${zh ? '备注（英文）' : 'Notes'}: ${item.notes}`] : []),
    '', `id: ${item.id}   ${zh ? '入库' : 'added'}: ${item.addedAt}`,
  ].join('\n');
}

/** A chart in words: the image itself is written to a file by the terminal, posted by the chat platforms. */
function chartText(reply: Of<'chart'>): string {
  const lines = [reply.picture.caption, reply.picture.alt];
  for (const action of reply.actions) lines.push(`→ ${action.label}: ${action.command}`);
  return lines.join('\n');
}

/** Plain text (light markdown) for the terminal and any platform that cannot draw cards. */
export function replyToText(reply: Reply): string {
  switch (reply.kind) {
    case 'answer': return answerText(reply);
    case 'item-list': return itemListText(reply);
    case 'item-detail': return itemDetailText(reply);
    case 'actor-profile': return actorProfileText(reply);
    case 'comparison': return comparisonText(reply);
    case 'framework': return frameworkText(reply);
    case 'digest-preview': return digestPreviewText(reply);
    case 'digest': return digestText(reply);
    case 'chart': return chartText(reply);
    case 'help': return helpText(reply);
    case 'usage-error': return usageErrorText(reply);
    case 'notice': return reply.text;
    case 'review-queue': return reviewQueueText(reply);
    case 'review-edit': return reviewEditText(reply);
    case 'status': return statusText(reply);
    default: return assertNever(reply);
  }
}
