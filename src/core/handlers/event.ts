import type { AliasTable } from '../alias-table.js';
import { itemDetailReply } from '../item-card.js';
import type { Lang } from '../lang.js';
import type { Passage } from '../passage.js';
import type { StoredItem } from '../policy-item.js';
import type { Reply } from '../replies.js';
import type { CommandHandler, HandlerDeps } from './handler.js';
import { usageReply } from './usage.js';

/** What an id names: a policy item, or a passage of the paper (answers about its argument cite those). */
export type StoredDocument = { kind: 'item'; item: StoredItem } | { kind: 'passage'; passage: Passage };

export async function findDocument(id: string, deps: Pick<HandlerDeps, 'store' | 'passagesById'>): Promise<StoredDocument | undefined> {
  const item = await deps.store.getItem(id);
  if (item) return { kind: 'item', item };
  const passage = deps.passagesById.get(id);
  return passage ? { kind: 'passage', passage } : undefined;
}

/** A document in full, as chat and the CLI show it. */
export function documentReply(found: StoredDocument, lang: Lang, aliases: AliasTable): Reply {
  if (found.kind === 'item') return itemDetailReply(found.item, lang, aliases);
  const { passage } = found;
  return { kind: 'notice', lang, text: `${passage.section[lang]}\n\n${passage.text}\n\n${passage.gloss[lang]}` };
}

/** One item (or passage) in full. */
export const event: CommandHandler<'event'> = async (command, _context, deps) => {
  const lang = command.lang ?? 'en';
  const found = await findDocument(command.id, deps);
  if (found) return documentReply(found, lang, deps.aliases);
  return usageReply(lang, lang === 'zh' ? `没有 id 为 "${command.id}" 的条目。` : `No policy item has the id "${command.id}".`, 'event');
};
