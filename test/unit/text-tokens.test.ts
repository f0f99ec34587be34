import { describe, expect, it } from 'vitest';
import { indexTokens, questionWords, scanIndexTerms, stem } from '../../src/search/text-tokens.js';

/** The word pattern the scanner stands for, applied with a regular expression: what index terms must stay. */
function patternTerms(text: string): string[] {
  const terms: string[] = [];
  const lower = text.normalize('NFKC').toLowerCase();
  for (const match of lower.matchAll(/\p{Script=Han}+|[a-z0-9\u00c0-\u024f]+(?:['’][a-z]+)?/gu)) {
    const [word] = match;
    if (/\p{Script=Han}/u.test(word)) {
      if (word.length === 1) terms.push(word);
      for (let i = 0; i + 1 < word.length; i++) terms.push(word.slice(i, i + 2));
    } else if (word.length > 1 || /\d/.test(word)) {
      terms.push(stem(word));
    }
    // A number followed by a percent sign is also a percentage, with the digits and point before it.
    if (/^\d+$/u.test(word) && /^\s?%/u.test(lower.slice(match.index + word.length))) {
      terms.push(`${/\d+\.$/u.exec(lower.slice(0, match.index))?.[0] ?? ''}${word}%`);
    }
  }
  return terms;
}

/** Deterministic text mixing Latin, accented, full-width, Chinese (BMP and beyond), apostrophes, emoji and stray surrogates. */
function mixedTexts(count: number): string[] {
  const pieces = ['a', 'z', 'A', 'Ä', 'é', 'ɏ', 'ɐ', '0', '9', "'", '’', ' ', '\n', '中', '国', '㐀', '𠀀', '𪚥', '😀', '\ud800',
    '\udc00', 'ﬁ', 'Ⅻ', '①', '，', '-', 'İ', 'Σ', 'ß', '⺀', '々', '〇', 's', '２', 'Ａ', '这', '件', 'e\u0301', 'Å', '%'];
  let state = 7;
  const next = (n: number): number => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + next(12) }, () => pieces[next(pieces.length)]).join(''));
}

