import { describe, expect, it } from 'vitest';
import { capitalisedNames } from '../../src/search/question-names.js';

const names = (text: string): string[] => [...capitalisedNames(text).keys()];

describe('names a question gives by their capitals', () => {
  it('reads capitalised words in a row as one name, and a capital inside a word as a brand', () => {
    expect(names('What did the AI Safety Institute say?')).toEqual(expect.arrayContaining(['safeti', 'institut']));
    expect(names('was iFlytek listed?')).toContain('iflytek');
    // A designation that opens with digits (5G) is a name too, in English and in Chinese; a lone capital is none.
    expect(names("How did the UK's 5G ban compare?")).toContain('5g');
    expect(names('英国禁华为5G跟美国商务部那套出口管制比')).toContain('5g');
    expect(names('What do I need on the A list?')).not.toContain('i');
  });

  it('ends a sentence at a stop followed by a closing quote: the next capital opens a sentence, it names nothing', () => {
    expect(names("The paper says Biden 'swung back toward power competition.' What's the evidence it uses?")).toEqual(['biden']);
    expect(names('He said "we lead." Then NATO met.')).toEqual(['nato']);
  });

  it('leaves out a lower-case word hyphenated to a name: it says what kind of thing the name is', () => {
    expect(names('how does it score Skyborg-type loyal wingman work?')).toEqual(['skyborg']);
    expect(names('the US-China rivalry')).toEqual(expect.arrayContaining(['us', 'china']));
  });

  it('reads a general word in Chinese quotes as scare quotes, and a coinage as a name', () => {
    // 比拼 is rarer in the corpus than the words kept for weighing, but still one general language uses.
    expect(names('美国AI研发预算这场“比拼”是怎么一步步推进的？')).not.toContain('比拼');
    expect(names('什么是“小院高墙”？')).toContain('小院高墙');
  });
});
