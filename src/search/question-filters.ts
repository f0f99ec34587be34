import type { ItemFilter } from '../core/ports.js';
import { withRelativeYearsWritten } from './relative-years.js';
import { dayBefore } from '../core/administrations.js';

/** Dates and administrations a question names, and the question with those phrases taken out. */
export interface QuestionFilters {
  filter: Pick<ItemFilter, 'from' | 'to' | 'administrations' | 'drivers'>;
  rest: string;
  /**
   * The period is one time frame, not a span to trace: a part of one year ("late 2019", "2021年下半年"), or one date
   * only remembered ("roughly October 2019"), which reaches a month to each side.
   */
  onePeriod: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH_NAME = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const pad = (n: number | string): string => String(n).padStart(2, '0');

/** Terms of office as partial-date bounds (inauguration days). */
const TERMS: Record<string, { from: string; to: string; lastYearFrom: string; firstYearTo: string }> = {
  obama: { from: '2009-01-20', to: '2017-01-19', lastYearFrom: '2016-01-20', firstYearTo: '2010-01-19' },
  trump: { from: '2017-01-20', to: '2021-01-19', lastYearFrom: '2020-01-20', firstYearTo: '2018-01-19' },
  biden: { from: '2021-01-20', to: '2025-01-19', lastYearFrom: '2024-01-20', firstYearTo: '2022-01-19' },
};
const ADMIN_EN = '(obama|trump|biden)';
const ADMIN_ZH = '(奥巴马|特朗普|川普|拜登)';
const ZH_ADMIN: Record<string, string> = { 奥巴马: 'obama', 特朗普: 'trump', 川普: 'trump', 拜登: 'biden' };
const ZH_ADMIN_SHORT: Record<string, string> = { 奥: 'obama', 特: 'trump', 拜: 'biden' };

/** The administration a president's bare name stands for ("Biden's", "特朗普"), if the text is one. */
export function administrationNamed(text: string): string | undefined {
  const name = text.trim().replace(/['’]s$/u, '');
  return ZH_ADMIN[name] ?? (/^(?:obama|trump|biden)$/i.test(name) ? name.toLowerCase() : undefined);
}

/** `bare`: a date without range words; a second one widens the period instead of replacing it ("2019 or 2020"). */
type Rule = { pattern: RegExp; apply: (m: RegExpMatchArray, f: QuestionFilters['filter']) => void; bare?: true; partOfYear?: true };

/** Early, middle and late parts of a year, as month ranges. */
const PART_OF_YEAR: Record<string, [number, number]> = { early: [1, 4], beginning: [1, 4], start: [1, 4], mid: [5, 8], middle: [5, 8], late: [9, 12], end: [9, 12] };
/**
 * Seasons reach as far as any common reckoning takes them: by the weather (spring is March to May) and by the sun
 * (the equinox and solstice: spring runs to June 20); in Chinese by the weather and by the solar terms (立春 falls in
 * early February). "The spring 2019 steps up to the G20's adoption" reaches June.
 */
const SEASONS: Record<string, [number, number]> = { spring: [3, 6], summer: [6, 9], fall: [9, 12], autumn: [9, 12], 春: [2, 5], 夏: [5, 8], 秋: [8, 11] };
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const setMonths = (f: QuestionFilters['filter'], year: string, [first, last]: [number, number]): void => {
  f.from = `${year}-${pad(first)}`;
  f.to = `${year}-${pad(last)}`;
};

/** The last day before an administration's term: its predecessor's last day. */
const dayBeforeTerm = (admin: string): string => dayBefore(TERMS[admin]!.from);

const setAdmin = (f: QuestionFilters['filter'], admin: string): void => {
  f.administrations = [...new Set([...(f.administrations ?? []), admin])];
};

/** A date phrase as a partial date: "May 2021" → 2021-05, "May 21, 2019" → 2019-05-21. */
const DATE_EN = `(?:(?:(\\d{1,2})\\s+)?(${MONTH_NAME})\\.?\\s+(?:(\\d{1,2}),?\\s+)?)?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?!\\s*[年\\d])`;
function dateFromEn(m: RegExpMatchArray, offset: number): string {
  const [dayBefore, monthName, dayAfter, year, isoMonth, isoDay] = m.slice(offset, offset + 6);
  if (isoMonth) return `${year}-${isoMonth}${isoDay ? `-${isoDay}` : ''}`;
  if (!monthName) return year as string;
  const day = dayBefore ?? dayAfter;
  return `${year}-${pad(MONTHS[monthName.toLowerCase()] as number)}${day ? `-${pad(day)}` : ''}`;
}
const DATE_ZH = '(\\d{4})年(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?';
function dateFromZh(m: RegExpMatchArray, offset: number): string {
  const [year, month, day] = m.slice(offset, offset + 3);
  return `${year}${month ? `-${pad(month)}` : ''}${month && day ? `-${pad(day)}` : ''}`;
}

// Order matters: ranges and bounds before bare dates; each match is cut out of the text.
const RULES: Rule[] = [
  { pattern: new RegExp(`\\b(?:the\\s+)?(last|final|first)\\s+year\\s+of\\s+(?:the\\s+)?${ADMIN_EN}(?:\\s+administration|'s\\s+term)?`, 'i'),
    apply: (m, f) => {
      const term = TERMS[(m[2] as string).toLowerCase()]!;
      if (/first/i.test(m[1] as string)) { f.from = term.from; f.to = term.firstYearTo; } else { f.from = term.lastYearFrom; f.to = term.to; }
      setAdmin(f, (m[2] as string).toLowerCase());
    } },
  { pattern: new RegExp(`${ADMIN_ZH}(?:政府|执政|任期)?(?:的)?(最后|第一)一?年`),
    apply: (m, f) => {
      const admin = ZH_ADMIN[m[1] as string] as string;
      const term = TERMS[admin]!;
      if (m[2] === '第一') { f.from = term.from; f.to = term.firstYearTo; } else { f.from = term.lastYearFrom; f.to = term.to; }
      setAdmin(f, admin);
    } },
  // Years from one to another: "2019-21", "2019–2021", "2019-2021年" (2019-05 is a month).
  { pattern: /\b(\d{4})\s*[-–—~]\s*(\d{4}|1[3-9]|[2-9]\d)\b(?!\s*-\d)/u,
    apply: (m, f) => { f.from = m[1] as string; f.to = (m[2] as string).length === 4 ? m[2] as string : `${(m[1] as string).slice(0, 2)}${m[2] as string}`; } },
  // Two months of one year: "May-June 2019", "between May and June 2019", "2019年5月至6月", "2019年5-6月".
  { pattern: new RegExp(`\\b(?:(?:between|from)\\s+)?(${MONTH_NAME})\\.?\\s*(?:-|–|—|to|through|until|and)\\s*(${MONTH_NAME})\\.?,?\\s+(\\d{4})\\b`, 'i'),
    apply: (m, f) => setMonths(f, m[3] as string, [MONTHS[(m[1] as string).toLowerCase()] as number, MONTHS[(m[2] as string).toLowerCase()] as number]) },
  { pattern: /(\d{4})年(\d{1,2})月?(?:至|到|—|-|~)(\d{1,2})月/u, apply: (m, f) => setMonths(f, m[1] as string, [Number(m[2]), Number(m[3])]) },
  // Months of one year named one by one: "2019年7月和9月".
  { pattern: /(\d{4})年(\d{1,2})月(?:和|、|与|及|或)(\d{1,2})月/u, apply: (m, f) => setMonths(f, m[1] as string, [Number(m[2]), Number(m[3])].sort((a, b) => a - b) as [number, number]) },
  // Before an administration took office: up to the day before its inauguration ("before the Biden team took over", 拜登上台前).
  // "the last week before Biden took over" dates one event, not the question.
  { pattern: new RegExp(`(?<!\\b(?:days?|weeks?|months?)\\s+)\\b(?:before|prior\\s+to|until)\\s+(?:the\\s+)?${ADMIN_EN}(?:'s|’s)?(?:[-\\s]+(?:administration|admin|team|white\\s+house|presidency))?\\s+(?:took\\s+(?:over|office|power)|came\\s+(?:in|into\\s+office|to\\s+power)|was\\s+(?:inaugurated|sworn\\s+in)|inauguration)`, 'i'),
    apply: (m, f) => { f.to = dayBeforeTerm((m[1] as string).toLowerCase()); } },
  { pattern: new RegExp(`${ADMIN_ZH}(?:政府|团队)?(?:上台|就职|执政|上任|入主白宫)(?:之?前|以前)`), apply: (m, f) => { f.to = dayBeforeTerm(ZH_ADMIN[m[1] as string] as string); } },
  { pattern: new RegExp(`\\b(?:between|from)\\s+${DATE_EN}\\s+(?:and|to|until|through)\\s+${DATE_EN}`, 'i'),
    apply: (m, f) => { f.from = dateFromEn(m, 1); f.to = dateFromEn(m, 7); } },
  { pattern: new RegExp(`${DATE_ZH}(?:至|到|—|-|~)${DATE_ZH}`),
    apply: (m, f) => { f.from = dateFromZh(m, 1); f.to = dateFromZh(m, 4); } },
  { pattern: new RegExp(`\\b(?:since|after|from|starting(?:\\s+in)?)\\s+${DATE_EN}`, 'i'),
    apply: (m, f) => { f.from = dateFromEn(m, 1); } },
  { pattern: new RegExp(`\\b(?:before|until|till|up\\s+to|prior\\s+to)\\s+${DATE_EN}`, 'i'),
    apply: (m, f) => { f.to = dateFromEn(m, 1); } },
  { pattern: new RegExp(`(?:自|从)?${DATE_ZH}(?:以来|之后|以后|起)`),
    apply: (m, f) => { f.from = dateFromZh(m, 1); } },
  // A starting point: "以2017年8月“301调查”为起点".
  { pattern: new RegExp(`以${DATE_ZH}(?=[^，。？！,.?!]{0,20}?为(?:起点|开端|起始|发端|开始|始))`),
    apply: (m, f) => { f.from = dateFromZh(m, 1); } },
  // After a dated event: "2019年2月5日国情咨文之后", "after the May 2019 listing".
  { pattern: new RegExp(`(?<!(?:到|至|直到)[^，。？！,.?!]{0,6})${DATE_ZH}(?=(?:(?!\\d{2,4}年)[^，。？！,.?!]){1,16}?(?:之后|以后|(?<!前)后(?![来面果续期半])))`), apply: (m, f) => { f.from = dateFromZh(m, 1); } },
  { pattern: new RegExp(`(?<=\\b(?:after|following)\\s+(?:the|its|his|her|their|[\\p{L}-]+['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}?)${DATE_EN}`, 'iu'),
    apply: (m, f) => { f.from = dateFromEn(m, 1); } },
  { pattern: new RegExp(`${DATE_ZH}(?:之前|以前|前(?!后))`),
    apply: (m, f) => { f.to = dateFromZh(m, 1); } },
  // Up to a date: 截至2019年, 到2019年那个行政令为止.
  { pattern: new RegExp(`(?:截至|截止到?|(?:直到|到|至)(?=[^，。？！,.?!]{0,24}为止))${DATE_ZH}`),
    apply: (m, f) => { f.to = dateFromZh(m, 1); } },
  // Parts of a year: halves, quarters, its beginning and end.
  { partOfYear: true, pattern: /\b(?:the\s+)?(first|second|1st|2nd)\s+half\s+of\s+(\d{4})\b/i,
    apply: (m, f) => setMonths(f, m[2] as string, /^(first|1st)$/i.test(m[1] as string) ? [1, 6] : [7, 12]) },
  // Halves as analysts write them: "H2 2021", "2021 H1".
  { partOfYear: true, pattern: /\bH([12])\s*(?:of\s+)?(\d{4})\b|\b(\d{4})\s*H([12])\b/,
    apply: (m, f) => setMonths(f, (m[2] ?? m[3]) as string, (m[1] ?? m[4]) === '1' ? [1, 6] : [7, 12]) },
  { partOfYear: true, pattern: /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(\d{4})\b|\bQ([1-4])\s+(\d{4})\b/i,
    apply: (m, f) => {
      const quarter = Number(m[3] ?? ORDINALS[(m[1] as string).toLowerCase()]);
      setMonths(f, (m[2] ?? m[4]) as string, [quarter * 3 - 2, quarter * 3]);
    } },
  { partOfYear: true, pattern: /\b(?:(early|late|mid)[- ]|(?:the\s+)?(beginning|start|end|middle)\s+of\s+)(\d{4})\b/i,
    apply: (m, f) => setMonths(f, m[3] as string, PART_OF_YEAR[((m[1] ?? m[2]) as string).toLowerCase()] as [number, number]) },
  // Seasons: spring, summer, autumn (winter straddles two years and is left as its year).
  { partOfYear: true, pattern: /\b(?:(?:the\s+)?(spring|summer|fall|autumn)\s+(?:of\s+)?(\d{4}))\b/i,
    apply: (m, f) => setMonths(f, m[2] as string, SEASONS[(m[1] as string).toLowerCase()] as [number, number]) },
  { partOfYear: true, pattern: /(\d{4})年(?:的)?(春|夏|秋)(?:天|季)?/u,
    apply: (m, f) => setMonths(f, m[1] as string, SEASONS[m[2] as string] as [number, number]) },
  { partOfYear: true, pattern: /(\d{4})年(上|下)半年/u, apply: (m, f) => setMonths(f, m[1] as string, m[2] === '上' ? [1, 6] : [7, 12]) },
  { partOfYear: true, pattern: /(\d{4})年第?([一二三四1-4])季度/u,
    apply: (m, f) => { const q = '一二三四'.indexOf(m[2] as string) + 1 || Number(m[2]); setMonths(f, m[1] as string, [q * 3 - 2, q * 3]); } },
  { partOfYear: true, pattern: /(\d{4})年(?:(年?初)(?![步次])|(年?底|年?末))/u, apply: (m, f) => setMonths(f, m[1] as string, m[2] ? [1, 4] : [9, 12]) },
  // A bare date is the period asked about; fiscal years ("FY2020", "2020 财年") are budget names, not dates.
  { pattern: new RegExp(`(?<!fy\\s?|fiscal\\s+(?:year\\s+)?)\\b${DATE_EN}\\b(?!\\s*(?:财年|fiscal))`, 'i'),
    apply: (m, f) => { const d = dateFromEn(m, 1); f.from = d; f.to = d; }, bare: true },
  // 整个2020年, 2020年一整年, 2020年全年: the whole year, said so.
  { pattern: new RegExp(`(?:整个)?${DATE_ZH}(?!财年)(?:一整年|全年|整年|这一年|一年(?:里|内|中|间|当中)?)?`),
    apply: (m, f) => { const d = dateFromZh(m, 1); f.from = d; f.to = d; }, bare: true },
  // "The Trump White House" dates the White House, which stays a body the question names.
  { pattern: new RegExp(`\\b(?:under|during|in)\\s+(?:the\\s+)?${ADMIN_EN}(?:[-\\s]+(?:administration|admin|team|era|years|presidency))?\\b`, 'i'),
    apply: (m, f) => setAdmin(f, (m[1] as string).toLowerCase()) },
  { pattern: new RegExp(`\\b${ADMIN_EN}(?:'s|’s)?(?:-era|[-\\s]+(?:administration|admin|team|era|years|presidency|government)\\b|(?=[-\\s]+white\\s+house\\b))`, 'i'),
    apply: (m, f) => setAdmin(f, (m[1] as string).toLowerCase()) },
  { pattern: new RegExp(`${ADMIN_ZH}(?:政府|时期|任内|执政期间|执政时期|执政|年代|团队|上台后)`),
    apply: (m, f) => setAdmin(f, ZH_ADMIN[m[1] as string] as string) },
  // Shorthand by the president's first character: 特政府, 拜政府, 奥政府 (not 崇拜政府, 独特政府).
  { pattern: /(?<![崇独奇])([奥特拜])政府/u, apply: (m, f) => setAdmin(f, ZH_ADMIN_SHORT[m[1] as string] as string) },
];

/** Whether a word is a month's name or its abbreviation ("Dec"): a date, never a name. */
export const isMonthName = (word: string): boolean => Object.hasOwn(MONTHS, word.toLowerCase().replace(/\.$/, ''));

/** Normalises the ways dates are typed: full-width digits, "2019 年 10 月", "2018年7月底", "Dec '21". */
function normalise(question: string): string {
  return withRelativeYearsWritten(question.normalize('NFKC'))
    .replace(new RegExp(`\\b(${MONTH_NAME})\\.?\\s+['’](\\d{2})\\b`, 'gi'), '$1 20$2')
    .replace(/(\d)\s*(年|月|日)\s*(?=\d)/g, '$1$2')
    // A two-digit year before a month or a part of the year ("23年8月", "21年下半年") is this century's.
    .replace(/(?<!\d)(\d{2})年(?=\d{1,2}月|[上下]半年|年?[初底末]|第?[一二三四1-4]季度)/gu, '20$1年')
    .replace(/(\d)\s+(年|月|日)/g, '$1$2')
    .replace(/(\d月)(?:底|初|中旬|下旬|上旬|末)/g, '$1')
    // A date written with dots ("2019.10.7", "2021.4") is the same date in full.
    .replace(/(?<![\d.])((?:19|20)\d{2})\.(1[0-2]|0?[1-9])(?:\.(3[01]|[12]\d|0?[1-9]))?(?![\d.%]|\s*(?:%|percent|billion|million|亿|万))/gu,
      (_, year: string, month: string, day?: string) => `${year}年${Number(month)}月${day ? `${Number(day)}日` : ''}`);
}

export function extractQuestionFilters(question: string): QuestionFilters {
  const found = applyRules(question);
  openSpanEnd(normalise(question), found.filter);
  // "几天后", "the next day": what follows a dated event by days lies within a month of it.
  if (found.filter.from && !found.filter.to && SOON_AFTER.test(question)) found.filter.to = monthAfter(found.filter.from);
  if (!hedged(question)) return found;
  const single = found.filter.from !== undefined && found.filter.from === found.filter.to;
  widenByAMonth(found.filter);
  return { ...found, onePeriod: found.onePeriod || single };
}

const SOON_AFTER = /几天(?:之|以)?后|数日后|次日|第二天|翌日|\b(?:a few|several|two|three|four|five|\d+) days? (?:later|after)|\bdays later|\bthe (?:next|following) day\b|\ba week later\b/iu;
/** The end of the month after a partial date's month. */
function monthAfter(date: string): string {
  const [year, month = 12] = date.split('-').map(Number) as [number, number?];
  return month === 12 ? `${year + 1}-01` : `${year}-${pad(month + 1)}`;
}

/** Words that say a date is only remembered ("late September 2019 (I think)", 好像是2019年秋天): it may be a little off. */
const HEDGES_EN = /\b(?:I think|I believe|I guess|if I recall(?: correctly)?|IIRC|not sure|maybe|perhaps|probably|roughly|approximately|circa|or so|around)\b|~/giu;
const DATES_EN = new RegExp(String.raw`\b(?:\d{4}|${MONTH_NAME})\b`, 'giu');
/**
 * In Chinese the hedge stands right before the date (好像是2019年) or right after it (2019年左右); 前后 also means "before and
 * after". 约 ending a word (北约 NATO, 条约 treaty) hedges nothing.
 */
const HEDGED_ZH = /(?:好像|大概|大约|似乎|应该|可能|记得|(?<![北条公合协契节制预违])约)[是在于]?\s*(?=\d{2,4}\s*年|去年|前年)|(?<=\d\s*[年月日]|季度|[年月][初底末]|[春夏秋冬]天?)\s*(?:左右|吧)/u;
/** How near an English hedge must be to a date to hedge it, in characters. */
const HEDGE_REACH = 24;
function hedged(question: string): boolean {
  const text = question.normalize('NFKC');
  const dates = [...text.matchAll(DATES_EN)].map((m) => m.index);
  return HEDGED_ZH.test(text) || [...text.matchAll(HEDGES_EN)].some((m) => dates.some((at) => Math.abs(at - m.index) <= HEDGE_REACH));
}

/** A remembered period reaches a month further on each side: an item dated just outside it is still the one meant. */
function widenByAMonth(filter: QuestionFilters['filter']): void {
  const shift = (date: string, months: number, end: boolean): string => {
    const [year, month] = date.split('-').map(Number) as [number, number | undefined];
    const index = year * 12 + ((month ?? (end ? 12 : 1)) - 1) + months;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  };
  if (filter.from) filter.from = shift(filter.from, -1, false);
  if (filter.to) filter.to = shift(filter.to, 1, true);
}

/** A title in quotes or 《》 that holds a year and words ("the 'USAF AI 2019' report", 《2019年美国空军人工智能》): a name, not a period. */
// An apostrophe inside a word ("China's") opens no quote.
const TITLE_WITH_YEAR = /《[^《》]*(?:19|20)\d{2}[^《》]*》|(?<![A-Za-z\d])[“'"‘](?=[^“”'"‘’]*[A-Za-z\u4e00-\u9fff]{2})[^“”'"‘’]{0,40}?(?:19|20)\d{2}[^“”'"‘’]{0,40}?[”'"’](?![A-Za-z])/gu;

/** The last day a partial date reaches, to compare ends: "2018" ends after "2018-05". */
const lastDay = (date: string): string => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

function applyRules(question: string): QuestionFilters {
  // Titles are set aside while dates are read, and put back: their words are still the question's.
  const titles: string[] = [];
  let rest = normalise(question).replace(TITLE_WITH_YEAR, (title) => `\u0002${titles.push(title) - 1}\u0002`);
  const filter: QuestionFilters['filter'] = {};
  let onePeriod = false;
  for (const rule of RULES) {
    for (let guard = 0; guard < 4; guard++) {
      const match = rest.match(rule.pattern);
      if (!match || match.index === undefined) break;
      const before = { from: filter.from, to: filter.to };
      rule.apply(match, filter);
      if (rule.partOfYear) onePeriod = true;
      // A second date widens the period: "2019 or 2020", "从2018年初到2021年底".
      const widens = rule.bare === true || rule.partOfYear === true;
      if (before.from && filter.from && before.from < filter.from && widens) filter.from = before.from;
      if (before.to && filter.to && lastDay(before.to) > lastDay(filter.to) && widens) filter.to = before.to;
      rest = `${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`;
    }
  }
  rest = rest.replace(/\u0002(\d+)\u0002/gu, (_, at: string) => titles[Number(at)] ?? ' ');
  return { filter, rest: rest.replace(/\s+/g, ' ').trim(), onePeriod };
}

/** Words before "between" that set two things against each other ("a gap between what was said and what was done"), not two times. */
const CONTRASTED_BETWEEN = String.raw`(?<!\b(?:gaps?|differences?|contrast|distinction|tension|mismatch|disconnect|contradiction|inconsistency|discrepancy|divergence)\s+)between`;

/** A span from one point to another: "从沃克2016年的说法到NSCAI最终报告", "from the 2019 order to the NSCAI's report", "between X and Y". */
const SPANS = [/(?:从|自)([^，。？！?,;；]{1,40}?)[，,]?\s*(?:到|至|直到)([^，。？！?,;；]{1,40})/u, /\bfrom\s+(.{1,60}?)\s+(?:to|until|through|till)\s+(.{1,60})/iu,
  new RegExp(String.raw`\b${CONTRASTED_BETWEEN}\s+(.{1,60}?)\s+and\s+(.{1,60})`, 'iu')];

/** "X以后…一路到Y": a story from one event to another told without 从. */
const AFTER_UNTIL = /([^，。？！?,;；\s]{2,30}?)(?:以后|之后)[^。？！?]{0,20}?(?:一路)?(?:到|直到)([^，。？！?,;；（）()]{2,30})/u;

/** The two ends of a span that names events at both ("from the State of the Union to the DoD strategy"), undated. */
export function eventSpan(question: string): [string, string] | undefined {
  const span = spanEnds(question);
  if (!span) return undefined;
  const dated = (side: string): boolean => {
    const { from, to } = applyRules(side).filter;
    return from !== undefined || to !== undefined;
  };
  return dated(span[0]) || dated(span[1]) ? undefined : span;
}

/** The two ends of a span in the question's own words, dated or not ("自2016年沃克表态至2021年…最终报告"). */
export function spanEnds(question: string): [string, string] | undefined {
  const span = [...SPANS, AFTER_UNTIL].map((pattern) => normalise(question).match(pattern)).find((match) => match !== null);
  return span?.[1] && span[2] ? [span[1], span[2]] : undefined;
}

/** A span dated at one end only is open at the other: its end is an event, not the same year. */
function openSpanEnd(question: string, filter: QuestionFilters['filter']): void {
  const [chinese, english, between] = SPANS.map((pattern) => question.match(pattern));
  const span = chinese ?? english ?? between;
  if (!span || filter.from === undefined || filter.to === undefined) return;
  const dated = (side: string | undefined): boolean => {
    const { from, to } = applyRules(side ?? '').filter;
    return from !== undefined || to !== undefined;
  };
  const [start, end] = [dated(span[1]), dated(span[2])];
  if (start && !end) delete filter.to;
  // "from the State of the Union to the DoD strategy in early 2019": an English date after the span frames all of it.
  if (end && !start && chinese) delete filter.from;
}
