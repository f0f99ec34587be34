import type { KnownBlock } from '@slack/types';
import type { HelpEntry, Reply } from '../../core/replies.js';
import { REPLY_WORDS } from '../../core/reply-words.js';
import type { Lang } from '../../core/lang.js';
import { commandButton, context, header, LIMITS, section } from './block-builders.js';
import { escapeMrkdwn, splitText } from './mrkdwn.js';

type Of<K extends Reply['kind']> = Extract<Reply, { kind: K }>;

/** A command's usage and description, a button that tries its first example, and its examples below. */
function entryBlocks(entry: HelpEntry, lang: Lang): KnownBlock[] {
  const words = REPLY_WORDS[lang];
  const [first] = entry.examples;
  const usage: KnownBlock = { type: 'section', text: { type: 'mrkdwn', text: `\`${escapeMrkdwn(entry.usage)}\`\n${escapeMrkdwn(entry.description)}` },
    ...(first ? { accessory: commandButton(words.tryIt, first) } : {}) };
  const examples = entry.examples.map((e) => `\`${escapeMrkdwn(e)}\``).join('  ·  ');
  return [usage, ...(examples ? [context(`${words.example} ${examples}`)] : [])];
}

export function helpBlocks(reply: Of<'help'>): KnownBlock[] {
  const words = REPLY_WORDS[reply.lang];
  return [header(reply.topic ? words.helpTopic(reply.topic) : words.helpTitle), ...reply.entries.flatMap((e) => entryBlocks(e, reply.lang))];
}

export function usageErrorBlocks(reply: Of<'usage-error'>): KnownBlock[] {
  const words = REPLY_WORDS[reply.lang];
  const problem = splitText(escapeMrkdwn(reply.message), LIMITS.sectionText - 4).map((text, i) => section(i === 0 ? `⚠️ ${text}` : text));
  if (reply.entries.length === 0) return problem;
  return [...problem, context(`*${words.usage}*`), ...reply.entries.flatMap((e) => entryBlocks(e, reply.lang))];
}

/** A notice's paragraphs, one section each (a long one in several): never cut. */
export function noticeBlocks(reply: Of<'notice'>): KnownBlock[] {
  return reply.text.split(/\n{2,}/).filter((p) => p.trim())
    .flatMap((paragraph) => splitText(escapeMrkdwn(paragraph), LIMITS.sectionText)).map(section);
}
