import { administrationLabel, countLabel, indicatorLabel } from '../../core/labels.js';
import type { Lang } from '../../core/lang.js';
import type { ComparisonSide, FrameworkRow, Reply } from '../../core/replies.js';
import { leadingDriver, leaningText, REPLY_WORDS } from '../../core/reply-words.js';
import type { CardParts } from './card-answers.js';
import { COLOR, EMOJI, escapeCardText, heading, itemRow, submit, tallyColumns, tallyFacts, text, title, type Element } from './card-elements.js';

type Of<K extends Reply['kind']> = Extract<Reply, { kind: K }>;

export function actorProfileCard(reply: Of<'actor-profile'>): CardParts {
  const { lang } = reply;
  const body: Element[] = [
    title(reply.name),
    text(`${escapeCardText(reply.otherName)} · ${countLabel(reply.total, lang)} · ${leaningText(reply.tally, lang)}`, { isSubtle: true, spacing: 'None' }),
    tallyColumns(reply.tally, lang),
  ];
  for (const group of reply.byAdministration) {
    body.push(heading(`${administrationLabel(group.administration, lang)} · ${countLabel(group.items.length, lang)}`, { separator: true }));
    body.push(...group.items.map((card) => itemRow(card, lang)));
  }
  return { body, actions: reply.actions.map((a) => submit(a.label, a.command)) };
}

/** One side of a comparison as a column: its count, leaning, tally, indicators and latest items. */
function sideColumn(side: ComparisonSide, lang: Lang, separator: boolean): Element {
  const words = REPLY_WORDS[lang];
  const leading = leadingDriver(side.tally);
  const indicators = Object.entries(side.indicatorCounts).map(([code, n]) => ({ title: escapeCardText(indicatorLabel(code, lang).label), value: String(n) }));
  return {
    type: 'Column', width: 'stretch', separator, spacing: 'Medium',
    items: [
      text(escapeCardText(side.label), { size: 'Medium', weight: 'Bolder' }),
      text(countLabel(side.total, lang), { isSubtle: true, spacing: 'None' }),
      text(leaningText(side.tally, lang), { weight: 'Bolder', ...(leading ? { color: COLOR[leading] } : {}) }),
      tallyFacts(side.tally, lang),
      text(words.indicators, { weight: 'Bolder', spacing: 'Medium' }),
      ...(indicators.length ? [{ type: 'FactSet', facts: indicators }] : [text(words.none, { isSubtle: true })]),
      text(words.latest, { weight: 'Bolder', spacing: 'Medium' }),
      ...(side.latest.length ? side.latest.map((card) => itemRow(card, lang)) : [text(words.none, { isSubtle: true })]),
    ],
  };
}

/** Two actors or administrations in two columns, so a swap of positions shows at a glance. */
export function comparisonCard(reply: Of<'comparison'>): CardParts {
  const { lang, sides: [left, right] } = reply;
  return { body: [
    title(REPLY_WORDS[lang].versus(left.label, right.label)),
    { type: 'ColumnSet', columns: [sideColumn(left, lang, false), sideColumn(right, lang, true)] },
  ], actions: reply.actions.map((a) => submit(a.label, a.command)) };
}

function indicatorContainer(row: FrameworkRow, lang: Lang): Element {
  return { type: 'Container', spacing: 'Medium', items: [
    { type: 'ColumnSet', columns: [
      { type: 'Column', width: 'stretch', items: [text(escapeCardText(row.label), { weight: 'Bolder' })] },
      { type: 'Column', width: 'auto', items: [text(countLabel(row.count, lang), { color: COLOR[row.driver] })] },
    ] },
    text(escapeCardText(row.description), { size: 'Small', isSubtle: true, spacing: 'None' }),
    ...row.examples.map((card) => itemRow(card, lang)),
  ] };
}

export function frameworkCard(reply: Of<'framework'>): CardParts {
  const { lang } = reply;
  const words = REPLY_WORDS[lang];
  const body: Element[] = [title(words.frameworkTitle), tallyColumns(reply.tally, lang)];
  for (const driver of ['power', 'security'] as const) {
    const rows = reply.indicators.filter((row) => row.driver === driver);
    if (rows.length === 0) continue;
    body.push(heading(`${EMOJI[driver]} ${driver === 'power' ? words.powerIndicators : words.securityIndicators}`, { separator: true, color: COLOR[driver] }));
    body.push(...rows.map((row) => indicatorContainer(row, lang)));
  }
  return { body, actions: [] };
}

export function digestPreviewCard(reply: Of<'digest-preview'>): CardParts {
  const { lang } = reply;
  const words = REPLY_WORDS[lang];
  const body: Element[] = [title(words.previewTitle(reply.total, reply.since))];
  if (reply.total === 0) return { body: [...body, text(words.noNewItems)], actions: [] };
  body.push(tallyColumns(reply.tally, lang), ...reply.items.map((card) => ({ type: 'Container', separator: true, spacing: 'Medium',
    items: [itemRow(card, lang), text(escapeCardText(card.summary), { size: 'Small', spacing: 'Small' })] })));
  if (reply.total > reply.items.length) body.push(text(words.moreItems(reply.total - reply.items.length), { isSubtle: true }));
  return { body, actions: [] };
}
