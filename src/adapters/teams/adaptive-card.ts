import { formatPartialDate } from '../../core/partial-date.js';
import { assertNever, type Citation, type ItemCard, type Reply } from '../../core/replies.js';
import { replyToText } from '../../core/render-text.js';

export type Element = Record<string, unknown>;
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: Element[];
  actions?: Element[];
  msteams?: { width: 'Full' };
}

/** Teams refuses a message over 28 KB; cards stay well under it. */
export const MAX_CARD_BYTES = 26_000;
const COLOR = { power: 'Attention', security: 'Good', mixed: 'Warning' } as const;
export const BADGE = { en: { power: 'Power-driven', security: 'Security-driven', mixed: 'Power and security' }, zh: { power: '权力驱动', security: '安全驱动', mixed: '权力与安全' } } as const;

/** Adaptive Card markdown is a small subset: neutralise the characters that would format user or stored text. */
export function escapeCardText(text: string): string {
  return text.replace(/([\\*_[\]()#>`~])/g, '\\$1').replace(/</g, '&lt;');
}

export const text = (value: string, extra: Element = {}): Element => ({ type: 'TextBlock', text: value, wrap: true, ...extra });

/** A markdown link when the URL is plain http(s) with nothing that could close or extend the link; else the label. */
export function cardLink(url: string | null | undefined, label: string): string {
  return url && /^https?:\/\/[^\s<>()[\]]+$/.test(url) ? `[${label}](${url})` : label;
}
const submit = (title: string, command: string): Element => ({ type: 'Action.Submit', title, data: { command } });

export function itemContainer(card: ItemCard, lang: 'en' | 'zh'): Element {
  const facts = [
    { title: lang === 'zh' ? '日期' : 'Date', value: formatPartialDate(card.date, lang) },
    { title: lang === 'zh' ? '行为体' : 'Actors', value: escapeCardText(card.actors.join(', ')) },
    { title: lang === 'zh' ? '工具' : 'Instrument', value: card.instrument },
  ];
  return {
    type: 'Container', separator: true, spacing: 'Medium',
    items: [
      text(`**${escapeCardText(card.title)}**`),
      text(BADGE[lang][card.driver], { color: COLOR[card.driver], size: 'Small', weight: 'Bolder', spacing: 'None' }),
      { type: 'FactSet', facts },
      ...(card.source ? [text(cardLink(card.source.url, escapeCardText(card.source.title)), { size: 'Small', isSubtle: true })] : []),
    ],
    selectAction: { type: 'Action.Submit', data: { command: `event ${card.id}` } },
  };
}

export function answerText(value: string, citations: Citation[]): string {
  return escapeCardText(value).replace(/\\\[(\d+)\\\]/g, (_m, n: string) => {
    return cardLink(citations.find((c) => c.n === Number(n))?.url, `\\[${n}\\]`);
  });
}

function bodyOf(reply: Reply): { body: Element[]; actions: Element[] } {
  const lang = reply.lang;
  switch (reply.kind) {
    case 'answer': {
      const body: Element[] = [text(answerText(reply.text, reply.citations))];
      if (reply.citations.length > 0) {
        body.push(text(lang === 'zh' ? '**引用**' : '**Sources**', { spacing: 'Medium' }));
        for (const c of reply.citations) {
          const label = `${c.n}. ${c.date ? `${c.date} · ` : ''}${escapeCardText(c.title)}`;
          body.push(text(cardLink(c.url, label), { size: 'Small', spacing: 'None' }));
        }
      }
      for (const card of reply.related) body.push(itemContainer(card, lang));
      if (reply.note) body.push(text(escapeCardText(reply.note), { size: 'Small', isSubtle: true }));
      return { body, actions: reply.actions.map((a) => submit(a.label, a.command)) };
    }
    case 'item-list':
      return { body: [text(escapeCardText(reply.heading), { size: 'Large', weight: 'Bolder' }), ...reply.items.map((c) => itemContainer(c, lang))],
        actions: reply.actions.map((a) => submit(a.label, a.command)) };
    case 'item-detail': {
      const { item } = reply;
      return {
        body: [
          text(escapeCardText(item.title[lang]), { size: 'Large', weight: 'Bolder' }),
          itemContainer(reply.card, lang),
          text(escapeCardText(item.summary[lang])),
          text(`**${lang === 'zh' ? '论文解读' : "The paper's reading"}**: ${escapeCardText(item.reading.argument[lang])}`),
          ...item.passages.map((p) => text(`"${escapeCardText(p.text)}"`, { isSubtle: true })),
          ...item.sources.map((s) => text(cardLink(s.url, escapeCardText(s.title)), { size: 'Small' })),
        ],
        actions: [],
      };
    }
    case 'actor-profile':
    case 'comparison':
    case 'framework':
    case 'digest-preview':
    case 'digest':
    case 'help':
    case 'usage-error':
    case 'notice':
      return { body: replyToText(reply).split(/\n{2,}/).map((para) => text(escapeCardText(para))), actions: [] };
    default:
      return assertNever(reply);
  }
}

/** An Adaptive Card 1.5 for any reply; long bodies are cut, with a note, so the card stays under 28 KB. */
export function replyToAdaptiveCard(reply: Reply): AdaptiveCard {
  const { body, actions } = bodyOf(reply);
  const card: AdaptiveCard = { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5',
    body, ...(actions.length ? { actions } : {}), msteams: { width: 'Full' } };
  while (Buffer.byteLength(JSON.stringify(card)) > MAX_CARD_BYTES && card.body.length > 2) {
    card.body.splice(card.body.length - 2, 1);
    if (!card.body.some((e) => e.id === 'cut')) card.body.push(text(reply.lang === 'zh' ? '（内容过长，已截断）' : '(Shortened to fit Teams.)', { id: 'cut', isSubtle: true }));
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
