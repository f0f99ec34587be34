import { provenanceLabel } from '../../core/labels.js';
import type { KnownBlock } from '@slack/types';
import { digestEntries, digestHeadline, digestPeriod as period, packDigestParts, type DigestUnit } from '../../core/digest-parts.js';
import { formatPartialDate } from '../../core/partial-date.js';
import type { ItemCard, Reply } from '../../core/replies.js';
import type { SlackMessage } from './block-kit.js';
import { context, EMOJI, header, mrkdwn, section } from './block-builders.js';
import { answerMrkdwn, clip, escapeMrkdwn, link, splitText } from './mrkdwn.js';

type Digest = Extract<Reply, { kind: 'digest' }>;

/** One message of a digest, with the text-only form posted if Slack rejects its blocks. */
export interface SlackDigestPart extends SlackMessage {
  plain: string;
}

/**
 * Slack also refuses a message whose blocks hold too much text in total (`msg_blocks_too_long`, around 12,000
 * characters), so a digest message stays under this many characters of block JSON.
 */
export const DIGEST_MESSAGE_CHARS = 11_000;
/** Compact lines are grouped into sections of about this size: small enough to pack messages full. */
const SECTION_CHARS = 1_200;
const WORDS = {
  en: { power: 'Power-driven', security: 'Security-driven', mixed: 'Mixed', period: 'Period', date: 'Date', reading: 'Reading', instrument: 'Instrument',
    actors: 'Actors', source: 'Source', continued: 'continued', part: (i: number, n: number) => `part ${i} of ${n}`, empty: 'No new items this period.', none: 'No paper reading' },
  zh: { power: '权力驱动', security: '安全驱动', mixed: '混合', period: '时段', date: '日期', reading: '解读', instrument: '工具',
    actors: '行为体', source: '出处', continued: '续', part: (i: number, n: number) => `第 ${i}/${n} 部分`, empty: '本期没有新条目。', none: '论文未解读' },
} as const;

function firstOpening(digest: Digest, part: number, parts: number): KnownBlock[] {
  const words = WORDS[digest.lang];
  const blocks: KnownBlock[] = [header(digestHeadline(digest)), { type: 'section', fields: [
    mrkdwn(`*${words.period}*\n${period(digest)}`), mrkdwn(`*${words.power}*\n${digest.tally.power}`),
    mrkdwn(`*${words.security}*\n${digest.tally.security}`), mrkdwn(`*${words.mixed}*\n${digest.tally.mixed}`),
    ...(digest.tally.none > 0 ? [mrkdwn(`*${words.none}*\n${digest.tally.none}`)] : [])] }];
  if (digest.total === 0) return [...blocks, section(words.empty)];
  blocks.push(...splitText(answerMrkdwn(digest.summary.text, digest.summary.citations), 3000).map(section));
  const footnotes = digest.summary.citations.map((c) => `[${c.n}] ${escapeMrkdwn(c.date)} · ${link(c.url, c.title)}`);
  const notes = [...footnotes, ...(digest.summary.model ? [`_${escapeMrkdwn(digest.summary.model)}_`] : []), ...(parts > 1 ? [words.part(part, parts)] : [])];
  if (notes.length > 0) blocks.push(context(notes.join('\n')));
  return [...blocks, { type: 'divider' }];
}

function itemCard(card: ItemCard, lang: Digest['lang']): KnownBlock[] {
  const words = WORDS[lang];
  const title = `*${link(card.source?.url ?? null, card.title)}*`;
  return [
    { type: 'section', text: mrkdwn(clip(`${title}\n${escapeMrkdwn(clip(card.summary, 400))}`, 3000)), fields: [
      mrkdwn(`*${words.date}*\n${escapeMrkdwn(formatPartialDate(card.date, lang))}`), mrkdwn(`*${words.reading}*\n${EMOJI[card.driver]} ${words[card.driver]}${card.origin === 'paper' ? '' : ` · ${escapeMrkdwn(provenanceLabel(card.origin, lang))}`}`),
      mrkdwn(`*${words.instrument}*\n${escapeMrkdwn(card.instrument)}`), mrkdwn(clip(`*${words.actors}*\n${escapeMrkdwn(card.actors.join(', '))}`, 2000))] },
    context(`\`${card.id}\`${card.source ? ` · ${words.source}: ${link(card.source.url, card.source.title)}` : ''}`),
  ];
}

/** One line of the compact list: reading, date, title (linked to its source) and id, which `event <id>` opens in full. */
const itemLine = (card: ItemCard, lang: Digest['lang']): string =>
  `${EMOJI[card.driver]} ${escapeMrkdwn(card.date)} · ${link(card.source?.url ?? null, card.title)}${card.origin === 'paper' ? '' : ` (${escapeMrkdwn(provenanceLabel(card.origin, lang))})`} · \`${card.id}\``;

function units(digest: Digest): Array<DigestUnit<KnownBlock>> {
  const entries = digestEntries(digest);
  if (digest.layout === 'cards') return entries.map((e) => ({ administration: e.administration, actor: e.actor, elements: itemCard(e.card, digest.lang) }));
  // Compact: consecutive lines of one actor share a section, up to a section's size.
  const result: Array<DigestUnit<KnownBlock> & { lines: string[] }> = [];
  for (const entry of entries) {
    const line = clip(itemLine(entry.card, digest.lang), 3000);
    const open = result.at(-1);
    if (open && open.administration === entry.administration && open.actor === entry.actor && open.lines.join('\n').length + line.length < SECTION_CHARS) {
      open.lines.push(line);
    } else {
      result.push({ administration: entry.administration, actor: entry.actor, lines: [line], elements: [] });
    }
  }
  return result.map(({ lines, ...unit }) => ({ ...unit, elements: [section(lines.join('\n'))] }));
}

/** Every text a block shows, in order: the text-only form of a message. */
function blocksToText(blocks: readonly KnownBlock[]): string {
  return blocks.flatMap((block) => {
    const b = block as { text?: { text: string }; fields?: Array<{ text: string }>; elements?: Array<{ text?: string }> };
    return [b.text?.text, ...(b.fields ?? []).map((f) => f.text.replace('\n', ': ')), ...(b.elements ?? []).map((e) => e.text)];
  }).filter((text): text is string => Boolean(text)).join('\n');
}

/**
 * A digest as Block Kit messages: a header with the period and power/security tally, the overview, then every item
 * under its administration and actor, as cards or (for many items) one line each. Messages stay within Slack's
 * limits (50 blocks, 3,000 characters a section, about 12,000 characters a message); none is cut.
 */
export function digestToBlockKit(digest: Digest): SlackDigestPart[] {
  const words = WORDS[digest.lang];
  const parts = packDigestParts(units(digest), {
    opening: (part, count) => (part === 1 ? firstOpening(digest, part, count)
      : [context(`${escapeMrkdwn(digestHeadline(digest))} · ${period(digest)} · ${words.part(part, count)}`)]),
    administrationHeading: (label, continued) => [header(`${label}${continued ? ` (${words.continued})` : ''}`)],
    actorHeading: (label, continued) => [section(`*${escapeMrkdwn(label)}*${continued ? ` _(${words.continued})_` : ''}`)],
    measure: (block) => JSON.stringify(block).length,
    maxElements: 50,
    maxSize: DIGEST_MESSAGE_CHARS,
  });
  return parts.map((blocks, i) => ({
    text: `${digestHeadline(digest)}, ${period(digest)}${parts.length > 1 ? ` (${words.part(i + 1, parts.length)})` : ''}`,
    blocks, plain: clip(blocksToText(blocks), 39_000),
  }));
}
