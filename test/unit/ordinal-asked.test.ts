import { describe, expect, it } from 'vitest';
import { ordinalAsked, speaksOfOrdinal } from '../../src/core/ordinal-asked.js';

describe('a later instance of a recurring event', () => {
  it('reads the instance a question asks about, from the second on, in either language', () => {
    expect(ordinalAsked('When was the second Summit for Democracy held?')).toBe(2);
    expect(ordinalAsked('what changed at the 3rd AIPD meeting?')).toBe(3);
    expect(ordinalAsked('第二届民主峰会是哪年开的？')).toBe(2);
    expect(ordinalAsked('第四轮对话谈了什么')).toBe(4);
    // The first is often told without the word: it is not checked.
    expect(ordinalAsked('When was the first AI Partnership for Defense dialogue?')).toBeUndefined();
    expect(ordinalAsked('What did the second paragraph of the order say?')).toBeUndefined();
  });

  it('finds the instance told in a text in words, digits or Chinese numerals', () => {
    expect(speaksOfOrdinal('2021 年 5 月 28 日，第三次对话会将成员数量从 13 个扩大到 16 个', 3)).toBe(true);
    expect(speaksOfOrdinal('At the third AI Partnership for Defense dialogue', 3)).toBe(true);
    expect(speaksOfOrdinal('Biden hosts the Summit for Democracy', 2)).toBe(false);
  });
});
