import { describe, expect, it } from 'vitest';
import { tellingSentences } from '../../src/core/telling-sentence.js';

const sentences = ['In February 2020 the US military carried out the "Hunt Forward" program.', 'The paper adds that the military holds cyber exercises year after year, such as Cyber Flag.'];

describe('the sentence of a summary that tells what a question asks', () => {
  it('adds the later sentence that holds specific words of the question the first does not', () => {
    const cues = [{ han: false, terms: ['exercis'], weight: 0.6 }, { han: false, terms: ['militari'], weight: 0 }];
    expect(tellingSentences(sentences, 1, cues)).toEqual(sentences);
  });

  it('keeps to the first sentence when the others add only everyday words, or words it holds already', () => {
    expect(tellingSentences(sentences, 1, [{ han: false, terms: ['year'], weight: 0 }])).toEqual(sentences.slice(0, 1));
    expect(tellingSentences(sentences, 1, [{ han: false, terms: ['hunt'], weight: 1 }])).toEqual(sentences.slice(0, 1));
    expect(tellingSentences(sentences, 1, [])).toEqual(sentences.slice(0, 1));
  });

  it('meets a Chinese word by half its character pairs, and an English stem ending in i by its word', () => {
    const zh = ['2018年，五角大楼启动计划。', '美军为智能化战场配套提出了马赛克战等新型作战理念。'];
    expect(tellingSentences(zh, 1, [{ han: true, terms: ['战场', '场新'], weight: 0.5 }])).toEqual(zh);
    expect(tellingSentences(['A.', 'A new policy.'], 1, [{ han: false, terms: ['polici'], weight: 0.5 }])).toEqual(['A.', 'A new policy.']);
  });
});
