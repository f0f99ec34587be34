import { formatPartialDate } from './partial-date.js';
import { assertNever, type DriverTally, type ItemCard, type Reply } from './replies.js';
import type { Lang } from './commands.js';
import { liveUrl } from './citation.js';
import { administrationLabel, countLabel, indicatorLabel, instrumentLabel } from './labels.js';

const BADGE: Record<ItemCard['driver'], Record<Lang, string>> = {
  power: { en: 'power', zh: '权力' }, security: { en: 'security', zh: '安全' }, mixed: { en: 'mixed', zh: '混合' },
};

function cardLines(card: ItemCard, lang: Lang, withSummary: boolean): string[] {
  const lines = [`• ${formatPartialDate(card.date, lang)} — ${card.title}  [${card.instrument} · ${BADGE[card.driver][lang]}]`];
  if (withSummary) lines.push(`  ${card.summary}`);
  lines.push(`  ${card.actors.join(', ')}${card.source?.url ? ` · ${card.source.url}` : ''}`);
  lines.push(`  id: ${card.id}`);
  return lines;
}

function tallyText(tally: DriverTally, lang: Lang): string {
  return lang === 'zh'
    ? `权力驱动 ${tally.power} · 安全驱动 ${tally.security} · 混合 ${tally.mixed}`
    : `power ${tally.power} · security ${tally.security} · mixed ${tally.mixed}`;
}

