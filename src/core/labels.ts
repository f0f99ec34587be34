import type { Lang } from './lang.js';

/** Display names of the store's codes, in both languages: a Chinese reply never shows an English code. */
const ADMINISTRATIONS: Record<string, Record<Lang, string>> = {
  obama: { en: 'Obama administration', zh: '奥巴马政府' },
  trump: { en: 'Trump administration', zh: '特朗普政府' },
  biden: { en: 'Biden administration', zh: '拜登政府' },
  other: { en: 'Non-US actors', zh: '非美国行为体' },
};

const INSTRUMENTS: Record<string, Record<Lang, string>> = {
  'executive-order': { en: 'executive order', zh: '行政令' },
  budget: { en: 'budget', zh: '预算' },
  'entity-list': { en: 'Entity List', zh: '实体清单' },
  'investment-ban': { en: 'investment ban', zh: '投资禁令' },
  'export-control': { en: 'export control', zh: '出口管制' },
  'procurement-ban': { en: 'procurement ban', zh: '采购禁令' },
  'alliance-forum': { en: 'alliance or forum', zh: '联盟与论坛' },
  'international-principles': { en: 'international principles', zh: '国际原则' },
  'military-program': { en: 'military program', zh: '军事项目' },
  'strategy-document': { en: 'strategy document', zh: '战略文件' },
  statement: { en: 'statement', zh: '声明与讲话' },
  report: { en: 'report', zh: '报告' },
  other: { en: 'other', zh: '其他' },
};

const DRIVERS: Record<string, Record<Lang, string>> = {
  power: { en: 'power-driven', zh: '权力驱动' },
  security: { en: 'security-driven', zh: '安全驱动' },
  mixed: { en: 'both power- and security-driven', zh: '权力与安全双重驱动' },
  none: { en: 'not read by the paper', zh: '论文未作解读' },
};

const PROVENANCES: Record<string, Record<Lang, string>> = {
  paper: { en: 'the paper', zh: '论文' },
  'federal-register': { en: 'Federal Register', zh: '美国《联邦公报》' },
  analyst: { en: 'analyst entry', zh: '分析员录入' },
};

const INDICATORS: Record<string, Record<Lang, [string, string]>> = {
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

const lookup = (table: Record<string, Record<Lang, string>>, code: string, lang: Lang): string =>
  (Object.hasOwn(table, code) ? table[code]?.[lang] : undefined) ?? code;

export const administrationLabel = (code: string, lang: Lang): string => lookup(ADMINISTRATIONS, code, lang);
export const instrumentLabel = (code: string, lang: Lang): string => lookup(INSTRUMENTS, code, lang);
export const driverLabel = (code: string, lang: Lang): string => lookup(DRIVERS, code, lang);
/** Where an item comes from, as a card or answer names it. */
export const provenanceLabel = (code: string, lang: Lang): string => lookup(PROVENANCES, code, lang);
/** An outside item's source with its document: "Federal Register 2022-21658" (the paper goes by its name alone). */
export const sourceName = ({ kind, documentId }: { kind: string; documentId: string | null }, lang: Lang): string =>
  `${provenanceLabel(kind, lang)}${documentId && kind !== 'paper' ? ` ${documentId}` : ''}`;

/** The paper's indicators, by code. */
export const indicatorCodes = (): string[] => Object.keys(INDICATORS);

export function indicatorLabel(indicator: string, lang: Lang): { label: string; description: string } {
  const [label, description] = (Object.hasOwn(INDICATORS, indicator) ? INDICATORS[indicator]?.[lang] : undefined) ?? [indicator, ''];
  return { label, description };
}

/** "1 item" / "3 items" / "3 个条目". */
export function countLabel(count: number, lang: Lang, noun: { en: [string, string]; zh: string } = { en: ['item', 'items'], zh: '个条目' }): string {
  return lang === 'zh' ? `${count} ${noun.zh}` : `${count} ${count === 1 ? noun.en[0] : noun.en[1]}`;
}
