import { tallyDrivers } from '../item-card.js';
import { detectLang } from '../lang.js';
import { chartAction, stancePicture } from './chart.js';
import type { CommandHandler } from './handler.js';
import { allMatching, cardsOf, refFilter } from './item-lookup.js';
import { usageReply } from './usage.js';

const ADMINISTRATION_ORDER = ['biden', 'trump', 'obama', 'other'];

/** An actor's (person's, company's) record: its items by administration and its power/security tally. */
export const actor: CommandHandler<'actor'> = async (command, _context, deps) => {
  const lang = command.lang ?? detectLang(command.name);
  const [id] = deps.aliases.resolve(command.name);
  const entry = id ? deps.aliases.get(id) : undefined;
  if (!entry) return usageReply(lang, lang === 'zh' ? `不认识 "${command.name}"。` : `I do not know "${command.name}".`, 'actor');
  const items = await allMatching(deps.store, refFilter(deps.aliases, entry.id));
  const byAdministration = ADMINISTRATION_ORDER
    .map((administration) => ({ administration, items: cardsOf(items.filter((i) => i.administration === administration), lang, deps.aliases) }))
    .filter((group) => group.items.length > 0);
  // Charts filter by actor or target; a person's items have no filter of their own.
  const filter = entry.kind === 'actor' ? { actor: [entry.id] } : entry.kind === 'target' ? { target: [entry.id] } : undefined;
  const charted = filter && items.length > 0 && deps.charts ? filter : undefined;
  const picture = charted ? await stancePicture(charted, lang, deps) : undefined;
  return { kind: 'actor-profile', lang, actorId: entry.id, name: entry.name[lang], otherName: entry.name[lang === 'zh' ? 'en' : 'zh'],
    tally: tallyDrivers(items), byAdministration, total: items.length,
    actions: charted ? [chartAction('stance', charted, lang, command.lang)] : [], ...(picture ? { picture } : {}) };
};
