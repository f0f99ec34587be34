import type { AliasTable } from '../core/alias-table.js';
import type { Lang } from '../core/commands.js';
import { digestLayoutFor } from '../core/digest-parts.js';
import { itemCitation } from '../core/citation.js';
import { itemToCard, tallyDrivers } from '../core/item-card.js';
import { administrationLabel } from '../core/labels.js';
import type { StoredItem } from '../core/policy-item.js';
import type { Citation, DigestGroup, Reply } from '../core/replies.js';

type Digest = Extract<Reply, { kind: 'digest' }>;

const ADMIN_ORDER = ['biden', 'trump', 'obama', 'other'];

/** Items grouped by administration, then by their first actor; newest first inside each group. */
export function groupItems(items: readonly StoredItem[], lang: Lang, aliases: AliasTable): DigestGroup[] {
  const groups: DigestGroup[] = [];
  for (const administration of ADMIN_ORDER) {
    const inAdmin = items.filter((item) => item.administration === administration);
    if (inAdmin.length === 0) continue;
    const byActor = new Map<string, StoredItem[]>();
    for (const item of inAdmin) {
      const actor = aliases.displayName(item.actors[0] ?? 'other', lang);
      byActor.set(actor, [...(byActor.get(actor) ?? []), item]);
    }
    groups.push({
      administration, label: administrationLabel(administration, lang),
      actors: [...byActor].map(([actor, list]) => ({ actor, items: list.map((item) => itemToCard(item, lang, aliases)) })),
    });
  }
  return groups;
}

/** An overview composed from the items themselves: counts and the newest titles, each cited. */
function extractiveSummary(items: readonly StoredItem[], lang: Lang): Digest['summary'] {
  const tally = tallyDrivers(items);
  const shown = items.slice(0, 3);
  const citations: Citation[] = shown.map((item, i) => itemCitation(i + 1, item, lang));
  const lead = lang === 'zh'
    ? `本期新增 ${items.length} 个条目，其中权力驱动 ${tally.power} 个、安全驱动 ${tally.security} 个、混合 ${tally.mixed} 个${tally.none ? `、论文未解读 ${tally.none} 个` : ''}。`
    : `This period adds ${items.length} item${items.length === 1 ? '' : 's'}: ${tally.power} power-driven, ${tally.security} security-driven, ${tally.mixed} mixed${tally.none ? `, ${tally.none} not read by the paper` : ''}.`;
  const highlights = shown.map((item, i) => (lang === 'zh' ? `${item.title.zh}[${i + 1}]。` : `${item.title.en} [${i + 1}].`));
  return { text: [lead, ...highlights].join(lang === 'zh' ? '' : ' '), citations };
}

export function buildDigest(items: readonly StoredItem[], window: { since: string; until: string }, lang: Lang, aliases: AliasTable): Digest {
  return { kind: 'digest', lang, since: window.since, until: window.until, total: items.length, tally: tallyDrivers(items),
    groups: groupItems(items, lang, aliases), layout: digestLayoutFor(items.length), summary: extractiveSummary(items, lang) };
}