describe('index terms', () => {
  it('stems English words and keeps an apostrophe with the letters after it', () => {
    expect(indexTokens("China's chips don't rock'n'roll, the U.S. Commerce Department")).toEqual(
      ['china', 'chip', "don't", "rock'n", 'roll', 'the', 'commerc', 'depart']);
    expect(indexTokens('ＡＩ ﬁnance 2019 a 7 x1')).toEqual(['ai', 'financ', '2019', '7', 'x1']);
  });

  it('gives a school and its followers one stem, leaving short words whole', () => {
    expect(stem('realism')).toBe(stem('realist'));
    expect(stem('realists')).toBe(stem('realism'));
    expect(stem('structuralist')).toBe(stem('structuralists'));
    expect(stem('persist')).toBe(stem('persistent'));
    expect(stem('exist')).toBe('exist');
    expect(stem('blacklist')).toBe('blacklist');
  });

  it('reads an ordinal in digits as the word spelled out', () => {
    expect(indexTokens('the 3rd meeting')).toEqual(indexTokens('the third meeting'));
    expect(indexTokens('1st 2nd 12th')).toEqual(indexTokens('first second twelfth'));
  });

  it('splits Chinese into overlapping character pairs, a lone character standing for itself', () => {
    expect(indexTokens('美国商务部将8家')).toEqual(['美国', '国商', '商务', '务部', '部将', '8', '家']);
    expect(indexTokens('华 为')).toEqual(['华', '为']);
  });

  it('gives the same terms as the word pattern on any mix of scripts', () => {
    for (const text of mixedTexts(20_000)) expect(indexTokens(text), JSON.stringify(text)).toEqual(patternTerms(text));
  });

  it('sends a sink the same terms, character pairs as positions in the text', () => {
    const text = 'The Entity List 实体清单 of 2019, and 华为';
    const sent: string[] = [];
    scanIndexTerms(text, { term: (term) => sent.push(term), pair: (run, at) => sent.push(run.slice(at, at + 2)) });
    expect(sent).toEqual(indexTokens(text));
  });

  it('reads question words with the same split', () => {
    expect(questionWords("What did China's Huawei do in 2019?").map((word) => word.text)).toEqual(['china', 'huawei', '2019']);
    expect(questionWords('美国商务部对华为做了什么？').flatMap((word) => word.terms)).toContain('华为');
  });

  it('keeps unknown Chinese names whole, apart from the conjunctions and particles around them', () => {
    const words = (text: string) => questionWords(text).map((word) => word.text);
    expect(words('旷视和科大讯飞受到的冲击')).toEqual(['旷视', '科大讯飞', '冲击']);
    expect(words('论文里是怎么讨论美国对腾讯微信的禁令的？')).toContain('腾讯微信');
    expect(words('美国对大疆做了什么')).toContain('大疆');
    // 每个 and 举个 count; they are no name.
    expect(words('每个举个美国的例子')).toEqual(['美国', '例子']);
    // A measure word after a number or a demonstrative counts or points (两|届, 这|块): it is no name's first character.
    expect(words('特朗普加拜登两届都算').some((word) => word.includes('届'))).toBe(false);
    expect(words('在AI这块干过哪些事').some((word) => word.includes('块'))).toBe(false);
    // A run an aspect particle follows is something done, not a name; the same run before a noun may be one.
    const nameLike = (text: string, word: string) => questionWords(text).find((w) => w.text === word)?.nameLike;
    expect(nameLike('美国海军和空军都特批买了大疆无人机', '特批买')).toBe(false);
    expect(nameLike('论文里是怎么讨论美国对腾讯微信的禁令的？', '腾讯微信')).toBe(true);
  });

  it('keeps an unknown firm\'s name with the kind of firm after it, met by the name alone', () => {
    const firm = questionWords('旷视科技具体受到了什么影响').find((word) => word.text === '旷视科技');
    expect(firm?.terms).toEqual(['旷视']);
    expect(firm?.nameLike).toBe(true);
    expect(questionWords('中兴通讯').map((word) => word.text)).toEqual(['中兴通讯']);
    // A known word before 科技 is no firm's name.
    expect(questionWords('美国科技公司').map((word) => word.text)).not.toContain('美国科技');
  });

  it('never ends an unknown name with 或', () => {
    expect(questionWords('文章引用了哪些美国智库或研究机构的看法？').map((word) => word.text)).toContain('智库');
  });

  it('keeps the numbers of designations (F-35, B-2) and never ends a name with a preposition', () => {
    expect(questionWords('bombs on the F-35 and the B-2').map((word) => word.text)).toEqual(['bomb', '35', '2']);
    expect(questionWords('the 2 tariffs').map((word) => word.text)).toEqual(['tariff']);
    // A percentage is kept even where the stopword list has its number, as a percentage: the 10 of a date does not meet it.
    expect(questionWords('the 10% rule').map((word) => word.text)).toEqual(['10%', 'rule']);
    expect(questionWords('到10%之争').map((word) => word.text)).toContain('10%');
    expect(questionWords('a rise of 11.2 percent').flatMap((word) => word.terms)).toEqual(['rise', '11.2%']);
    expect(indexTokens('from 25% to 10％ in 2021年10月')).toEqual(['from', '25', '25%', 'to', '10', '10%', 'in', '2021', '年', '10', '月']);
    expect(questionWords('美空军AI化从2018年起').map((word) => word.text)).not.toContain('化从');
    expect(questionWords('两份2019年文件').map((word) => word.text)).toEqual(['2019', '文件']);
  });

  it('reads a short fiscal year as the full one', () => {
    expect(questionWords('FY22 budget').map((word) => word.text)).toContain('fy2022');
  });
});
