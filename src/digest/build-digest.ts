import type { AliasTable } from '../core/alias-table.js';
import type { Lang } from '../core/commands.js';
import { digestLayoutFor } from '../core/digest-parts.js';
import { itemToCard, tallyDrivers } from '../core/item-card.js';
import type { StoredItem } from '../core/policy-item.js';
import type { Citation, DigestGroup, Reply } from '../core/replies.js';

type Digest = Extract<Reply, { kind: 'digest' }>;

const ADMIN_LABEL: Record<string, [string, string]> = {
  biden: ['Biden administration', '拜登政府'], trump: ['Trump administration', '特朗普政府'],
  obama: ['Obama administration', '奥巴马政府'], other: ['Non-US actors', '非美国行为体'],
};
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
      administration, label: (ADMIN_LABEL[administration] ?? [administration, administration])[lang === 'zh' ? 1 : 0],
      actors: [...byActor].map(([actor, list]) => ({ actor, items: list.map((item) => itemToCard(item, lang, aliases)) })),
    });
  }
  return groups;
}

/** An overview composed from the items themselves: counts and the newest titles, each cited. */
function extractiveSummary(items: readonly StoredItem[], lang: Lang): Digest['summary'] {
  const tally = tallyDrivers(items);
  const shown = items.slice(0, 3);
  const citations: Citation[] = shown.map((item, i) => ({ n: i + 1, kind: 'item', itemId: item.id, date: item.date,
    title: item.title[lang], url: item.sources.find((s) => s.url)?.url ?? null, section: item.passages[0]?.section ?? '' }));
  const lead = lang === 'zh'
    ? `本期新增 ${items.length} 个条目，其中权力驱动 ${tally.power} 个、安全驱动 ${tally.security} 个、混合 ${tally.mixed} 个。`
    : `This period adds ${items.length} item${items.length === 1 ? '' : 's'}: ${tally.power} power-driven, ${tally.security} security-driven, ${tally.mixed} mixed.`;
  const highlights = shown.map((item, i) => (lang === 'zh' ? `${item.title.zh}[${i + 1}]。` : `${item.title.en} [${i + 1}].`));
  return { text: [lead, ...highlights].join(lang === 'zh' ? '' : ' '), citations };
}

export function buildDigest(items: readonly StoredItem[], window: { since: string; until: string }, lang: Lang, aliases: AliasTable): Digest {
  return { kind: 'digest', lang, since: window.since, until: window.until, total: items.length, tally: tallyDrivers(items),
    groups: groupItems(items, lang, aliases), layout: digestLayoutFor(items.length), summary: extractiveSummary(items, lang) };
}
