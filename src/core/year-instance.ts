import { nameMatcher } from './alias-table.js';
import type { StoredItem } from './policy-item.js';

const YEAR_THEN_HAN = /((?:19|20)\d{2})\s*年(?:的|度)?\s*([\p{Script=Han}A-Za-z]{2,16})/gu;
const YEAR_THEN_NAME = /\b((?:19|20)\d{2})\s+([A-Z][\p{L}'’-]*(?:\s+(?:of|for|on|the|and|[A-Z][\p{L}'’-]*))*)/gu;
// 年初, 年底, 年中, 年以来: a part of the year or a span from it, not a thing.
const PART_OF_YEAR = /^[月初底中末前后以起至到间内财上下]/u;
// A thing that recurs year by year is a document or an event: a body (美国防部, the Pentagon) named with a year acts in it.
const RECURRING_ZH = /(?:计划|倡议|法案|战略|原则|框架|报告|指南|白皮书|峰会|会议|会晤|对话|演讲|讲话|咨文|听证会|论坛|预算|行政令|备忘录)$/u;
const RECURRING_EN = /\b(?:summit|conference|meeting|dialogue|forum|address|speech|strategy|report|act|plan|initiative|principles|order|review|budget|memo|guidance|framework|white paper|state of the union|sotu)$/iu;

/** Whether a question names something with its year ("2020年国情咨文", "the 2020 State of the Union"). */
export const namesYearInstance = (question: string): boolean => thingsWithYears(question).length > 0;

/**
 * A document or event named with its year ("2020年国情咨文", "the 2022 Summit for Democracy") is another instance than
 * the one the store holds when every item that speaks of it is dated in another year: the State of the Union the paper
 * cites is the 2019 one, the Summit for Democracy the 2021 one.
 */
export function yearInstanceUnheld(question: string, items: readonly StoredItem[]): boolean {
  return thingsWithYears(question).some(({ year, prefixes, texts }) => {
    // The longest start of what follows the year that some item speaks of is the thing it names.
    for (const prefix of prefixes) {
      const speaksOf = nameMatcher(prefix);
      const speaking = items.filter((item) => speaksOf(texts(item)));
      if (speaking.length > 0) return !speaking.some((item) => item.date.startsWith(year));
    }
    return false;
  });
}

function thingsWithYears(question: string): Array<{ year: string; prefixes: string[]; texts: (item: StoredItem) => string }> {
  const text = question.normalize('NFKC');
  return [
    ...[...text.matchAll(YEAR_THEN_HAN)].filter((m) => !PART_OF_YEAR.test(m[2] as string))
      .map((m) => ({ year: m[1] as string, prefixes: hanPrefixes(m[2] as string), texts: zhTexts })),
    ...[...text.matchAll(YEAR_THEN_NAME)].map((m) => ({ year: m[1] as string, prefixes: namePrefixes(m[2] as string), texts: enTexts })),
  ];
}

const zhTexts = (item: StoredItem): string => [item.title.zh, item.summary.zh, ...item.keywords].join('\n').normalize('NFKC');
const enTexts = (item: StoredItem): string => [item.title.en, item.summary.en, ...item.keywords].join('\n').normalize('NFKC').toLowerCase();

/** The run's starts that name a document or an event, longest first: 国情咨文 in 国情咨文中有关. */
function hanPrefixes(run: string): string[] {
  return Array.from({ length: run.length }, (_, i) => run.slice(0, run.length - i)).filter((start) => RECURRING_ZH.test(start));
}

/** The name's starts that name a document or an event, longest first: "State of the Union". */
function namePrefixes(name: string): string[] {
  const words = name.split(/\s+/u);
  return words.map((_, i) => words.slice(0, words.length - i).join(' ')).filter((start) => RECURRING_EN.test(start))
    .map((start) => start.toLowerCase());
}
