/**
 * Questions that ask for a figure ("how many founding members", 多少钱) can only be answered from text that gives one.
 * When none of the documents an answer would stand on holds a figure of the kind asked, the store does not know it,
 * however well their words match.
 */

export type FigureKind = 'amount' | 'money';

const ASKS_MONEY = {
  en: /\bhow much\b[^?.!]{0,60}\b(?:spen[dt]|spending|cost|costs|pay|paid|fund(?:s|ed|ing)?|money|invest(?:ed|ment)?|budget(?:ed)?|worth|price[ds]?|fine[ds]?|raise[ds]?)\b|\bhow much (?:money|funding)\b|\bwhat (?:price|fine)\b/iu,
  zh: /多少钱|花了多少|花费多少|投了多少|投入多少|金额|募资|募集|融资|罚款|罚了多少|发行价|价格是多少/u,
};
// "哪几家" asks which ones, not how many.
const ASKS_AMOUNT = {
  en: /\bhow (?:many|much|big|large)\b|\bwhat (?:percentage|percent|share|proportion|number|amount|figure)\b/iu,
  zh: /(?<!哪)几(?:个|家|条|项|位|名|架|次|成|倍|国|年)|多少|多大|比例|占比/u,
};

/** The kind of figure a question asks for, if any: money first, as the narrower of the two. */
export function figureAsked(question: string): FigureKind | undefined {
  if (ASKS_MONEY.en.test(question) || ASKS_MONEY.zh.test(question)) return 'money';
  if (ASKS_AMOUNT.en.test(question) || ASKS_AMOUNT.zh.test(question)) return 'amount';
  return undefined;
}

// Dates are figures of another kind: "23 May 2018", "2019年5月", "FY2020", "Dec. 10" say when, not how much.
const DATES = /\b(?:fy\s?)?(?:19|20)\d{2}\b|\d{1,4}\s*(?:年|月|日|号)|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/giu;
const AMOUNT = /\d|[一二两三四五六七八九十百千万亿]+\s*(?:个|家|条|项|位|名|架|次|成|倍|股|亿|万|%)/u;
// A sum of money names its currency: "1.5 billion shares" is no price.
const MONEY = /[$€£¥]\s?\d|\d[\d,.]*\s*(?:(?:billion|million|thousand)\s+)?(?:美元|元|dollars?|euros?)|(?:亿|万)(?:美元|元)/iu;

// Names with digits in them (G7, F-35, A100) are no figures either.
const NUMBERED_NAMES = /\b[a-z]+-?\d+[a-z]*\b/giu;

/** Whether a text gives a figure of the kind asked. */
export function givesFigure(text: string, kind: FigureKind): boolean {
  return (kind === 'money' ? MONEY : AMOUNT).test(text.replace(DATES, ' ').replace(NUMBERED_NAMES, ' '));
}
