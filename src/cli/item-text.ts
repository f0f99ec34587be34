import type { AliasTable } from '../core/alias-table.js';
import type { StoredItem } from '../core/policy-item.js';

export function itemLineText(item: StoredItem): string {
  return `${item.date.padEnd(10)}  ${item.title.en}  [${item.instrument} · ${item.reading.driver}]  ${item.id}`;
}

export function itemDetailText(item: StoredItem, aliases: AliasTable): string {
  const names = (ids: string[]) => ids.map((id) => aliases.displayName(id, 'en')).join(', ') || '—';
  const lines = [
    `${item.title.en}`,
    `${item.title.zh}`,
    '',
    `Date: ${item.date}   Administration: ${item.administration}   Instrument: ${item.instrument}`,
    `Actors: ${names(item.actors)}`,
    ...(item.people.length ? [`People: ${names(item.people)}`] : []),
    ...(item.targets.length ? [`Targets: ${names(item.targets)}`] : []),
    '',
    item.summary.en,
    item.summary.zh,
    '',
    `The paper's reading: ${item.reading.driver}-driven (${item.reading.indicators.join(', ')}) — ${item.reading.section.en}`,
    item.reading.argument.en,
    '',
    ...item.passages.map((p) => `Passage (${p.section}):\n  ${p.text}`),
    '',
    'Sources:',
    ...(item.sources.length
      ? item.sources.map((s) => `  - ${s.title}${s.publisher ? `, ${s.publisher}` : ''}${s.date ? `, ${s.date}` : ''}${s.url ? `\n    ${s.url}` : ''}`)
      : ['  (the paper cites none)']),
    ...(item.notes ? ['', `Notes: ${item.notes}`] : []),
    '',
    `id: ${item.id}   added: ${item.addedAt}`,
  ];
  return lines.join('\n');
}
