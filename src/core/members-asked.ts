/**
 * Questions that ask which the members of a counted set are ("which 13 countries were in the partnership", 五大支柱具体是
 * 哪五个, 那800多架无人机都是哪些型号) are answered only by a text that lists that many: the paper often gives a count
 * (13 members, then 16) without naming them.
 */
import type { Retrieval } from './ports.js';

const EN_COUNTS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen'];
const HAN_DIGITS = '零一二三四五六七八九';

/** A Chinese count ("五", "十三", "两", "8") as a number. */
export function hanCount(text: string): number | undefined {
  if (/^\d+$/u.test(text)) return Number(text);
  if (text === '两') return 2;
  const [tens, ones] = text.includes('十') ? text.split('十') as [string, string] : ['', text];
  const digit = (char: string): number => HAN_DIGITS.indexOf(char);
  const value = text.includes('十') ? (tens === '' ? 1 : digit(tens)) * 10 + (ones === '' ? 0 : digit(ones)) : digit(ones);
  return value > 0 ? value : undefined;
}

const MEMBER_NOUN_ZH = '(?:个|家|项|条|大|位|名|架|国|种|款)';
// "那13个成员分别是哪些国家", "800多架大疆无人机具体都是哪些型号", and "哪五个", "哪8家".
const ASKS_ZH = new RegExp(`(\\d+|[两二三四五六七八九十]+)多?${MEMBER_NOUN_ZH}[^，。？！?]{0,14}?(?:分别是|具体是|都是|分别为|分别由|是哪|有哪些|包括哪些|都有谁|都有哪|分别叫|叫什么|的名称|的名字)|哪(\\d+|[两二三四五六七八九十]+)${MEMBER_NOUN_ZH}`, 'u');
const COUNT_EN = `(\\d+|${EN_COUNTS.slice(2).join('|')})`;
// "which 13 countries", "list the five DoD principles", "name the eight firms", "what were the five pillars", "the names of all ten",
// "the 5 principles … list them by name".
const ASKS_EN = new RegExp(`\\b(?:which|list|name|what (?:were|are))\\s+(?:the\\s+names?\\s+of\\s+)?(?:all\\s+)?(?:of\\s+)?(?:the\\s+|its\\s+|their\\s+)?${COUNT_EN}\\s+(?!(?:days|weeks|months|years|percent)\\b)[\\p{L}-]+|\\b${COUNT_EN}\\s+[^?.!]{0,60}?\\b(?:list|name) them\\b`, 'iu');

// Whether something is one of them asks the same: "Was Megvii one of the eight firms", 科大讯飞也在那8家企业之中吗.
const AMONG_EN = new RegExp(`\\b(?:one of|among|part of|included in)\\s+(?:the\\s+|its\\s+|their\\s+|those\\s+|these\\s+)?${COUNT_EN}\\s+(?!(?:days|weeks|months|years|percent)\\b)[\\p{L}-]+`, 'iu');
const AMONG_ZH = new RegExp(`(\\d+|[两二三四五六七八九十]+)多?${MEMBER_NOUN_ZH}[^，。？！?]{0,16}?(?:之中|之一|当中|之内|中间|里面|中(?:是否|有没有|也)(?:包括|包含|有))`, 'u');

/**
 * How many members a question asks to be named, if it counts them (two or more). `among`: whether something is one of
 * them, which a text that names it as one answers too (Germany among the 16 members).
 */
export function membersAsked(question: string, among = false): number | undefined {
  const text = question.normalize('NFKC');
  const en = (among ? AMONG_EN : ASKS_EN).exec(text);
  if (en) {
    const word = (en[1] ?? en[2] as string).toLowerCase();
    const n = /^\d+$/u.test(word) ? Number(word) : EN_COUNTS.indexOf(word);
    return n >= 2 ? n : undefined;
  }
  const zh = (among ? AMONG_ZH : ASKS_ZH).exec(text);
  const n = zh ? hanCount((zh[1] ?? zh[2]) as string) : undefined;
  return n !== undefined && n >= 2 ? n : undefined;
}

