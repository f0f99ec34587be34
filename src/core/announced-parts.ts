import type { Passage } from './passage.js';

/**
 * A paragraph that ends by announcing its parts ("主要集中在以下三方面。") is answered by the paragraphs that follow,
 * each opening with its ordinal (第一，… 第二，…): the announcement alone names none of them.
 */
const ANNOUNCES = /(?:以下|如下|下列|下述)([两二三四五六七八九]|\d)(?:个)?(?:方面|点|类|种|条|部分)[。：:]?\s*$/u;
const OPENS_PART = /^\s*(?:第[一二三四五六七八九]|首先|其次|其一|一是|二是)/u;
const COUNTS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The paragraphs a paragraph announces as its parts, in order, when it ends announcing them and they follow. */
export function partsAnnounced(passage: Passage, passages: ReadonlyMap<string, Passage>): Passage[] {
  const announced = ANNOUNCES.exec(passage.text);
  const count = announced ? COUNTS[announced[1] as string] ?? Number(announced[1]) : 0;
  if (count === 0) return [];
  const order = [...passages.values()].filter((p) => p.documentId === passage.documentId);
  const next = order.slice(order.indexOf(passage) + 1, order.indexOf(passage) + 1 + count);
  return next.length === count && next.every((p) => OPENS_PART.test(p.text)) ? next : [];
}
