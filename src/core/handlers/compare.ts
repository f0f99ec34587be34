import { administrationFromName, type RawFilters } from '../filters.js';
import { tallyDrivers } from '../item-card.js';
import { administrationLabel } from '../labels.js';
import { detectLang, type Lang } from '../lang.js';
import { INDICATORS } from '../policy-item.js';
import type { ComparisonSide, FollowUpAction } from '../replies.js';
import { chartAction, stancePicture } from './chart.js';
import { ask } from './ask.js';
import type { CommandHandler, HandlerDeps } from './handler.js';
import { allMatching, cardsOf, refFilter } from './item-lookup.js';
import { usageReply } from './usage.js';

/** Two actors or two administrations side by side; a side that names neither makes it a question. */
export const compare: CommandHandler<'compare'> = async (command, context, deps) => {
  const lang = command.lang ?? detectLang(`${command.left}${command.right}`);
  const sides: ComparisonSide[] = [];
  for (const name of [command.left, command.right]) {
    const side = await comparisonSide(name, lang, deps);
    if (side === 'a question') {
      // "compare Commerce vs Defense on the Huawei rule" is a question about a topic, answered with both sides.
      return ask({ kind: 'ask', question: `${command.left} vs ${command.right}`, ...(command.lang ? { lang: command.lang } : {}) }, context, deps);
    }
    if (side === 'unknown') {
      return usageReply(lang, lang === 'zh' ? `不认识 "${name}"。` : `I do not know "${name}": name an actor (commerce, 国防部) or an administration (trump, biden).`, 'compare');
    }
    sides.push(side);
  }
  const charts = deps.charts ? stanceFilters([command.left, command.right], deps) : [];
  // One chart holding both sides travels with the comparison; two separate ones stay behind their buttons.
  const picture = charts.length === 1 ? await stancePicture(charts[0] as RawFilters, lang, deps) : undefined;
  return { kind: 'comparison', lang, sides: [sides[0] as ComparisonSide, sides[1] as ComparisonSide],
    actions: charts.map((filters) => chartAction('stance', filters, lang, command.lang)), ...(picture ? { picture } : {}) };
};

/**
 * The stance chart of both sides: one chart for two actors (or two administrations), whose lanes or panels are the
 * sides; an actor against an administration would filter to their overlap, so each side gets its own chart.
 */
function stanceFilters(names: string[], deps: HandlerDeps): RawFilters[] {
  const filters: RawFilters[] = names.flatMap((name): RawFilters[] => {
    const admin = administrationFromName(name);
    if (admin) return [{ admin: [admin] }];
    const [id] = deps.aliases.resolve(name);
    const kind = id ? deps.aliases.get(id)?.kind : undefined;
    return id && kind === 'actor' ? [{ actor: [id] }] : id && kind === 'target' ? [{ target: [id] }] : [];
  });
  const [left, right] = filters;
  if (!left || !right) return filters;
  const sameKind = Object.keys(left)[0] === Object.keys(right)[0];
  if (!sameKind) return [left, right];
  const key = Object.keys(left)[0] as 'actor' | 'admin' | 'target';
  return [{ [key]: [...(left[key] ?? []), ...(right[key] ?? [])] }];
}

async function comparisonSide(name: string, lang: Lang, deps: HandlerDeps): Promise<ComparisonSide | 'a question' | 'unknown'> {
  const admin = administrationFromName(name);
  const [id] = admin ? [] : deps.aliases.resolve(name);
  if (!admin && !id) return name.split(/\s+/).length > 2 ? 'a question' : 'unknown';
  const items = await allMatching(deps.store, admin ? { administrations: [admin] } : refFilter(deps.aliases, id as string));
  const indicatorCounts = Object.fromEntries(INDICATORS.map((ind) => [ind, items.filter((i) => i.reading?.indicators.includes(ind)).length]));
  return { label: admin ? administrationLabel(admin, lang) : deps.aliases.displayName(id as string, lang), total: items.length,
    tally: tallyDrivers(items), indicatorCounts, latest: cardsOf(items.slice(0, 3), lang, deps.aliases) };
}
