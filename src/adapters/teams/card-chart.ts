import type { ChartPicture, Reply } from '../../core/replies.js';
import type { CardParts } from './card-answers.js';
import { escapeCardText, submit, text, title, type Element } from './card-elements.js';

/**
 * The chart as an Image with a data: URI. Chosen over serving the PNG from the bot's own endpoint: that would need a
 * public URL setting and an endpoint that Teams' image proxy can reach, while a data URI travels in the message
 * itself. The price is size (Teams refuses messages over about 28 KB): the picture carries a small rendering made
 * for cards, and without one the card says where to see the chart instead.
 */
export function chartImage(picture: ChartPicture): Element | undefined {
  if (!picture.cardImage) return undefined;
  return { type: 'Image', url: `data:image/png;base64,${picture.cardImage.pngBase64}`, altText: picture.alt.slice(0, 1000), size: 'Stretch',
    msteams: { allowExpand: true } };
}

export function chartCard(reply: Extract<Reply, { kind: 'chart' }>): CardParts {
  const { picture, lang } = reply;
  const image = chartImage(picture);
  const missing = lang === 'zh' ? '图表过于复杂，无法放入 Teams 卡片；请缩小筛选范围，或在 Slack 或命令行中查看。'
    : 'This chart is too detailed for a Teams card: narrow the filters, or see it in Slack or the CLI.';
  const body: Element[] = [
    title(picture.title),
    image ?? text(missing, { isSubtle: true }),
    text(escapeCardText(picture.caption), { size: 'Small', spacing: 'Small' }),
  ];
  return { body, actions: reply.actions.map((a) => submit(a.label, a.command)) };
}
