import { readingOf } from '../../core/item-card.js';
import type { Reply } from '../../core/replies.js';
import { answerText, cardLink, escapeCardText, itemContainer, submit, text, title, type Element } from './card-elements.js';

type Of<K extends Reply['kind']> = Extract<Reply, { kind: K }>;
/** A card's body and its actions (the buttons under it). */
export interface CardParts {
  body: Element[];
  actions: Element[];
}

export function answerCard(reply: Of<'answer'>): CardParts {
  const { lang } = reply;
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

export function itemListCard(reply: Of<'item-list'>): CardParts {
  return { body: [title(reply.heading), ...reply.items.map((c) => itemContainer(c, reply.lang))],
    actions: reply.actions.map((a) => submit(a.label, a.command)) };
}

export function itemDetailCard(reply: Of<'item-detail'>): CardParts {
  const { item, lang } = reply;
  const reading = readingOf(item, lang);
  return {
    body: [
      title(item.title[lang]),
      itemContainer(reply.card, lang),
      text(escapeCardText(item.summary[lang])),
      text(`**${escapeCardText(reading.heading)}** (${escapeCardText(reading.detail)}): ${escapeCardText(reading.text)}`),
      ...item.passages.map((p) => text(`"${escapeCardText(p.text)}"`, { isSubtle: true })),
      ...item.sources.map((s) => text(cardLink(s.url, escapeCardText(s.title)), { size: 'Small' })),
    ],
    actions: [],
  };
}
