import type { KnownBlock } from '@slack/types';
import { formatPartialDate } from '../../core/partial-date.js';
import { administrationLabel, countLabel, indicatorLabel } from '../../core/labels.js';
import type { ComparisonSide, FrameworkRow, Reply } from '../../core/replies.js';
import { leaningText, REPLY_WORDS } from '../../core/reply-words.js';
import type { Lang } from '../../core/lang.js';
import { cardBlocks, commandButton, context, divider, EMOJI, fieldsSection, header, itemRow, section, tallyFields } from './block-builders.js';
import { clip, escapeMrkdwn } from './mrkdwn.js';

type Of<K extends Reply['kind']> = Extract<Reply, { kind: K }>;

export function actorProfileBlocks(reply: Of<'actor-profile'>): KnownBlock[] {
  const { lang } = reply;
  const blocks: KnownBlock[] = [
    header(reply.name),
    context(`${escapeMrkdwn(reply.otherName)} · ${countLabel(reply.total, lang)} · ${leaningText(reply.tally, lang)}`),
    fieldsSection(tallyFields(reply.tally, lang)),
  ];
  for (const group of reply.byAdministration) {
    blocks.push(divider, section(`*${administrationLabel(group.administration, lang)}* · ${countLabel(group.items.length, lang)}`));
    for (const card of group.items) blocks.push(itemRow(card, lang));
  }
  return [...blocks, ...actionRows(reply.actions)];
}

/** Follow-up buttons, one row each (Slack wants action ids unique within a block). */
const actionRows = (actions: ReadonlyArray<{ label: string; command: string }>): KnownBlock[] =>
  actions.map((action) => ({ type: 'actions', elements: [commandButton(action.label, action.command)] }));

/** One side's column of a comparison row, cut to a field's size. */
const sideTally = (side: ComparisonSide, lang: Lang): string =>
  (['power', 'security', 'mixed'] as const).map((d) => `${EMOJI[d]} ${REPLY_WORDS[lang][d]} ${side.tally[d]}`).join('\n');
const sideIndicators = (side: ComparisonSide, lang: Lang): string =>
  Object.entries(side.indicatorCounts).map(([code, n]) => `${escapeMrkdwn(indicatorLabel(code, lang).label)}: *${n}*`).join('\n') || REPLY_WORDS[lang].none;
const sideLatest = (side: ComparisonSide, lang: Lang): string => side.latest
  .map((card) => `${EMOJI[card.driver]} ${escapeMrkdwn(formatPartialDate(card.date, lang))} · ${escapeMrkdwn(clip(card.title, 300))} · \`${card.id}\``)
  .join('\n') || REPLY_WORDS[lang].none;

/**
 * Two actors or administrations side by side: Slack lays a section's fields out two to a row, so each row pairs
 * the left side's field with the right side's.
 */
export function comparisonBlocks(reply: Of<'comparison'>): KnownBlock[] {
  const { lang, sides: [left, right] } = reply;
  const words = REPLY_WORDS[lang];
  const pair = (render: (side: ComparisonSide) => string) => [render(left), render(right)];
  return [
    header(words.versus(left.label, right.label)),
    fieldsSection([
      ...pair((s) => `*${escapeMrkdwn(s.label)}*\n${countLabel(s.total, lang)}`),
      ...pair((s) => `_${leaningText(s.tally, lang)}_`),
      ...pair((s) => sideTally(s, lang)),
    ]),
    divider,
    fieldsSection(pair((s) => sideIndicators(s, lang)), `*${words.indicators}*`),
    divider,
    fieldsSection(pair((s) => sideLatest(s, lang)), `*${words.latest}*`),
    ...actionRows(reply.actions),
  ];
}

function indicatorBlocks(row: FrameworkRow, lang: Lang): KnownBlock[] {
  const examples = row.examples.map((card) => `${REPLY_WORDS[lang].example} ${escapeMrkdwn(formatPartialDate(card.date, lang))} · ${escapeMrkdwn(card.title)} · \`${card.id}\``);
  return [
    section(`*${escapeMrkdwn(row.label)}* · ${countLabel(row.count, lang)}\n${escapeMrkdwn(row.description)}`),
    ...(examples.length ? [context(examples.join('\n'))] : []),
  ];
}

export function frameworkBlocks(reply: Of<'framework'>): KnownBlock[] {
  const { lang } = reply;
  const words = REPLY_WORDS[lang];
  const blocks: KnownBlock[] = [header(words.frameworkTitle), fieldsSection(tallyFields(reply.tally, lang))];
  for (const driver of ['power', 'security'] as const) {
    const rows = reply.indicators.filter((row) => row.driver === driver);
    if (rows.length === 0) continue;
    blocks.push(divider, section(`${EMOJI[driver]} *${driver === 'power' ? words.powerIndicators : words.securityIndicators}*`));
    for (const row of rows) blocks.push(...indicatorBlocks(row, lang));
  }
  return blocks;
}

export function digestPreviewBlocks(reply: Of<'digest-preview'>): KnownBlock[] {
  const { lang } = reply;
  const words = REPLY_WORDS[lang];
  const blocks: KnownBlock[] = [header(words.previewTitle(reply.total, reply.since))];
  if (reply.total === 0) return [...blocks, section(words.noNewItems)];
  blocks.push(fieldsSection(tallyFields(reply.tally, lang)));
  for (const card of reply.items) blocks.push(divider, ...cardBlocks(card, lang, true));
  if (reply.total > reply.items.length) blocks.push(context(words.moreItems(reply.total - reply.items.length)));
  return blocks;
}
