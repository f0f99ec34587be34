import type { Button, KnownBlock } from '@slack/types';
import { formatPartialDate } from '../../core/partial-date.js';
import { administrationLabel, indicatorLabel, instrumentLabel } from '../../core/labels.js';
import { assertNever, type Citation, type ItemCard, type Reply } from '../../core/replies.js';
import { replyToText } from '../../core/render-text.js';
import { digestToBlockKit } from './digest-blocks.js';
import { answerMrkdwn, clip, escapeMrkdwn, link, splitText } from './mrkdwn.js';

/** One Slack message: blocks and the plain-text fallback Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Buttons an answer may carry; values are what the action handlers read back. */
export interface AnswerButtons {
  answerId?: number;
  share?: boolean;
}

export const LIMITS = { blocksPerMessage: 50, sectionText: 3000, headerText: 150, fallbackText: 3000 } as const;
const BADGE = { power: '🔴 power', security: '🟢 security', mixed: '🟡 mixed' } as const;
const BADGE_ZH = { power: '🔴 权力', security: '🟢 安全', mixed: '🟡 混合' } as const;

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: clip(text, LIMITS.sectionText) } });
const header = (text: string): KnownBlock => ({ type: 'header', text: { type: 'plain_text', text: clip(text, LIMITS.headerText), emoji: true } });
const context = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(text, LIMITS.sectionText) }] });
const divider: KnownBlock = { type: 'divider' };

function cardBlocks(card: ItemCard, lang: 'en' | 'zh', withSummary: boolean): KnownBlock[] {
  const badge = (lang === 'zh' ? BADGE_ZH : BADGE)[card.driver];
  const lines = [`*${escapeMrkdwn(card.title)}*`, `${escapeMrkdwn(formatPartialDate(card.date, lang))} · ${escapeMrkdwn(card.actors.join(', '))} · ${escapeMrkdwn(card.instrument)} · ${badge}`];
  if (withSummary) lines.push(escapeMrkdwn(card.summary));
  const blocks: KnownBlock[] = [section(lines.join('\n'))];
  blocks.push(context(`${card.source ? `${lang === 'zh' ? '出处' : 'Source'}: ${link(card.source.url, card.source.title)} · ` : ''}\`${card.id}\``));
  return blocks;
}

function answerBlocks(reply: Extract<Reply, { kind: 'answer' }>, buttons: AnswerButtons): KnownBlock[] {
  const lang = reply.lang;
  const blocks: KnownBlock[] = splitText(answerMrkdwn(reply.text, reply.citations), LIMITS.sectionText).map(section);
  if (reply.citations.length > 0) {
    const footnotes = reply.citations.map((c) => `[${c.n}] ${c.date ? `${escapeMrkdwn(c.date)} · ` : ''}${link(c.url, c.title)} · \`${c.itemId}\``);
    for (let i = 0; i < footnotes.length; i += 5) blocks.push(context(footnotes.slice(i, i + 5).join('\n')));
  }
  for (const card of reply.related) blocks.push(...cardBlocks(card, lang, false));
  if (reply.note) blocks.push(context(escapeMrkdwn(reply.note)));
  const elements: Button[] = [];
  if (buttons.share && buttons.answerId !== undefined) {
    elements.push({ type: 'button', action_id: 'share_answer', text: { type: 'plain_text', text: lang === 'zh' ? '分享到频道' : 'Share in channel' }, value: String(buttons.answerId) });
  }
  for (const action of reply.actions) {
    elements.push({ type: 'button', action_id: 'run_command', text: { type: 'plain_text', text: clip(action.label, 75) }, value: clip(action.command, 2000) });
  }
  if (buttons.answerId !== undefined) {
    elements.push({ type: 'button', action_id: 'feedback_up', text: { type: 'plain_text', text: '👍', emoji: true }, value: String(buttons.answerId) });
    elements.push({ type: 'button', action_id: 'feedback_down', text: { type: 'plain_text', text: '👎', emoji: true }, value: String(buttons.answerId) });
  }
  if (elements.length > 0) blocks.push({ type: 'actions', elements });
  return blocks;
}

