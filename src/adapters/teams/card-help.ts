import type { Lang } from '../../core/lang.js';
import type { HelpEntry, Reply } from '../../core/replies.js';
import { REPLY_WORDS } from '../../core/reply-words.js';
import type { CardParts } from './card-answers.js';
import { escapeCardText, heading, submit, text, title, type Element } from './card-elements.js';

type Of<K extends Reply['kind']> = Extract<Reply, { kind: K }>;

/** A command's usage, description and examples, with a button that tries the first example. */
function entryContainer(entry: HelpEntry, lang: Lang): Element {
  const words = REPLY_WORDS[lang];
  const [first] = entry.examples;
  return { type: 'Container', separator: true, spacing: 'Medium', items: [
    text(escapeCardText(entry.usage), { fontType: 'Monospace', weight: 'Bolder' }),
    text(escapeCardText(entry.description), { spacing: 'Small' }),
    ...(entry.examples.length ? [text(`${words.example} ${entry.examples.map(escapeCardText).join('  ·  ')}`, { fontType: 'Monospace', size: 'Small', isSubtle: true })] : []),
    ...(first ? [{ type: 'ActionSet', actions: [submit(`${words.tryIt}: ${first}`, first)] }] : []),
  ] };
}

export function helpCard(reply: Of<'help'>): CardParts {
  const words = REPLY_WORDS[reply.lang];
  return { body: [title(reply.topic ? words.helpTopic(reply.topic) : words.helpTitle), ...reply.entries.map((e) => entryContainer(e, reply.lang))], actions: [] };
}

export function usageErrorCard(reply: Of<'usage-error'>): CardParts {
  const words = REPLY_WORDS[reply.lang];
  const problem = text(`⚠️ ${escapeCardText(reply.message)}`, { color: 'Attention', weight: 'Bolder' });
  if (reply.entries.length === 0) return { body: [problem], actions: [] };
  return { body: [problem, heading(words.usage), ...reply.entries.map((e) => entryContainer(e, reply.lang))], actions: [] };
}

/** A notice's paragraphs, one text block each. */
export function noticeCard(reply: Of<'notice'>): CardParts {
  const paragraphs = reply.text.split(/\n{2,}/).filter((p) => p.trim());
  return { body: (paragraphs.length ? paragraphs : ['…']).map((p) => text(escapeCardText(p))), actions: [] };
}
