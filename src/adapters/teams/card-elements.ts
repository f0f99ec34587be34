import { eventCommand } from '../../core/commands.js';
import { provenanceLabel } from '../../core/labels.js';
import { formatPartialDate } from '../../core/partial-date.js';
import type { Lang } from '../../core/lang.js';
import type { Citation, DriverTally, ItemCard } from '../../core/replies.js';
import { REPLY_WORDS } from '../../core/reply-words.js';

export type Element = Record<string, unknown>;
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: Element[];
  actions?: Element[];
  msteams?: { width: 'Full' };
}

export const COLOR = { power: 'Attention', security: 'Good', mixed: 'Warning', none: 'Default' } as const;
export const EMOJI = { power: '🔴', security: '🟢', mixed: '🟡', none: '⚪' } as const;
export const BADGE = { en: { power: 'Power-driven', security: 'Security-driven', mixed: 'Power and security', none: 'No paper reading' },
  zh: { power: '权力驱动', security: '安全驱动', mixed: '权力与安全', none: '论文未解读' } } as const;
const DRIVERS = ['power', 'security', 'mixed'] as const;
/** The drivers a tally shows: the paper's three, and "no paper reading" only when some items have none. */
const shownDrivers = (tally: DriverTally) => (tally.none > 0 ? [...DRIVERS, 'none' as const] : DRIVERS);
const driverWord = (driver: keyof DriverTally, lang: Lang): string => (driver === 'none' ? REPLY_WORDS[lang].unread : REPLY_WORDS[lang][driver]);

/** Adaptive Card markdown is a small subset: neutralise the characters that would format user or stored text. */
export function escapeCardText(text: string): string {
  return text.replace(/([\\*_[\]()#>`~])/g, '\\$1').replace(/</g, '&lt;');
}

export const text = (value: string, extra: Element = {}): Element => ({ type: 'TextBlock', text: value, wrap: true, ...extra });
export const title = (value: string): Element => text(escapeCardText(value), { size: 'Large', weight: 'Bolder' });
export const heading = (value: string, extra: Element = {}): Element => text(escapeCardText(value), { size: 'Medium', weight: 'Bolder', spacing: 'Large', ...extra });
export const submit = (label: string, command: string): Element => ({ type: 'Action.Submit', title: label, data: { command } });

/** A markdown link when the URL is plain http(s) with nothing that could close or extend the link; else the label. */
export function cardLink(url: string | null | undefined, label: string): string {
  return url && /^https?:\/\/[^\s<>()[\]]+$/.test(url) ? `[${label}](${url})` : label;
}

export function answerText(value: string, citations: Citation[]): string {
  return escapeCardText(value).replace(/\\\[(\d+)\\\]/g, (_m, n: string) => {
    return cardLink(citations.find((c) => c.n === Number(n))?.url, `\\[${n}\\]`);
  });
}

/** An item as a boxed card: title, reading, date, actors, instrument and source; selecting it opens the item. */
export function itemContainer(card: ItemCard, lang: Lang, withSummary = false): Element {
  const facts = [
    { title: lang === 'zh' ? '日期' : 'Date', value: formatPartialDate(card.date, lang) },
    { title: lang === 'zh' ? '行为体' : 'Actors', value: escapeCardText(card.actors.join(', ')) },
    { title: lang === 'zh' ? '工具' : 'Instrument', value: escapeCardText(card.instrument) },
  ];
  return {
    type: 'Container', separator: true, spacing: 'Medium',
    items: [
      text(`**${escapeCardText(card.title)}**`),
      text(`${BADGE[lang][card.driver]}${card.origin === 'paper' ? '' : ` · ${provenanceLabel(card.origin, lang)}`}`,
        { color: COLOR[card.driver], size: 'Small', weight: 'Bolder', spacing: 'None' }),
      ...(withSummary ? [text(escapeCardText(card.summary), { spacing: 'Small' })] : []),
      { type: 'FactSet', facts },
      ...(card.source ? [text(cardLink(card.source.url, escapeCardText(card.source.title)), { size: 'Small', isSubtle: true })] : []),
    ],
    selectAction: { type: 'Action.Submit', title: REPLY_WORDS[lang].fullItem, data: { command: eventCommand(card.id, lang) } },
  };
}

/** An item as one compact row (reading, title, date and instrument); selecting it opens the item. */
export function itemRow(card: ItemCard, lang: Lang): Element {
  return {
    type: 'ColumnSet', spacing: 'Small',
    columns: [
      { type: 'Column', width: 'auto', items: [text(EMOJI[card.driver])] },
      { type: 'Column', width: 'stretch', items: [
        text(escapeCardText(card.title), { weight: 'Bolder' }),
        text(`${formatPartialDate(card.date, lang)} · ${escapeCardText(card.instrument)}`, { size: 'Small', isSubtle: true, spacing: 'None' }),
      ] },
    ],
    selectAction: { type: 'Action.Submit', title: REPLY_WORDS[lang].fullItem, data: { command: eventCommand(card.id, lang) } },
  };
}

/** The power/security/mixed counts as three columns of large figures. */
export function tallyColumns(tally: DriverTally, lang: Lang): Element {
  return { type: 'ColumnSet', spacing: 'Medium', columns: shownDrivers(tally).map((driver) => ({ type: 'Column', width: 'stretch', items: [
    text(String(tally[driver]), { size: 'ExtraLarge', weight: 'Bolder', color: COLOR[driver] }),
    text(driverWord(driver, lang), { size: 'Small', isSubtle: true, spacing: 'None' }),
  ] })) };
}

/** The power/security/mixed counts as facts, for a narrow column. */
export function tallyFacts(tally: DriverTally, lang: Lang): Element {
  return { type: 'FactSet', facts: shownDrivers(tally).map((driver) => ({ title: `${EMOJI[driver]} ${driverWord(driver, lang)}`, value: String(tally[driver]) })) };
}
