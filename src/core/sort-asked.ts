import { searchedNames, type AliasTable } from './alias-table.js';

/**
 * Questions that ask which countries took part ("which 13 countries were in …", 派到了哪些国家) or which firm did something
 * ("which company built …", 哪家公司, 哪家无人机厂的) are answered only by a text that names one: the paper tells of overseas deployments
 * and counts members ("100 多个国家") without naming them, and a count or "US-made drones" does not say which.
 */
const ASKS_SORT: Array<{ sort: 'country' | 'firm'; asks: RegExp }> = [
  { sort: 'country', asks: /\b(?:which|what)\s+(?:(?:were|are|was|is)\s+(?:the\s+)?)?(?:[\p{L}\d-]+\s+){0,2}?(?:countries|nations|country)\b|哪(?:些|几个|个)国家|哪国|国家\s?名单/iu },
  { sort: 'firm', asks: /\b(?:which|what)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:compan(?:y|ies)|firms?|vendors?|makers?)\b|哪(?:些|几|个)?家(?:\p{Script=Han}{0,4}?(?:公司|企业|厂商|集团|投行|银行)|\p{Script=Han}{0,6}?[厂商](?=的|[，。？?、\s]|$))|哪(?:些|个)(?:公司|企业|厂商)/iu },
];

/** The kinds of firm a Chinese firm's name ends in (旷视科技, 中兴通讯, 大华股份). */
const FIRM_KIND_ZH = /(?:科技|通讯|通信|股份|集团)$/u;
/** Whether a Chinese name is a firm's, by the kind of firm it ends in; `kindOnly`: the word is that kind alone (科技). */
export const namesFirmKind = (name: string, kindOnly = false): boolean => FIRM_KIND_ZH.test(name) && (!kindOnly || name.length === 2);

/** The sort of body a question asks which one of (`sort` in data/aliases.json), if it asks. */
export function sortAsked(question: string): 'country' | 'firm' | undefined {
  const text = question.normalize('NFKC');
  return ASKS_SORT.find(({ asks }) => asks.test(text))?.sort;
}

/** Whether a text names one of the store's bodies of a sort, other than those `left` out. */
export function namesOfSort(text: string, sort: 'country' | 'firm', aliases: AliasTable, left: ReadonlySet<string>): boolean {
  const lower = text.normalize('NFKC').toLowerCase();
  return aliases.entries.some((entry) => entry.sort === sort && !left.has(entry.id)
    && searchedNames(entry).some((name) => lower.includes(name)));
}
