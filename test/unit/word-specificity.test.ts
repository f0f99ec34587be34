import { describe, expect, it } from 'vitest';
import { stem } from '../../src/search/text-tokens.js';
import { isChineseWord, wordSpecificity } from '../../src/search/word-specificity.js';

describe('how specific a word is in general language', () => {
  it('finds everyday English words unspecific and rare words or names specific', () => {
    for (const word of ['explain', 'story', 'happened', 'period']) expect(wordSpecificity(stem(word), false), word).toBeLessThan(0.2);
    for (const word of ['replicator', 'skyborg', 'huawei']) expect(wordSpecificity(stem(word), false), word).toBeGreaterThan(0.6);
    expect(wordSpecificity('qwxzt', false)).toBe(1);
  });

  it('does the same for Chinese words by their corpus IDF', () => {
    for (const word of ['一下', '发生', '中间', '情况']) expect(wordSpecificity(word, true), word).toBeLessThan(0.2);
    for (const word of ['英伟达', '无人机']) expect(wordSpecificity(word, true), word).toBeGreaterThan(0.8);
  });

  it('reads a Chinese word the table lacks as the everyday words it is made of, or as unknown', () => {
    expect(wordSpecificity('处置方式', true)).toBeLessThan(0.5);
    expect(wordSpecificity('钱来搞', true)).toBe(1);
    // Function words run together ("是啥": what is) are phrasing, not an unknown name.
    expect(wordSpecificity('是啥', true)).toBe(0);
  });

  it('knows the idioms of the dictionary as words, but not its names nor coinages', () => {
    for (const word of ['打架', '贴标签', '扣帽子']) expect(isChineseWord(word), word).toBe(true);
    for (const word of ['小院高墙', '英伟达', '持久交战', '极速战']) expect(isChineseWord(word), word).toBe(false);
  });
});
