import type { AliasTable } from './alias-table.js';
import type { Lang } from './commands.js';
import type { RawFilters } from './filters.js';

/**
 * Reads dates, administrations and names out of the free text of `events` ("actor:commerce 2019",
 * "events huawei under Biden") and returns the filters they mean, with the words left over as `text`.
 */
export type FreeTextFilterExtractor = (text: string, current: RawFilters, aliases: AliasTable) => RawFilters;

const LABELS: Record<string, Record<Lang, [string, string]>> = {
  'hegemony-prestige': {
    en: ['Hegemony and prestige', 'Showing off US strength, ambitious plans to out-compete China, belittling Chinese achievements.'],
    zh: ['霸主地位与威望', '炫耀美国实力、制定雄心勃勃的规划以竞胜中国、贬低中国成就。'],
  },
  ideologization: {
    en: ['Ideologization', 'Stigmatizing Chinese technology in ideological terms (e.g. "human rights") to justify controls.'],
    zh: ['意识形态化', '以“人权”等意识形态理由污名化中国技术，为管制措施提供借口。'],
  },
  'rule-making': {
    en: ['Rule-making', 'Leading international rules and standards, and building coalitions that exclude China.'],
    zh: ['国际规则制定', '主导国际规则和技术标准，拉拢盟友打造排斥中国的机制。'],
  },
  stability: {
    en: ['International stability', 'Signals of cooperation and rule consensus that keep the international order stable.'],
    zh: ['国际局势稳定', '释放合作信号、寻求规则共识，以维护国际格局稳定。'],
  },
  'restraint-accident-prevention': {
    en: ['Restraint and accident prevention', 'Military self-restraint, human control and crisis management to prevent accidents and escalation.'],
    zh: ['克制与防止意外', '军事自我克制、确保人类控制和危机管控，防止意外和冲突升级。'],
  },
  'innovation-supply-stability': {
    en: ['Innovation gains and supply stability', 'Protecting returns from innovation and the stability of technology supply chains.'],
    zh: ['创新收益与供应稳定', '维护技术创新收益和技术供应链的稳定。'],
  },
};

export function indicatorLabel(indicator: string, lang: Lang): { label: string; description: string } {
  const [label, description] = LABELS[indicator]?.[lang] ?? [indicator, ''];
  return { label, description };
}