function bodyBlocks(reply: Reply, buttons: AnswerButtons): KnownBlock[] {
  const lang = reply.lang;
  switch (reply.kind) {
    case 'answer':
      return answerBlocks(reply, buttons);
    case 'item-list': {
      const blocks: KnownBlock[] = [header(reply.heading)];
      reply.items.forEach((card, i) => {
        if (i > 0) blocks.push(divider);
        blocks.push(...cardBlocks(card, lang, false));
      });
      const next = reply.actions[0];
      if (next) blocks.push({ type: 'actions', elements: [{ type: 'button', action_id: 'run_command', text: { type: 'plain_text', text: next.label }, value: clip(next.command, 2000) }] });
      return blocks;
    }
    case 'item-detail': {
      const { item } = reply;
      return [
        header(item.title[lang]),
        section(`${escapeMrkdwn(formatPartialDate(item.date, lang))} · ${administrationLabel(item.administration, lang)} · ${escapeMrkdwn(instrumentLabel(item.instrument, lang))} · ${(lang === 'zh' ? BADGE_ZH : BADGE)[item.reading.driver]}\n${escapeMrkdwn(reply.actorNames.join(', '))}`),
        section(escapeMrkdwn(item.summary[lang])),
        section(`*${lang === 'zh' ? '论文解读' : "The paper's reading"}* (${escapeMrkdwn(item.reading.indicators.map((i) => indicatorLabel(i, lang).label).join(lang === 'zh' ? '、' : ', '))}): ${escapeMrkdwn(item.reading.argument[lang])}`),
        ...item.passages.map((p) => section(`>${escapeMrkdwn(p.text)}\n_${escapeMrkdwn(p.section)}_`)),
        context(item.sources.length ? item.sources.map((s) => `${link(s.url, s.title)}${s.date ? ` (${escapeMrkdwn(s.date)})` : ''}`).join('\n') : escapeMrkdwn(lang === 'zh' ? '论文未给出出处' : 'The paper cites no source.')),
      ];
    }
    case 'actor-profile':
    case 'comparison':
    case 'framework':
    case 'digest-preview':
    case 'digest':
    case 'help':
    case 'usage-error':
    case 'notice':
      // Text-shaped replies: the plain renderer's lines, escaped, split into sections.
      return splitText(escapeMrkdwn(replyToText(reply)), LIMITS.sectionText).map(section);
    default:
      return assertNever(reply);
  }
}

/**
 * Block Kit for any reply, split into messages of at most 50 blocks, always between cards (never inside one)
 * and never inside a citation, each with a plain-text fallback.
 */
export function replyToBlockKit(reply: Reply, buttons: AnswerButtons = {}): SlackMessage[] {
  if (reply.kind === 'digest') return digestToBlockKit(reply).map(({ text, blocks }) => ({ text, blocks }));
  const blocks = bodyBlocks(reply, buttons);
  const messages: SlackMessage[] = [];
  for (let start = 0; start < blocks.length;) {
    let end = Math.min(blocks.length, start + LIMITS.blocksPerMessage);
    // Do not leave a card's context block behind its section, nor open a message with a divider.
    while (end < blocks.length && end > start + 1 && (blocks[end]?.type === 'context')) end--;
    messages.push({ text: '', blocks: blocks.slice(start, end).filter((b, i) => !(i === 0 && b.type === 'divider')) });
    start = end;
  }
  const fallback = clip(escapeMrkdwn(replyToText(reply)), LIMITS.fallbackText);
  return messages.map((message, i) => ({ ...message, text: i === 0 ? fallback : `${fallback.slice(0, 200)} (${i + 1}/${messages.length})` }));
}

/** The plainest form: text only, for a post Slack rejected with blocks. */
export function replyToPlainSlackText(reply: Reply): string {
  return clip(escapeMrkdwn(replyToText(reply)), 39_000);
}