/** Plain text (light markdown) for the terminal and any platform that cannot draw cards. */
export function replyToText(reply: Reply): string {
  const lang = reply.lang;
  switch (reply.kind) {
    case 'answer': {
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
    case 'item-list': {
      const lines = [reply.heading];
      reply.items.forEach((card) => lines.push(...cardLines(card, lang, false)));
      if (reply.total > 0) lines.push('', `${reply.offset + 1}–${reply.offset + reply.items.length} / ${reply.total}`);
      for (const action of reply.actions) lines.push(`→ ${action.label}: ${action.command}`);
      return lines.join('\n');
    }
    case 'item-detail': {
      const { item } = reply;
      const lines = [
        item.title[lang], '',
        `${formatPartialDate(item.date, lang)} · ${administrationLabel(item.administration, lang)} · ${instrumentLabel(item.instrument, lang)} · ${BADGE[item.reading.driver][lang]}`,
        `${lang === 'zh' ? '行为体' : 'Actors'}: ${reply.actorNames.join(', ')}`,
        ...(reply.peopleNames.length ? [`${lang === 'zh' ? '人物' : 'People'}: ${reply.peopleNames.join(', ')}`] : []),
        ...(reply.targetNames.length ? [`${lang === 'zh' ? '对象' : 'Targets'}: ${reply.targetNames.join(', ')}`] : []),
        '', item.summary[lang], '',
        `${lang === 'zh' ? '论文解读' : "The paper's reading"}: ${BADGE[item.reading.driver][lang]} (${item.reading.indicators.map((i) => indicatorLabel(i, lang).label).join(lang === 'zh' ? '、' : ', ')}) — ${item.reading.section[lang]}`,
        item.reading.argument[lang], '',
        ...item.passages.map((p) => `${lang === 'zh' ? '依据段落' : 'Passage'} (${p.section}):\n> ${p.text}`), '',
        lang === 'zh' ? '原始出处：' : 'Sources:',
        ...(item.sources.length ? item.sources.map((s) => `- ${s.title}${s.publisher ? `, ${s.publisher}` : ''}${s.date ? `, ${s.date}` : ''}${s.url ? ` — ${s.url}${liveUrl(s.url) ? '' : (lang === 'zh' ? '（原文网址含空格，按原样显示）' : ' (printed with a space in the paper; shown as printed)')}` : ''}`)
          : [lang === 'zh' ? '- 论文未给出出处' : '- the paper cites none']),
        ...(item.notes ? ['', `${lang === 'zh' ? '备注（英文）' : 'Notes'}: ${item.notes}`] : []),
        '', `id: ${item.id}   ${lang === 'zh' ? '入库' : 'added'}: ${item.addedAt}`,
      ];
      return lines.join('\n');
    }
    case 'actor-profile': {
      const lines = [`${reply.name} (${reply.otherName}) — ${countLabel(reply.total, lang)}`, tallyText(reply.tally, lang)];
      for (const group of reply.byAdministration) {
        lines.push('', `${administrationLabel(group.administration, lang)} (${group.items.length})`);
        for (const card of group.items) lines.push(...cardLines(card, lang, false));
      }
      return lines.join('\n');
    }
    case 'comparison': {
      const lines: string[] = [];
      for (const side of reply.sides) {
        lines.push(`${side.label}: ${countLabel(side.total, lang)} — ${tallyText(side.tally, lang)}`);
        lines.push(`  ${Object.entries(side.indicatorCounts).map(([k, v]) => `${indicatorLabel(k, lang).label} ${v}`).join(' · ')}`);
        for (const card of side.latest) lines.push(...cardLines(card, lang, false).map((l) => `  ${l}`));
        lines.push('');
      }
      return lines.join('\n').trimEnd();
    }
    case 'framework': {
      const lines = [lang === 'zh' ? '论文的权力驱动与安全驱动指标' : "The paper's power vs security indicators", tallyText(reply.tally, lang)];
      for (const row of reply.indicators) {
        lines.push('', `${row.driver === 'power' ? '▲' : '■'} ${row.label}: ${row.count}`, `  ${row.description}`);
        for (const card of row.examples) lines.push(`  ${lang === 'zh' ? '例' : 'e.g.'} ${formatPartialDate(card.date, lang)} ${card.title} (${card.id})`);
      }
      return lines.join('\n');
    }
    case 'digest-preview': {
      const lines = [lang === 'zh' ? `自 ${reply.since} 以来新增 ${reply.total} 个条目` : `${countLabel(reply.total, lang)} added since ${reply.since}`];
      if (reply.total > 0) lines.push(tallyText(reply.tally, lang));
      for (const card of reply.items) lines.push(...cardLines(card, lang, true));
      return lines.join('\n');
    }
    case 'digest': {
      const lines = [lang === 'zh' ? `Policy Brief 摘要：${reply.since.slice(0, 10)} 至 ${reply.until.slice(0, 10)} 新增 ${reply.total} 个条目`
        : `Policy Brief digest: ${reply.total} new item${reply.total === 1 ? '' : 's'}, ${reply.since.slice(0, 10)} to ${reply.until.slice(0, 10)}`];
      if (reply.total === 0) return lines.concat(lang === 'zh' ? '本期没有新条目。' : 'No new items this period.').join('\n');
      lines.push(tallyText(reply.tally, lang), '', reply.summary.text);
      for (const c of reply.summary.citations) lines.push(`[${c.n}] ${c.date} · ${c.title}${c.url ? ` — ${c.url}` : ''}`);
      for (const group of reply.groups) {
        lines.push('', `== ${group.label} ==`);
        for (const { actor, items } of group.actors) {
          lines.push(`${actor}:`);
          for (const card of items) lines.push(...cardLines(card, lang, false));
        }
      }
      return lines.join('\n');
    }
    case 'help':
    case 'usage-error': {
      const lines = reply.kind === 'usage-error' ? [reply.message, ''] : [lang === 'zh' ? 'Policy Brief：美国对华人工智能政策简报' : 'Policy Brief: cited briefings on US AI policy toward China', ''];
      for (const entry of reply.entries) {
        lines.push(entry.usage, `  ${entry.description}`, ...entry.examples.map((e) => `  e.g. ${e}`), '');
      }
      return lines.join('\n').trimEnd();
    }
    case 'notice':
      return reply.text;
    default:
      return assertNever(reply);
  }
}
