import { tallyDrivers } from '../item-card.js';
import { indicatorLabel } from '../labels.js';
import { INDICATORS, POWER_INDICATORS } from '../policy-item.js';
import type { CommandHandler } from './handler.js';
import { allMatching, cardsOf } from './item-lookup.js';

/** The paper's power and security indicators, with how many items show each. */
export const framework: CommandHandler<'framework'> = async (command, _context, deps) => {
  const lang = command.lang ?? 'en';
  const items = await allMatching(deps.store, {});
  const indicators = INDICATORS.map((indicator) => {
    const matching = items.filter((i) => i.reading?.indicators.includes(indicator));
    const power = (POWER_INDICATORS as readonly string[]).includes(indicator);
    const { label, description } = indicatorLabel(indicator, lang);
    return { indicator, driver: power ? 'power' as const : 'security' as const, label, description, count: matching.length,
      examples: cardsOf(matching.slice(0, 2), lang, deps.aliases) };
  });
  return { kind: 'framework', lang, indicators, tally: tallyDrivers(items) };
};
