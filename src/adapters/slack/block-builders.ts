import { eventCommand } from '../../core/commands.js';
import type { Button, KnownBlock, MrkdwnElement } from '@slack/types';
import { provenanceLabel } from '../../core/labels.js';
import { formatPartialDate } from '../../core/partial-date.js';
import type { DriverTally, ItemCard } from '../../core/replies.js';
import { REPLY_WORDS } from '../../core/reply-words.js';
import type { Lang } from '../../core/lang.js';
import { clip, escapeMrkdwn, link } from './mrkdwn.js';

/** Slack's limits on what one message may hold (messageChars: block JSON, below `msg_blocks_too_long`). */
export const LIMITS = {
  blocksPerMessage: 50, sectionText: 3000, headerText: 150, fallbackText: 3000, fields: 10, fieldText: 2000,
  buttonText: 75, buttonValue: 2000, messageChars: 11_000,
} as const;
export const EMOJI = { power: '🔴', security: '🟢', mixed: '🟡', none: '⚪' } as const;
export const BADGE = { en: { power: '🔴 power', security: '🟢 security', mixed: '🟡 mixed', none: '⚪ no paper reading' },
  zh: { power: '🔴 权力', security: '🟢 安全', mixed: '🟡 混合', none: '⚪ 论文未解读' } } as const;

export const mrkdwn = (text: string, max: number = LIMITS.sectionText): MrkdwnElement => ({ type: 'mrkdwn', text: clip(text, max) });
export const section = (text: string): KnownBlock => ({ type: 'section', text: mrkdwn(text) });
export const header = (text: string): KnownBlock => ({ type: 'header', text: { type: 'plain_text', text: clip(text, LIMITS.headerText), emoji: true } });
export const context = (text: string): KnownBlock => ({ type: 'context', elements: [mrkdwn(text)] });
export const divider: KnownBlock = { type: 'divider' };

/** A section of up to ten fields, shown two to a row; `text` (when given) stands above them. */
export function fieldsSection(fields: readonly string[], text?: string): KnownBlock {
  return { type: 'section', ...(text ? { text: mrkdwn(text) } : {}), fields: fields.slice(0, LIMITS.fields).map((f) => mrkdwn(f, LIMITS.fieldText)) };
}

/** A button that runs a command, as if the user had typed it. */
export const commandButton = (label: string, command: string): Button => ({ type: 'button', action_id: 'run_command',
  text: { type: 'plain_text', text: clip(label, LIMITS.buttonText), emoji: true }, value: clip(command, LIMITS.buttonValue) });

/** The power/security/mixed counts as three fields. */
export function tallyFields(tally: DriverTally, lang: Lang): string[] {
  const words = REPLY_WORDS[lang];
  const fields = (['power', 'security', 'mixed'] as const).map((driver) => `*${EMOJI[driver]} ${words[driver]}*\n${tally[driver]}`);
  return tally.none > 0 ? [...fields, `*${EMOJI.none} ${words.unread}*\n${tally.none}`] : fields;
}

/** An item's first line and facts: escaped title, date, instrument and reading. */
function cardText(card: ItemCard, lang: Lang, withActors: boolean): string {
  const facts = [formatPartialDate(card.date, lang), ...(withActors ? [card.actors.join(', ')] : []), card.instrument].map(escapeMrkdwn);
  const origin = card.origin === 'paper' ? '' : ` · ${escapeMrkdwn(provenanceLabel(card.origin, lang))}`;
  return `*${escapeMrkdwn(card.title)}*\n${facts.join(' · ')} · ${BADGE[lang][card.driver]}${origin}`;
}

/** An item as one section with a "Full item" button: the compact row of profiles and overviews. */
export function itemRow(card: ItemCard, lang: Lang): KnownBlock {
  return { type: 'section', text: mrkdwn(cardText(card, lang, false)), accessory: commandButton(REPLY_WORDS[lang].fullItem, eventCommand(card.id, lang)) };
}

/** An item as a card: its section (with a "Full item" button) and a context line with its source and id. */
export function cardBlocks(card: ItemCard, lang: Lang, withSummary: boolean): KnownBlock[] {
  const text = `${cardText(card, lang, true)}${withSummary ? `\n${escapeMrkdwn(clip(card.summary, 600))}` : ''}`;
  const source = card.source ? `${lang === 'zh' ? '出处' : 'Source'}: ${link(card.source.url, card.source.title)} · ` : '';
  return [
    { type: 'section', text: mrkdwn(text), accessory: commandButton(REPLY_WORDS[lang].fullItem, eventCommand(card.id, lang)) },
    context(`${source}\`${card.id}\``),
  ];
}
