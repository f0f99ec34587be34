import { assertNever, type ChartPicture, type Reply } from '../../core/replies.js';
import { answerCard, itemDetailCard, itemListCard, type CardParts } from './card-answers.js';
import { chartCard, chartImage } from './card-chart.js';
import { text, type AdaptiveCard } from './card-elements.js';
import { helpCard, noticeCard, usageErrorCard } from './card-help.js';
import { actorProfileCard, comparisonCard, digestPreviewCard, frameworkCard } from './card-overviews.js';
import { digestToAdaptiveCards } from './digest-cards.js';
import { reviewEditCard, reviewQueueCard, statusCard } from './card-operator.js';

export type { AdaptiveCard, Element } from './card-elements.js';

/** Teams refuses a message over 28 KB; cards stay well under it. */
export const MAX_CARD_BYTES = 26_000;
const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** The digest's first card; the digest schedule posts every part, a single card can hold only the first. */
function digestCard(reply: Extract<Reply, { kind: 'digest' }>): CardParts & { shortened: boolean } {
  const parts = digestToAdaptiveCards(reply);
  return { body: parts[0]?.card.body ?? [], actions: [], shortened: parts.length > 1 };
}

/** A profile or comparison with its stance chart under the title, when the card still fits Teams' limit with it. */
function withPicture(parts: CardParts, picture: ChartPicture | undefined): CardParts {
  const image = picture ? chartImage(picture) : undefined;
  if (!image || Buffer.byteLength(JSON.stringify(parts)) + Buffer.byteLength(JSON.stringify(image)) > MAX_CARD_BYTES - 1000) return parts;
  return { ...parts, body: [...parts.body.slice(0, 1), image, ...parts.body.slice(1)] };
}

function partsOf(reply: Reply): CardParts & { shortened?: boolean } {
  switch (reply.kind) {
    case 'answer': return answerCard(reply);
    case 'item-list': return itemListCard(reply);
    case 'item-detail': return itemDetailCard(reply);
    case 'actor-profile': return withPicture(actorProfileCard(reply), reply.picture);
    case 'comparison': return withPicture(comparisonCard(reply), reply.picture);
    case 'framework': return frameworkCard(reply);
    case 'digest-preview': return digestPreviewCard(reply);
    case 'digest': return digestCard(reply);
    case 'chart': return chartCard(reply);
    case 'help': return helpCard(reply);
    case 'usage-error': return usageErrorCard(reply);
    case 'notice': return noticeCard(reply);
    case 'review-queue': return reviewQueueCard(reply);
    case 'review-edit': return reviewEditCard(reply);
    case 'status': return statusCard(reply);
    default: return assertNever(reply);
  }
}

/** An Adaptive Card 1.5 for any reply; long bodies are cut, with a note, so the card stays under 28 KB. */
export function replyToAdaptiveCard(reply: Reply): AdaptiveCard {
  const { body, actions, shortened } = partsOf(reply);
  const card: AdaptiveCard = { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', body, ...(actions.length ? { actions } : {}), msteams: { width: 'Full' } };
  const note = text(reply.lang === 'zh' ? '（内容过长，已截断）' : '(Shortened to fit Teams.)', { id: 'cut', isSubtle: true });
  if (shortened) card.body.push(note);
  while (Buffer.byteLength(JSON.stringify(card)) > MAX_CARD_BYTES && card.body.length > 2) {
    card.body.splice(card.body.length - 2, 1);
    if (!card.body.some((e) => e.id === 'cut')) card.body.push(note);
  }
  return card;
}

/**
 * Teams' citation entity (schema.org Message with Claim citations) for an answer, with the AI-generated label
 * when an LLM wrote the text.
 */
export function citationEntity(reply: Extract<Reply, { kind: 'answer' }>): Record<string, unknown> | undefined {
  if (reply.citations.length === 0) return undefined;
  const clip = (value: string, max: number) => (value.length <= max ? value : `${value.slice(0, max - 1)}…`);
  return {
    type: 'https://schema.org/Message', '@type': 'Message', '@context': 'https://schema.org', '@id': '',
    ...(reply.mode === 'llm' ? { additionalType: ['AIGeneratedContent'] } : {}),
    citation: reply.citations.map((c) => ({
      '@type': 'Claim', position: c.n,
      appearance: { '@type': 'DigitalDocument', name: clip(`${c.date ? `${c.date} ` : ''}${c.title}`, 80),
        abstract: clip(c.section || c.title, 160), ...(c.url ? { url: c.url } : {}) },
    })),
  };
}
