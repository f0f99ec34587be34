import { namesOfTable, type AliasTable } from './alias-table.js';
import type { QuestionKind } from './ports.js';
import { detectLang } from './lang.js';
import { mentionsTerm, quotedTerms } from './quoted-terms.js';

/**
 * Questions that ask which things, specifically, one action or text set out ("具体开列了哪几项措施", 具体是哪几条, "which
 * specific examples did he give") are answered only by a text that names some: the paper often says a report proposed
 * confidence-building measures, or that principles were adopted, without naming one.
 */
const ASKS_PARTS = /具体[^，。？！?]{0,24}?(?:哪些|哪几)|(?:哪些|哪几)[^，。？！?]{0,16}?具体|哪几[项条种类点]|\b(?:which|what) (?:specific|exact|particular) (?:[\p{L}-]+ ){0,3}?[\p{L}-]+s\b/iu;
/** A question about one action dates it to the month or names it in quotes; a list across a period asks for actions. */
const ONE_ACTION = /\d{4}年\d{1,2}月|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:\d{1,2},? )?\d{4}\b/iu;

function specificPartsAsked(question: string, kind: QuestionKind): boolean {
  const text = question.normalize('NFKC');
  return ASKS_PARTS.test(text) && (kind === 'fact' || kind === 'person' || ONE_ACTION.test(text) || quotedTerms(text).length > 0);
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const JOINS_ZH = new Set(['和', '与', '及', '以及', '、', '跟']);
// Without a comma: ", and said" joins clauses.
const JOINED_EN = /([\p{L}-]+) (?:and|or) ([\p{L}-]+)/gu;

/** Where a text joins two words ("中国|和|俄罗斯", "speed and precision"): the end of the left word and the start of the right. */
function joins(text: string): Array<{ left: string; right: string; leftEnd: number; rightStart: number }> {
  const found = [...text.matchAll(JOINED_EN)].map((m) => ({ left: m[1] ?? '', right: m[2] ?? '', leftEnd: m.index + (m[1] ?? '').length, rightStart: m.index + m[0].length - (m[2] ?? '').length }));
  let at = 0;
  const words = [...segmenter.segment(text)];
  words.forEach((word, i) => {
    // Words on both sides, not a comma: "美国，" then "、" joins nothing.
    const [left, right] = [words[i - 1], words[i + 1]];
    if (JOINS_ZH.has(word.segment) && left?.isWordLike && right?.isWordLike) found.push({ left: left.segment, right: right.segment, leftEnd: at, rightStart: at + word.segment.length });
    at += word.segment.length;
  });
  return found;
}

/**
 * Whether a text names two or more things side by side ("智能监控和机器视觉", "speed and precision") that are not the
 * store's bodies or people: a list of measures, fields or principles.
 */
function namesParts(text: string, aliases: AliasTable, question: string): boolean {
  // The text in the question's language: an English title's "threats and said" is no list a Chinese answer shows.
  if (detectLang(text) !== detectLang(question)) return false;
  const lower = text.normalize('NFKC').toLowerCase();
  const asked = question.normalize('NFKC').toLowerCase();
  const names = namesOfTable(aliases);
  // A name that ends at the join or starts after it ("霍洛维茨、沙瑞尔", whichever way the words are cut) joins bodies or
  // people; a word of the question's own ("稳定风险与中美增强信心措施") joins what it asks about, not its members.
  return joins(lower).some(({ left, right, leftEnd, rightStart }) => ![left, right].some((word) => word.length >= 2 && asked.includes(word))
    && !names.some((name) => lower.startsWith(name, leftEnd - name.length) || lower.startsWith(name, rightStart)));
}

/** Whether a question asks which parts one action set out and no text near the answer (`toldNear`) names any. */
const QUOTED_DOCUMENT = /(?:原则|战略|报告|框架|指南|计划|倡议|法案|白皮书|文件|条例|principles|strategy|report|framework|guidance|plan|initiative|act)$/iu;

export function partsUntold(question: string, kind: QuestionKind, aliases: AliasTable, toldNear: (tells: (text: string) => boolean) => boolean,
  leadTexts: readonly string[]): boolean {
  // Besides the document the answer stands on, a text tells the parts of a document the question quotes (“军用人工智能原则”)
  // only when it names it: a neighbour naming other things side by side (Hunt Forward's 查找和识别) does not.
  const quoted = quotedTerms(question).filter((term) => QUOTED_DOCUMENT.test(term));
  return specificPartsAsked(question, kind) && !leadTexts.some((text) => namesParts(text, aliases, question))
    && !toldNear((text) => quoted.every((term) => mentionsTerm(text, term)) && namesParts(text, aliases, question));
}
