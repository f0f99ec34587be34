/**
 * Questions that ask for a figure ("how many founding members", 多少钱) can only be answered from text that gives one.
 * When none of the documents an answer would stand on holds a figure of the kind asked, the store does not know it,
 * however well their words match.
 */
import { clausesOf } from './answer-text.js';
import { hanCount } from './members-asked.js';

export type FigureKind = 'amount' | 'change' | 'count' | 'authority' | 'designation' | 'division' | 'duration' | 'model' | 'money' | 'share';

const ASKS_MONEY = {
  en: /\bhow many (?:billions?|millions?|thousands?) (?:of )?(?:dollars|euros|yuan)\b|\bhow (?:much|big|large)\b[^?.!]{0,60}\b(?:spen[dt]|spending|cost|costs|pay|paid|fund(?:s|ed|ing)?|money|invest(?:ed|ment)?|budget(?:ed)?|worth|price[ds]?|fine[ds]?|penalt(?:y|ies)|rais(?:e[ds]?|ing)|revenues?|sales|income|profits?|earnings|turnover)\b|\bhow much (?:money|funding)\b|\bhow (?:much|many)\s*(?:[$€£¥]|usd\b|in (?:dollars|usd|euros)\b)|\b(?:offer|issue|listing|ipo) price\b|\bprice per share\b|\b(?:total|amount|sum|money) raised\b|\bhow many (?:dollars?|euros?|yuan)\b|\b(?:budget|cost|fine|funding|spend(?:ing)?)\s*(?:[$€]|usd)?\s*\?|\bwhat(?:['’]s| is| was| were)? (?:the |its |their )?(?:[\w'’-]+\s+){0,3}?(?:price|fine|penalty|cost|budget(?:\s+(?:line|figure|total|request|number))?|revenues?|(?:revenue|sales) loss(?:es)?)\b(?=\s*(?:[?,;.]|$|(?:of|for|did|does|was|is|were|in|on|that|had|has)\b))/iu,
  zh: /多少钱|花了多少|花费多少|投了多少|投入多少|拨了多少|多少经费|经费(?:是)?多少|多少资金|金额|募资|募集|融资|募了多少|罚款|罚单|罚了多少|发行价|(?:总价|价格|造价|售价|单价|成本|开支|费用|花费|投入|拨款)(?:是|为|约为|大概|大约|约|一共|总共)?(?:多少|几)|预算(?:是)?多少|多少[万亿]?(?:港币|港元|美元|欧元|人民币|元)|(?:营收|营业收入|收入|销售额|利润|盈利)[^，。？！,.?!]{0,12}多少/u,
};
// A span of time: "how long", "how many days", 多久, 多少天, 几个月, 有效期; 几月 alone asks which month.
const ASKS_DURATION = {
  en: /\bhow long\b|\bhow many (?:days|weeks|months|years|hours)\b/iu,
  zh: /多久|多长时间|时长|(?:多少|几)(?:个)?(?:天|周|星期|小时)|(?:多少|几)个月|多少年|(?<![前近这那头])几年|有效期|期限/u,
};
// A part of a whole: "what share of its chips", 占比多少, 百分之几; a share price is a sum, and "how much of" may be told by one.
const ASKS_SHARE = {
  en: /\bwhat (?:[\w-]+\s+)?(?:percentage|percent|proportion|fraction|share|rate)\b(?!\s+price)/iu,
  zh: /比例|占比|百分之几|几成|百分比/u,
};
// A number of things: "how many firms", "# of units", "the number of", 几家, 多少个. A share is no count, nor "how many billion" or "how many dollars" (a sum).
const ASKS_COUNT = {
  // A tally ("几比几", "what was the vote") is a count too.
  en: /\bhow many\b(?!\s+(?:billions?|millions?|thousands?|trillions?|bn|mn|dollars?|euros?|yuan)\b)|(?:^|[\s(])#\s?of\b|\b(?:the|what(?:['’]s| is| was)?) (?:total )?number of\b|\b(?:vote|tally) (?:count|margin|split)\b/iu,
  zh: /(?<!哪)几(?:个|家|条|项|位|名|架|次|国)|多少(?:个|家|条|项|位|名|架|次|国|台|件|人|种|票)|几比几|票数/u,
};
// "哪几家" asks which ones, not how many.
const ASKS_AMOUNT = {
  en: /\bhow (?:many|much|big|large)\b|\bwhat (?:percentage|percent|share|proportion|number|amount|figure)\b/iu,
  zh: /(?<!哪)几(?:个|家|条|项|位|名|架|次|成|倍|国|年)|多少|多大|比例|占比|(?:数|额|金额|数额|数目)几何/u,
};

// A document's number: "what executive order number", 文号, 编号 (几号 alone asks which day).
const ASKS_DESIGNATION = {
  en: /\b(?:executive order|order|eo|bill|law|docket|case|file|serial|report|document|regulation|rule|resolution)\s+(?:number|no\.?|#)(?!\s*of\b)/iu,
  zh: /编号|文号|第几号|令号/u,
};
// A document's number as texts write one: "No. 31", "Executive Order 13859", "P.L. 116-283", 第13859号, 国发〔2017〕35号.
const DESIGNATION = /\bno\.\s?\d+|\b(?:executive order|e\.o\.|eo|public law|p\.l\.|h\.r\.|s\.)\s?\d[\d-]*|第\s?\d+\s?号|(?:\d{3,}|〕\s?\d+)\s?号/iu;

// The law or order an action rests on ("what statutory authority did Treasury invoke", 法律依据): told by a named act or
// order ("Executive Order 13959", "the National Defense Authorization Act", 《出口管制改革法》, 行政令), not by a reason.
const ASKS_AUTHORITY = {
  en: /\b(?:statutory|legal) (?:authority|basis)\b|\bunder (?:what|which) (?:law|statute|authority|legal authority)\b|\bwhat (?:law|statute) (?:did|does|was|were)\b/iu,
  zh: /法律依据|法律授权|法律基础|依据(?:的是)?(?:哪|什么)(?:部|项|条|个)?(?:法|法律|法规|行政令|条款)/u,
};
const AUTHORITY = /\b(?:executive order|act|statute|authorization|law|regulations?)\b|行政令|行政命令|法案|授权法|《[^》]{1,30}(?:法|条例|规定)》/iu;

// A product's model ("which drone models", 哪些型号): told by a designation with digits ("Mavic 2", "MQ-9", "A100").
// "Which model" alone may ask for a way of doing things (the Chinese model), so English asks in the plural.
const ASKS_MODEL = { en: /\b(?:which|what) (?:[\w-]+ ){0,2}models\b|\bmodel (?:names?|numbers?)\b/iu, zh: /型号|何型|哪型|什么型(?!号)/u };
const MODEL = /\b[A-Z][\w]*[- ]?\d+[A-Za-z]*\b/u;

// How a whole was split among its parts ("how was the $424.4 million allocated", 具体怎么分到各个项目, 分到了多少经费):
// 怎么分析 asks for a reading, not a split.
const ASKS_DIVISION = {
  en: /\b(?:split|divided|allocated|apportioned|distributed|broken down|earmarked)\s+(?:between|among|across|to|for|in)\b|\bbreak-?down of\b|\bhow (?:was|were|is|are|did)\b[^?.!]{0,60}\b(?:split|divided|allocated|apportioned|distributed|broken down|earmarked)\b/iu,
  // The sum of a part ("用于…的部分具体金额") is a split too.
  zh: /怎么分(?:到|给|配)|如何分(?:到|给|配)|分配|分到|分给|拨给|划拨|划给|花在(?:了)?哪|部分(?:的)?(?:具体)?(?:金额|经费|资金|预算)/u,
};
// How much of a sum the question states ("那840亿美元里有多少是花在人工智能上的", "how much of the $84 billion"): a part of it.
const PART_OF_STATED = /\d\s*[万亿]?(?:美元|欧元|元)(?:的)?(?:[那这]?笔(?:钱|资金|经费)?)?(?:里|中|当中|之中|里面)|\bhow much of (?:the|that|this|those|its)\s+[$€]/iu;
// A text tells a split by a figure beside a word that parts a whole ("90% of them", "of which", "respectively", 其中,
// 分别): one sum for the whole says nothing of where it went, nor does a rise of 11.2%.
const PARTED = /\bof (?:which|them|it)\b|\brespectively\b|\beach\b|\bearmarked\b|\ballocat\w*|\btranches?\b|其中|分别|各(?:花|拨|得|获|占)|分配|拨给|分给/iu;

// How far a sum moved ("how much did its share price jump", 涨了多少) may be told as a share, but only by a text that
// tells a movement (a number in a sentence that says something rose or fell) or a sum of money.
const ASKS_CHANGE = {
  en: /\bhow (?:much|far)\b[^?.!]{0,60}\b(?:rise|rose|risen|jump(?:ed)?|increase[ds]?|grow|grew|grown|fall|fell|fallen|drop(?:ped)?|decline[ds]?|climb(?:ed)?|surge[ds]?|went up|go up|went down|go down)\b/iu,
  zh: /(?:上涨|涨|增长|增加|下降|下跌|下滑|降|跌|掉|缩水|提高|减少)了?(?:多少|百分之几|几成|几个百分点|几何)|[涨增降跌]幅/u,
};
const MOVEMENT = /\b(?:rise|rose|risen|rising|jump(?:ed|s)?|increase[ds]?|increasing|grow(?:s|n)?|grew|growth|fall(?:s|en)?|fell|drop(?:ped|s)?|decline[ds]?|climb(?:ed|s)?|surge[ds]?|up|down|cut|reduce[ds]?|expand(?:ed|s)?|rais(?:e[ds]?|ing)|from\s+\S+\s+to)\b|上涨|涨|增长|增加|增至|下降|下跌|下滑|跌|提高|减少|扩大|缩小|从[^，。；]{1,12}(?:增|降|扩|减|提|到)/iu;

/** A sum of money written in the question: "$1.7 billion", 4.244亿美元. */
const STATES_SUM = /[$€]\s?\d|\d[\d.,]*\s*(?:[万亿]?(?:美元|欧元|港元|元)|(?:million|billion|trillion)?\s*(?:dollars|euros)|(?:million|billion|trillion)\b)/iu;

const asks = (cue: { en: RegExp; zh: RegExp }, question: string): boolean => cue.en.test(question) || cue.zh.test(question);

/** The kind of figure a question asks for, if any: the narrowest kind first. */
export function figureAsked(question: string): FigureKind | undefined {
  if (asks(ASKS_DESIGNATION, question)) return 'designation';
  if (asks(ASKS_MODEL, question)) return 'model';
  if (asks(ASKS_AUTHORITY, question)) return 'authority';
  if (asks(ASKS_DIVISION, question) || (PART_OF_STATED.test(question.normalize('NFKC')) && (asks(ASKS_MONEY, question) || asks(ASKS_AMOUNT, question)))) return 'division';
  if (asks(ASKS_CHANGE, question)) return 'change';
  if (asks(ASKS_MONEY, question)) return 'money';
  if (asks(ASKS_SHARE, question)) return 'share';
  if (asks(ASKS_DURATION, question)) return 'duration';
  if (asks(ASKS_COUNT, question)) return 'count';
  // How much of a sum the question states ("那4.244亿美元里有多少是拨给…的") is a sum too.
  if (asks(ASKS_AMOUNT, question)) return STATES_SUM.test(question.normalize('NFKC')) ? 'money' : 'amount';
  return undefined;
}

// Full dates, whose day or month number is no span of time ("2019年5月21日", "May 21, 2019").
const DATES_WITH_YEAR = /(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b/giu;

// Dates are figures of another kind: "23 May 2018", "2019年5月", "FY2020", "Dec. 10", "21世纪" say when, not how much.
const DATES = /\b(?:fy\s?)?(?:19|20)\d{2}\b|\d{1,4}\s*(?:年|月|日|号|世纪)|\b\d{1,2}(?:st|nd|rd|th)[- ]century\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/giu;
// A lone 一 before its measure word is an article ("建设一个…国家"), no figure; 一百 and 十一 are.
const AMOUNT = /\d|(?:[二两三四五六七八九十百千万亿]|一(?=[一二两三四五六七八九十百千万亿]))[一二两三四五六七八九十百千万亿]*\s*(?:个|家|条|项|位|名|架|次|成|倍|股|亿|万|%)/u;
// A sum of money names its currency: "1.5 billion shares" is no price.
const MONEY = /[$€£¥]\s?\d|\d[\d,.]*\s*(?:(?:billion|million|thousand)\s+)?(?:美元|元|dollars?|euros?)|(?:亿|万)(?:美元|元)/iu;

// A part of a whole: a percentage, 三成, 百分之二十五, a half or a third.
const SHARE = /\d\s*(?:%|％|percent|per cent|个百分点)|百分之|[一二两三四五六七八九十]成|\b(?:half|a third|a quarter|two thirds)\b|[二三四五六七八九十]分之|一半/iu;

// Names with digits in them (G7, F-35, A100) are no figures either.
const NUMBERED_NAMES = /\b[a-z]+-?\d+[a-z]*\b/giu;

// A span of time: "90 days", "three-year", 90天, 三个月; a year's number (2019年) is a date.
const DURATION = /(?<![\d.])\d{1,3}\s*-?\s*(?:days?|weeks?|months?|years?|hours?)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-](?:days?|weeks?|months?|years?)\b|(?<!\d)(?:\d{1,3}|[一二两三四五六七八九十百]+)\s*(?:天|周|个星期|个月|个小时|小时|年(?![\d初底中末]))/iu;
// What is no count of things: sums of money and shares.
const MONEY_OR_SHARE = /[$€£¥]\s?\d[\d,.]*(?:\s*(?:billion|million|thousand))?|\d[\d,.]*\s*(?:(?:billion|million|thousand)\s+)?(?:美元|元|dollars?|euros?)|\d[\d,.]*\s*(?:%|％|percent|per cent|个百分点)|[\d.]+\s*(?:亿|万)(?:\s*(?:和|与|、|至|到|-)\s*[\d.]+\s*(?:亿|万))*\s*(?:美元|元)|百分之[一二两三四五六七八九十百点]+/giu;

const CHINESE_DIGITS = '零一二三四五六七八九';
/** A whole number below 100 written in Chinese numerals (8 → 八, 25 → 二十五). */
function chineseNumeral(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${n % 10 === 0 ? '' : CHINESE_DIGITS[n % 10]}`;
}

const SCALE: Record<string, number> = { 亿: 1e8, 万: 1e4, billion: 1e9, million: 1e6, thousand: 1e3, bn: 1e9, b: 1e9, mn: 1e6, m: 1e6 };
// A figure with its scale and currency: "$424.4 million", "4.244亿美元", "8家".
// "$424.4M" and "$1.7bn" abbreviate the scale: a capital M or B right after the digits, or bn, mn.
const FIGURE = /[$€£¥]?(?<![\d.])(\d[\d,]*(?:\.\d+)?)(?!\.\d)\s*(?:(亿|万|billion|million|thousand|bn|mn|M(?![a-z])|B(?![a-z]))\s*)?(?:美元|元|dollars?)?/giu;
const valueOf = (digits: string, scale: string | undefined): number => Number(digits.replace(/,/gu, '')) * (scale ? SCALE[scale.toLowerCase()] ?? 1 : 1);

/**
 * The figures a question states itself ("那4.244亿美元的倡议里", "the 8 firms"), as values: a text that gives only these
 * gives no answer to how much of them went elsewhere. Years are dates, not figures.
 */
export function figuresStated(question: string): number[] {
  const text = question.normalize('NFKC').replace(DATES, ' ').replace(NUMBERED_NAMES, ' ');
  // A count in Chinese numerals ("除了八家…之外") states the figure "8家" does.
  const counted = [...text.matchAll(COUNTED_IN_NUMERALS)].flatMap((m) => hanCount(m[1] as string) ?? []);
  return [...new Set([...[...text.matchAll(FIGURE)].map((m) => valueOf(m[1] as string, m[2])), ...counted])];
}

const COUNTED_IN_NUMERALS = /(?<![一二两三四五六七八九十百千万亿第])([一二两三四五六七八九十]{1,3})(?=[家个项条位名架国])/gu;


/** The text without the figures the question states, in any scale ("$424.4 million" for 4.244亿美元) or, below 100, in Chinese numerals. */
export function withoutStated(text: string, stated: readonly number[]): string {
  if (stated.length === 0) return text;
  const same = (value: number): boolean => stated.some((figure) => Math.abs(figure - value) <= 1e-9 * Math.max(1, figure));
  const chinese = stated.filter((n) => Number.isInteger(n) && n > 0 && n < 100).map(chineseNumeral);
  const inDigits = text.replace(FIGURE, (whole, digits: string, scale: string | undefined) => (same(valueOf(digits, scale)) ? ' ' : whole));
  return chinese.reduce((rest, numeral) => rest.replace(new RegExp(`(?<![一二三四五六七八九十])${numeral}(?![一二三四五六七八九十百千万亿])`, 'gu'), ' '), inDigits);
}

/**
 * Whether a text gives a figure of the kind asked. A change of a quantity the question names (`measure`: the words for
 * revenue) is told only in a sentence that names it: Huawei's US-content threshold cut from 25% to 10% is no fall in revenue.
 */
export function givesFigure(text: string, kind: FigureKind, measure: readonly string[] = []): boolean {
  if (kind === 'duration') return DURATION.test(text.replace(DATES_WITH_YEAR, ' '));
  if (kind === 'designation') return DESIGNATION.test(text);
  if (kind === 'authority') return AUTHORITY.test(text);
  if (kind === 'model') return MODEL.test(text.replace(DATES, ' '));
  const plain = text.replace(DATES, ' ').replace(NUMBERED_NAMES, ' ');
  if (kind === 'money') return MONEY.test(plain);
  if (kind === 'share') return SHARE.test(plain);
  if (kind === 'division') return clausesOf(plain).some((clause) => PARTED.test(clause) && AMOUNT.test(clause));
  // "How much did the Navy drop on drones": money spent is told as a sum, not a movement.
  if (kind === 'change') {
    return clausesOf(plain).some((sentence) => (MONEY.test(sentence) || (MOVEMENT.test(sentence) && AMOUNT.test(sentence)))
      && (measure.length === 0 || measure.some((word) => sentence.toLowerCase().includes(word.toLowerCase()))));
  }
  return AMOUNT.test(kind === 'count' ? plain.replace(MONEY_OR_SHARE, ' ') : plain);
}

/**
 * Whether a text gives a figure of the kind asked about one of the subjects named: in a sentence that names each of
 * them (`names`: for each subject, the names it goes by). A passage of the paper tells of several actions, and the 800
 * drones Interior grounded are no count of the Navy's.
 */
export function givesFigureOf(text: string, kind: FigureKind, names: ReadonlyArray<readonly string[]>, measure: readonly string[] = []): boolean {
  if (names.length === 0) return givesFigure(text, kind, measure);
  const lower = text.normalize('NFKC').toLowerCase();
  return clausesOf(lower).some((sentence) => givesFigure(sentence, kind, measure)
    && names.every((subject) => subject.some((name) => sentence.includes(name))));
}
