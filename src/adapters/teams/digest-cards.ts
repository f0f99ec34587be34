import { provenanceLabel } from '../../core/labels.js';
import { digestEntries, digestHeadline as headline, digestPeriod as period, packDigestParts, type DigestUnit } from '../../core/digest-parts.js';
import { formatPartialDate } from '../../core/partial-date.js';
import type { ItemCard, Reply } from '../../core/replies.js';
import { chartImage } from './card-chart.js';
import { answerText, BADGE, cardLink, EMOJI, escapeCardText, itemContainer, text, type AdaptiveCard, type Element } from './card-elements.js';

type Digest = Extract<Reply, { kind: 'digest' }>;

/** Teams refuses an activity over about 28 KB: a digest card's body stays under this many bytes of JSON. */
export const DIGEST_CARD_BYTES = 22_000;
const WORDS = {
  en: { period: 'Period', continued: 'continued', part: (i: number, n: number) => `part ${i} of ${n}`, none: 'No new items this period.' },
  zh: { period: '时段', continued: '续', part: (i: number, n: number) => `第 ${i}/${n} 部分`, none: '本期没有新条目。' },
} as const;


function firstOpening(digest: Digest, part: number, parts: number): Element[] {
  const words = WORDS[digest.lang];
  const badge = BADGE[digest.lang];
  const body: Element[] = [
    text(escapeCardText(headline(digest)), { size: 'Large', weight: 'Bolder' }),
    text(`${period(digest)}${parts > 1 ? ` · ${words.part(part, parts)}` : ''}`, { isSubtle: true, spacing: 'None' }),
    { type: 'FactSet', facts: [{ title: badge.power, value: String(digest.tally.power) }, { title: badge.security, value: String(digest.tally.security) },
      { title: badge.mixed, value: String(digest.tally.mixed) }, ...(digest.tally.none > 0 ? [{ title: badge.none, value: String(digest.tally.none) }] : [])] },
  ];
  if (digest.total === 0) return [...body, text(words.none)];
  body.push(text(answerText(digest.summary.text, digest.summary.citations), { spacing: 'Medium' }));
  for (const c of digest.summary.citations) body.push(text(cardLink(c.url, `${c.n}. ${c.date} · ${escapeCardText(c.title)}`), { size: 'Small', spacing: 'None' }));
  if (digest.summary.model) body.push(text(escapeCardText(digest.summary.model), { size: 'Small', isSubtle: true, spacing: 'None' }));
  const image = digest.picture ? chartImage(digest.picture) : undefined;
  if (image) body.push(image);
  return body;
}

/** An item's card in a digest: the usual container, with its id to open it in full. */
function itemCard(card: ItemCard, lang: Digest['lang']): Element {
  const container = itemContainer(card, lang) as Element & { items: Element[] };
  return { ...container, items: [...container.items, text(escapeCardText(card.id), { size: 'Small', isSubtle: true, spacing: 'None' })] };
}

/** One line of the compact list: reading, date, title (linked to its source) and id, which `event <id>` opens in full. */
const itemLine = (card: ItemCard, lang: Digest['lang']): Element => text(`${EMOJI[card.driver]} ${formatPartialDate(card.date, lang)} · `
  + `${cardLink(card.source?.url, escapeCardText(card.title))}${card.origin === 'paper' ? '' : ` (${provenanceLabel(card.origin, lang)})`} · ${escapeCardText(card.id)}`, { spacing: 'Small' });

function units(digest: Digest): Array<DigestUnit<Element>> {
  return digestEntries(digest).map((entry) => ({ administration: entry.administration, actor: entry.actor,
    elements: [digest.layout === 'cards' ? itemCard(entry.card, digest.lang) : itemLine(entry.card, digest.lang)] }));
}

/**
 * A digest as Adaptive Cards, one per Teams message: heading, period, power/security tally and overview, then every
 * item under its administration and actor, as cards or (for many items) one line each. Each card stays under
 * Teams' size limit; none is cut.
 */
export function digestToAdaptiveCards(digest: Digest): Array<{ text: string; card: AdaptiveCard }> {
  const words = WORDS[digest.lang];
  const bodies = packDigestParts(units(digest), {
    opening: (part, count) => (part === 1 ? firstOpening(digest, part, count)
      : [text(`${escapeCardText(headline(digest))} · ${period(digest)} · ${words.part(part, count)}`, { isSubtle: true, size: 'Small' })]),
    administrationHeading: (label, continued) => [text(`${escapeCardText(label)}${continued ? ` (${words.continued})` : ''}`,
      { size: 'Medium', weight: 'Bolder', separator: true, spacing: 'Large' })],
    actorHeading: (label, continued) => [text(`${escapeCardText(label)}${continued ? ` (${words.continued})` : ''}`, { weight: 'Bolder', spacing: 'Medium' })],
    measure: (element) => Buffer.byteLength(JSON.stringify(element)) + 1,
    maxElements: 400,
    maxSize: DIGEST_CARD_BYTES,
  });
  return bodies.map((body, i) => ({
    text: `${headline(digest)}, ${period(digest)}${bodies.length > 1 ? ` (${words.part(i + 1, bodies.length)})` : ''}`,
    card: { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, msteams: { width: 'Full' } },
  }));
}
