import type { Passage } from './passage.js';

/**
 * Questions that ask for a counted set of parts ("in three ways", 从哪三个方面, "the paper's 3 markers") are answered by
 * the paragraph that enumerates that many: one that says so (三方面, "three ways") or counts them off (第一…第三).
 */
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 2: 2, 3: 3, 4: 4, 5: 5 };
const ZH_NUMBERS = ['', '一', '二', '三', '四', '五'];
const EN_NUMBERS = ['', 'one', 'two', 'three', 'four', 'five'];
const PARTS_EN = String.raw`(?:ways|points|aspects|respects|things|reasons|dimensions|areas|markers|indicators|signs|factors|senses|levels|fronts)`;
const ASKS_EN = new RegExp(String.raw`\b(two|three|four|five|[2-5])\s+(?:[\w-]+\s+)?${PARTS_EN}\b`, 'iu');
const ASKS_ZH = /([两二三四五])(?:个|大)?(?:方面|点|条|层面|层|种|项)/u;

/** How many parts a question asks for, if it counts them. */
export function partsAsked(question: string): number | undefined {
  const text = question.normalize('NFKC');
  const match = ASKS_EN.exec(text) ?? ASKS_ZH.exec(text);
  return match ? NUMBERS[(match[1] as string).toLowerCase()] : undefined;
}

/** Whether a text enumerates that many parts: it names the count with a word of parts, or counts them off in order. */
export function enumerates(text: string, count: number): boolean {
  const zh = ZH_NUMBERS[count] as string;
  const en = EN_NUMBERS[count] as string;
  if (new RegExp(`${zh}(?:个|大)?(?:方面|点|条|层面)`, 'u').test(text) || new RegExp(String.raw`\b${en}\s+(?:[\w-]+\s+)?${PARTS_EN}\b`, 'iu').test(text)) return true;
  return ZH_NUMBERS.slice(1, count + 1).every((n) => text.includes(`第${n}`));
}

/**
 * A paragraph that ends by announcing its parts ("主要集中在以下三方面。") is answered by the paragraphs that follow,
 * each opening with its ordinal (第一，… 第二，…): the announcement alone names none of them.
 */
const ANNOUNCES = /(?:以下|如下|下列|下述)([两二三四五六七八九]|\d)(?:个)?(?:方面|点|类|种|条|部分)[。：:]?\s*$/u;
const OPENS_PART = /^\s*(?:第[一二三四五六七八九]|首先|其次|其一|一是|二是)/u;

/** The paragraphs a paragraph announces as its parts, in order, when it ends announcing them and they follow. */
export function partsAnnounced(passage: Passage, passages: ReadonlyMap<string, Passage>): Passage[] {
  const announced = ANNOUNCES.exec(passage.text)?.[1];
  const count = announced === undefined ? 0 : NUMBERS[announced] ?? Number(announced);
  if (count === 0) return [];
  const order = [...passages.values()].filter((p) => p.documentId === passage.documentId);
  const next = order.slice(order.indexOf(passage) + 1, order.indexOf(passage) + 1 + count);
  return next.length === count && next.every((p) => OPENS_PART.test(p.text)) ? next : [];
}
