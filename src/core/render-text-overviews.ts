import { formatPartialDate } from './partial-date.js';
import type { DriverTally, HelpEntry, Reply } from './replies.js';
import type { Lang } from './commands.js';
import { administrationLabel, countLabel, indicatorLabel } from './labels.js';
import { cardLines } from './render-text-items.js';
import { leaningText, REPLY_WORDS } from './reply-words.js';

type Of<K extends Reply['kind']> = Extract<Reply, { kind: K }>;

export function tallyText(tally: DriverTally, lang: Lang): string {
  return lang === 'zh'
    ? `权力驱动 ${tally.power} · 安全驱动 ${tally.security} · 混合 ${tally.mixed}${tally.none ? ` · 论文未解读 ${tally.none}` : ''}`
    : `power ${tally.power} · security ${tally.security} · mixed ${tally.mixed}${tally.none ? ` · no paper reading ${tally.none}` : ''}`;
}

export function actorProfileText(reply: Of<'actor-profile'>): string {
  const { lang } = reply;
  const lines = [`${reply.name} (${reply.otherName}) — ${countLabel(reply.total, lang)}`, tallyText(reply.tally, lang)];
  for (const group of reply.byAdministration) {
    lines.push('', `${administrationLabel(group.administration, lang)} (${group.items.length})`);
    for (const card of group.items) lines.push(...cardLines(card, lang, false));
  }
  for (const action of reply.actions) lines.push('', `→ ${action.label}: ${action.command}`);
  return lines.join('\n');
}

export function comparisonText(reply: Of<'comparison'>): string {
  const { lang } = reply;
  const lines: string[] = [];
  for (const side of reply.sides) {
    lines.push(`${side.label}: ${countLabel(side.total, lang)} — ${tallyText(side.tally, lang)}`);
    lines.push(`  ${leaningText(side.tally, lang)}`);
    lines.push(`  ${Object.entries(side.indicatorCounts).map(([k, v]) => `${indicatorLabel(k, lang).label} ${v}`).join(' · ')}`);
    for (const card of side.latest) lines.push(...cardLines(card, lang, false).map((l) => `  ${l}`));
    lines.push('');
  }
  for (const action of reply.actions) lines.push(`→ ${action.label}: ${action.command}`);
  return lines.join('\n').trimEnd();
}

export function frameworkText(reply: Of<'framework'>): string {
  const { lang } = reply;
  const lines = [REPLY_WORDS[lang].frameworkTitle, tallyText(reply.tally, lang)];
  for (const row of reply.indicators) {
    lines.push('', `${row.driver === 'power' ? '▲' : '■'} ${row.label}: ${row.count}`, `  ${row.description}`);
    for (const card of row.examples) lines.push(`  ${REPLY_WORDS[lang].example} ${formatPartialDate(card.date, lang)} ${card.title} (${card.id})`);
  }
  return lines.join('\n');
}

export function digestPreviewText(reply: Of<'digest-preview'>): string {
  const { lang } = reply;
  const lines = [REPLY_WORDS[lang].previewTitle(reply.total, reply.since)];
  if (reply.total > 0) lines.push(tallyText(reply.tally, lang));
  for (const card of reply.items) lines.push(...cardLines(card, lang, true));
  if (reply.total > reply.items.length) lines.push(REPLY_WORDS[lang].moreItems(reply.total - reply.items.length));
  return lines.join('\n');
}

export function digestText(reply: Of<'digest'>): string {
  const { lang } = reply;
  const [since, until] = [reply.since.slice(0, 10), reply.until.slice(0, 10)];
  const lines = [lang === 'zh' ? `Policy Brief 摘要：${since} 至 ${until} 新增 ${reply.total} 个条目`
    : `Policy Brief digest: ${reply.total} new item${reply.total === 1 ? '' : 's'}, ${since} to ${until}`];
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

function entryLines(entries: readonly HelpEntry[], lang: Lang): string[] {
  return entries.flatMap((entry) => [entry.usage, `  ${entry.description}`, ...entry.examples.map((e) => `  ${REPLY_WORDS[lang].example} ${e}`), '']);
}

export function helpText(reply: Of<'help'>): string {
  return [REPLY_WORDS[reply.lang].helpTitle, '', ...entryLines(reply.entries, reply.lang)].join('\n').trimEnd();
}

export function usageErrorText(reply: Of<'usage-error'>): string {
  return [reply.message, '', ...entryLines(reply.entries, reply.lang)].join('\n').trimEnd();
}
