import type { KnownBlock } from '@slack/types';
import { assertNever, type Reply } from '../../core/replies.js';
import { replyToText } from '../../core/render-text.js';
import { answerBlocks, itemDetailBlocks, itemListBlocks, type AnswerButtons } from './answer-blocks.js';
import { LIMITS, section } from './block-builders.js';
import { chartBlocks } from './chart-upload.js';
import { digestToBlockKit } from './digest-blocks.js';
import { helpBlocks, noticeBlocks, usageErrorBlocks } from './help-blocks.js';
import { clip, escapeMrkdwn } from './mrkdwn.js';
import { reviewEditBlocks, reviewQueueBlocks, statusBlocks } from './operator-blocks.js';
import { actorProfileBlocks, comparisonBlocks, digestPreviewBlocks, frameworkBlocks } from './overview-blocks.js';

export { LIMITS } from './block-builders.js';
export type { AnswerButtons } from './answer-blocks.js';

/** One Slack message: blocks and the plain-text fallback Slack shows in notifications. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Blocks in runs that are never split: a block with the context lines that follow it. */
function unitsOf(blocks: readonly KnownBlock[]): KnownBlock[][] {
  const units: KnownBlock[][] = [];
  for (const block of blocks) {
    const last = units.at(-1);
    if (block.type === 'context' && last && last.length < 5) last.push(block);
    else units.push([block]);
  }
  return units;
}

/** Packs blocks into messages within Slack's block count and size, never between a card and its context line. */
function packMessages(blocks: readonly KnownBlock[]): KnownBlock[][] {
  const messages: KnownBlock[][] = [];
  let current: KnownBlock[] = [];
  let size = 0;
  for (const unit of unitsOf(blocks)) {
    const unitSize = JSON.stringify(unit).length;
    if (current.length > 0 && (current.length + unit.length > LIMITS.blocksPerMessage || size + unitSize > LIMITS.messageChars)) {
      messages.push(current);
      current = [];
      size = 0;
    }
    // A message never opens with a divider.
    const kept = current.length === 0 && unit[0]?.type === 'divider' ? unit.slice(1) : unit;
    current.push(...kept);
    size += unitSize;
  }
  if (current.length > 0) messages.push(current);
  return messages;
}

function withFallback(reply: Reply, blocks: readonly KnownBlock[]): SlackMessage[] {
  const fallback = clip(escapeMrkdwn(replyToText(reply)), LIMITS.fallbackText);
  // Slack refuses a message without text or blocks: an empty reply still says something.
  const messages = packMessages(blocks.length > 0 ? blocks : [section(fallback || '…')]);
  return messages.map((message, i) => ({ blocks: message, text: i === 0 ? fallback : `${fallback.slice(0, 200)} (${i + 1}/${messages.length})` }));
}

/**
 * Block Kit for any reply, split into messages within Slack's limits (50 blocks, about 11,000 characters), always
 * between cards (never inside one) and never inside a citation, each with a plain-text fallback.
 */
export function replyToBlockKit(reply: Reply, buttons: AnswerButtons = {}): SlackMessage[] {
  switch (reply.kind) {
    case 'answer': return withFallback(reply, answerBlocks(reply, buttons));
    case 'item-list': return withFallback(reply, itemListBlocks(reply));
    case 'item-detail': return withFallback(reply, itemDetailBlocks(reply));
    case 'actor-profile': return withFallback(reply, actorProfileBlocks(reply));
    case 'comparison': return withFallback(reply, comparisonBlocks(reply));
    case 'framework': return withFallback(reply, frameworkBlocks(reply));
    case 'digest-preview': return withFallback(reply, digestPreviewBlocks(reply));
    case 'digest': return digestToBlockKit(reply).map(({ text, blocks }) => ({ text, blocks }));
    case 'chart': return withFallback(reply, chartBlocks(reply, Boolean(buttons.shareChart)));
    case 'help': return withFallback(reply, helpBlocks(reply));
    case 'usage-error': return withFallback(reply, usageErrorBlocks(reply));
    case 'notice': return withFallback(reply, noticeBlocks(reply));
    case 'review-queue': return withFallback(reply, reviewQueueBlocks(reply));
    case 'review-edit': return withFallback(reply, reviewEditBlocks(reply));
    case 'status': return withFallback(reply, statusBlocks(reply));
    default: return assertNever(reply);
  }
}

/** The plainest form: text only, for a post Slack rejected with blocks. */
export function replyToPlainSlackText(reply: Reply): string {
  return clip(escapeMrkdwn(replyToText(reply)), 39_000);
}
