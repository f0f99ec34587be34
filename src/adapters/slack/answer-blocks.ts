import type { Button, KnownBlock } from '@slack/types';
import { formatPartialDate } from '../../core/partial-date.js';
import { administrationLabel, instrumentLabel } from '../../core/labels.js';
import { readingOf } from '../../core/item-card.js';
import type { Reply } from '../../core/replies.js';
import { BADGE, cardBlocks, commandButton, context, divider, header, LIMITS, section } from './block-builders.js';
import { answerMrkdwn, escapeMrkdwn, link, splitText } from './mrkdwn.js';

type Of<K extends Reply['kind']> = Extract<Reply, { kind: K }>;

/** Buttons an answer may carry; values are what the action handlers read back. */
export interface AnswerButtons {
  answerId?: number;
  share?: boolean;
  /** A chart answered privately gets a button that posts it to the channel. */
  shareChart?: boolean;
}

/**
 * The answer's buttons as actions blocks. Slack wants action ids unique within a block, so each command after the
 * first gets a row of its own.
 */
function answerActions(reply: Of<'answer'>, buttons: AnswerButtons): KnownBlock[] {
  const first: Button[] = [];
  if (buttons.share && buttons.answerId !== undefined) {
    first.push({ type: 'button', action_id: 'share_answer', text: { type: 'plain_text', text: reply.lang === 'zh' ? '分享到频道' : 'Share in channel' }, value: String(buttons.answerId) });
  }
  const [command, ...more] = reply.actions.map((action) => commandButton(action.label, action.command));
  if (command) first.push(command);
  if (buttons.answerId !== undefined) {
    first.push({ type: 'button', action_id: 'feedback_up', text: { type: 'plain_text', text: '👍', emoji: true }, value: String(buttons.answerId) });
    first.push({ type: 'button', action_id: 'feedback_down', text: { type: 'plain_text', text: '👎', emoji: true }, value: String(buttons.answerId) });
  }
  return [first, ...more.map((button) => [button])].filter((row) => row.length > 0).map((elements) => ({ type: 'actions', elements }));
}

export function answerBlocks(reply: Of<'answer'>, buttons: AnswerButtons): KnownBlock[] {
  const blocks: KnownBlock[] = splitText(answerMrkdwn(reply.text, reply.citations), LIMITS.sectionText).map(section);
  if (reply.citations.length > 0) {
    const footnotes = reply.citations.map((c) => `[${c.n}] ${c.date ? `${escapeMrkdwn(c.date)} · ` : ''}${link(c.url, c.title)} · \`${c.itemId}\``);
    for (let i = 0; i < footnotes.length; i += 5) blocks.push(context(footnotes.slice(i, i + 5).join('\n')));
  }
  for (const card of reply.related) blocks.push(...cardBlocks(card, reply.lang, false));
  if (reply.note) blocks.push(context(escapeMrkdwn(reply.note)));
  return [...blocks, ...answerActions(reply, buttons)];
}

export function itemListBlocks(reply: Of<'item-list'>): KnownBlock[] {
  const blocks: KnownBlock[] = [header(reply.heading)];
  reply.items.forEach((card, i) => {
    if (i > 0) blocks.push(divider);
    blocks.push(...cardBlocks(card, reply.lang, false));
  });
  // One row per button: Slack wants action ids unique within a block.
  for (const action of reply.actions) blocks.push({ type: 'actions', elements: [commandButton(action.label, action.command)] });
  return blocks;
}

export function itemDetailBlocks(reply: Of<'item-detail'>): KnownBlock[] {
  const { item, lang } = reply;
  const facts = [formatPartialDate(item.date, lang), administrationLabel(item.administration, lang), instrumentLabel(item.instrument, lang)].map(escapeMrkdwn);
  const reading = readingOf(item, lang);
  const sources = item.sources.map((s) => `${link(s.url, s.title)}${s.date ? ` (${escapeMrkdwn(s.date)})` : ''}`).join('\n');
  return [
    header(item.title[lang]),
    section(`${facts.join(' · ')} · ${BADGE[lang][reply.card.driver]}\n${escapeMrkdwn(reply.actorNames.join(', '))}`),
    section(escapeMrkdwn(item.summary[lang])),
    section(`*${escapeMrkdwn(reading.heading)}* (${escapeMrkdwn(reading.detail)}): ${escapeMrkdwn(reading.text)}`),
    ...item.passages.map((p) => section(`>${escapeMrkdwn(p.text)}\n_${escapeMrkdwn(p.section)}_`)),
    context(sources || escapeMrkdwn(lang === 'zh' ? '论文未给出出处' : 'The paper cites no source.')),
  ];
}
