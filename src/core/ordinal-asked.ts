/**
 * A question about the second or a later instance of a recurring event ("the second Summit for Democracy", 第二届民主峰会,
 * 第四轮对话) is answered only by a text that speaks of that instance: the store holding the first says nothing of the
 * next. The first is left alone, since a text rarely calls an event that began a series its first.
 */
const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const HAN_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const EVENTS_EN = String.raw`(?:summit|meeting|round|session|dialogue|conference|edition|ministerial|plenary)s?`;

export function ordinalAsked(question: string): number | undefined {
  const text = question.normalize('NFKC');
  const en = new RegExp(String.raw`\b(${ORDINAL_WORDS.slice(2).join('|')}|(\d+)(?:nd|rd|th))\s+(?:[\p{L}-]+\s+){0,3}?${EVENTS_EN}\b`, 'iu').exec(text);
  if (en) return en[2] ? Number(en[2]) : ORDINAL_WORDS.indexOf((en[1] as string).toLowerCase());
  const zh = /第\s*([二三四五六七八九十]|\d+)\s*(?:届|次|轮|场)/u.exec(text)?.[1];
  if (!zh) return undefined;
  const n = /\d/u.test(zh) ? Number(zh) : HAN_NUMERALS.indexOf(zh);
  return n >= 2 ? n : undefined;
}

/** Whether a text speaks of the nth instance: "third", "3rd", 第三次, 第3届, 三轮. */
export function speaksOfOrdinal(text: string, n: number): boolean {
  const normal = text.normalize('NFKC').toLowerCase();
  const word = ORDINAL_WORDS[n];
  const han = HAN_NUMERALS[n];
  return (word !== undefined && new RegExp(String.raw`\b${word}\b`, 'u').test(normal))
    || new RegExp(String.raw`\b${n}(?:st|nd|rd|th)\b|第\s*(?:${n}${han ? `|${han}` : ''})\s*(?:届|次|轮|场)`, 'u').test(normal);
}
