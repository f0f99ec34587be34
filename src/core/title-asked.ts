/**
 * When a document the question names by its title (《关于规范人工智能军事应用的立场文件》) was issued is told only by an
 * item about that document: an item that mentions it in passing is dated by its own event (a summit where both sides'
 * papers were suggested as a basis for talks), not by the document's.
 */
const TITLE = /《([^《》]{2,40})》/gu;
/** The nouns a Chinese document's name ends in (清单, 战略, 白皮书): what a title or a description of one ends with. */
export const DOCUMENT_KINDS = '清单|名单|计划|倡议|法案|战略|原则|框架|报告|指南|文件|机制|联盟|协定|协议|条例|规则|标准|白皮书';
// A document pointed at and described by its kind (中国那份规范AI军事应用的立场文件) is named as a title is.
const DESCRIBED = new RegExp(`[那这该]份([^，。？！、,.?!《》]{2,30}?(?:${DOCUMENT_KINDS}))`, 'gu');
const ASKS_WHEN = /\bwhen\b|\bwhat (?:year|date|day|month)\b|\bon what (?:date|day)\b|哪年|哪一年|哪天|哪一天|何时|什么时候|几月|具体日期|什么场合|什么会议/iu;

const squeeze = (text: string): string => text.normalize('NFKC').replace(/[\s《》“”"']/gu, '').toLowerCase();

/** The titles (or documents described by their kind) a question names, squeezed for matching. */
export function titlesNamed(question: string): string[] {
  const text = question.normalize('NFKC');
  return [...text.matchAll(TITLE), ...text.matchAll(DESCRIBED)].map((m) => squeeze(m[1] as string));
}

/** The titles a question asks the date or occasion of; none when it asks no date. */
export const titlesDated = (question: string): string[] => (ASKS_WHEN.test(question) ? titlesNamed(question) : []);

/** Character pairs of a squeezed text: titles are given in many wordings (研发 for 研究和发展, 伦理原则 for 军用原则). */
const pairs = (text: string): string[] => [...text].slice(1).map((char, i) => `${[...text][i] as string}${char}`);
/** How much of a title an item must echo in its own title or first sentence to be about it. */
export const TITLE_ECHO = 0.5;

/**
 * Whether an item is about the titled document: its own titles and first sentences, in both languages together, echo
 * most of the title. A title asked in mixed words (那份AI战略) meets "AI" in one language and 战略 in the other.
 */
export const titledBy = (itemTexts: readonly string[], title: string): boolean => titleEcho(itemTexts, title) >= TITLE_ECHO;

/** The share of a title's character pairs that an item's titles and first sentences echo. */
export function titleEcho(itemTexts: readonly string[], title: string): number {
  const wanted = pairs(title);
  const have = new Set(itemTexts.flatMap((own) => pairs(squeeze(own))));
  return wanted.length === 0 ? 0 : wanted.filter((pair) => have.has(pair)).length / wanted.length;
}
