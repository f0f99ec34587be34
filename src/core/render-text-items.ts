import { provenanceLabel } from './labels.js';
import { formatPartialDate } from './partial-date.js';
import type { ItemCard } from './replies.js';
import type { Lang } from './commands.js';

export const TEXT_BADGE: Record<ItemCard['driver'], Record<Lang, string>> = {
  power: { en: 'power', zh: '权力' }, security: { en: 'security', zh: '安全' }, mixed: { en: 'mixed', zh: '混合' },
  none: { en: 'no paper reading', zh: '论文未解读' },
};

/** "· Federal Register" after the instrument, for items that do not come from the paper. */
export const originTag = (card: ItemCard, lang: Lang): string => (card.origin === 'paper' ? '' : ` · ${provenanceLabel(card.origin, lang)}`);

/** An item as a few indented lines: date, title, instrument and reading, then actors, source and id. */
export function cardLines(card: ItemCard, lang: Lang, withSummary: boolean): string[] {
  const lines = [`• ${formatPartialDate(card.date, lang)} — ${card.title}  [${card.instrument} · ${TEXT_BADGE[card.driver][lang]}${originTag(card, lang)}]`];
  if (withSummary) lines.push(`  ${card.summary}`);
  lines.push(`  ${card.actors.join(', ')}${card.source?.url ? ` · ${card.source.url}` : ''}`);
  lines.push(`  id: ${card.id}`);
  return lines;
}