/**
 * The set a Chinese question names by its count and measure word ("五大支柱", "六项原则", "800多架无人机"), as the
 * count and that word ("五大", "800多架"): a text that tells the set gives its count so; one that never does tells
 * some other set. "哪两个国家" asks which two, and names no set.
 */
export function countedSetNamed(question: string): string[] {
  const named = ASKS_ZH.exec(question.normalize('NFKC'));
  const written = named?.[1];
  if (!named || !written) return [];
  const more = named[0].charAt(written.length) === '多' ? '多' : '';
  const noun = named[0].charAt(written.length + more.length);
  const n = hanCount(written);
  // 个 counts anything (三个方面 may be told as 三方面): only a set's own measure word names it.
  return n === undefined || noun === '个' ? [] : [...new Set([written, String(n), HAN_NUMERALS[n] ?? written].map((count) => `${count}${more}${noun}`))];
}
const HAN_NUMERALS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A member's name is short: a clause between commas ("国产替代增加了研发成本") is no member. */
const isShortPart = (part: string): boolean => (/\p{Script=Han}/u.test(part) ? part.length <= 12 : part.split(/\s+/u).length <= 6);

/** Whether a text lists that many things in one sentence: as many short parts between list separators. */
export function listsMembers(text: string, count: number): boolean {
  return text.normalize('NFKC').split(/(?<=[。！？!?])|(?<=\.)\s+/u)
    .some((sentence) => sentence.split(/[、，,；;]|\s+(?:and|or)\s+|以及|和|及|与/u).map((part) => part.trim())
      .filter((part) => part.length > 0 && isShortPart(part)).length >= count);
}

// What a question asks to be one of a set: "was megvii one of the 8", "8家企业中是否包括旷视科技", "德国也在那16个成员之中吗",
// and what it picks out of one ("列入八家企业，其中旷视科技与科大讯飞…").
const CANDIDATE = [/\b(?:was|were|is|are)\s+(.{2,40}?)\s+(?:also\s+)?(?:one of|among|part of|included in)\b/iu,
  /(?:是否包括|是否包含|包不包括|有没有包括)([^，。？！?]{2,16})/u, /([^，。？！?\s]{2,12}?)也?(?:在|是)[^，。？！?]{0,24}(?:之中|之一|当中)/u,
  /其中([^，。？！?\s]{2,12}?)(?:与|和|、|分别|是否|有没有|也|在)/u];

/**
 * Whether the texts near an answer fail to name the members a question asks for: they must list that many, and give a
 * set the question names by its count as it does (五大支柱). Asked whether a name the store does not know is one of
 * them (科大讯飞也在那8家之中吗), too.
 */
export function membersUntold(question: string, unknownName: boolean, toldNear: (tells: (text: string) => boolean) => boolean): boolean {
  const members = membersAsked(question) ?? (unknownName ? membersAsked(question, true) : undefined);
  // Uncounted ("were megvii and iflytek part of the oct 2019 batch"), a name the store does not know is not told one of them.
  if (members === undefined) return unknownName && CANDIDATE.some((pattern) => pattern.test(question.normalize('NFKC').toLowerCase()));
  const countedSet = countedSetNamed(question);
  return !toldNear((text) => listsMembers(text, members))
    || (countedSet.length > 0 && !toldNear((text) => countedSet.some((set) => text.normalize('NFKC').includes(set))));
}

/**
 * Whether what a question asks to be one of a counted set is unknown to the store: a name it does not know, or words
 * that name none of the question's entities (`named`: whether a phrase names one). In a timeline, "中间" is the time
 * between.
 */
export function candidateUnknown(question: string, retrieval: Pick<Retrieval, 'unknownNames' | 'kind'>, named: (phrase: string) => boolean): boolean {
  if (retrieval.unknownNames.length > 0) return true;
  const text = question.normalize('NFKC').toLowerCase();
  const candidate = CANDIDATE.map((pattern) => pattern.exec(text)?.[1]).find((found) => found !== undefined);
  return retrieval.kind !== 'timeline' && candidate !== undefined && !named(candidate);
}
