import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/config/paths.js';
import { loadCuratedData } from '../../src/ingest/curated-data.js';
import { findEntities } from '../../src/search/understand-question.js';
import { namePeopleByPost } from '../../src/search/people-by-post.js';

const { aliases } = loadCuratedData(dataDir());
const byPost = (question: string): string[] =>
  namePeopleByPost(question, aliases, findEntities(question, aliases).filter((e) => e.kind === 'person')).ids;

describe('people named by their post', () => {
  it('reads a post and the words that narrow it as the one person who holds it', () => {
    expect(byPost('the Harvard professor known for the Thucydides trap')).toEqual(['graham-allison']);
    expect(byPost('The ex-DepSecDef who later became NSCAI vice chair said the US won\'t hand lethal decisions to machines')).toEqual(['robert-work']);
    expect(byPost('What did the Cyber Command commander say about AI?')).toEqual(['paul-nakasone']);
    expect(byPost('哈佛那位提“修昔底德陷阱”的教授怎么看')).toEqual(['graham-allison']);
    // An abbreviation in Chinese keeps the full name's characters in order: 宾大 is 宾夕法尼亚大学.
    expect(byPost('新美国安全中心副总裁和宾大教授看法有啥差别').sort()).toEqual(['michael-horowitz', 'paul-scharre']);
  });

  it('does not take a deputy for the holder of the post itself, in either language', () => {
    // Work was Deputy Secretary of Defense and NSCAI vice chair: "SecDef at the NSCAI" is Esper, not him.
    expect(byPost('SecDef at the NSCAI public conference, Nov 2019: what label did he pin on China?')).not.toContain('robert-work');
    expect(byPost('前国防部副部长在2016年说了什么')).toEqual(['robert-work']);
    expect(byPost('时任国防部长在NSCAI会议上说了什么')).toEqual(['mark-esper']);
    // 防长 is short for 国防部长.
    expect(byPost('时任美国防长在2019年11月5日那次人工智能国安委公开会议上怎么形容中国？')).toEqual(['mark-esper']);
  });

  it('puts the name in the description\'s place, so the question reads as though it had been typed', () => {
    const { text } = namePeopleByPost('What did the Harvard professor say?', aliases, []);
    expect(findEntities(text, aliases).map((e) => e.id)).toEqual(['graham-allison']);
    // The name inside its own description stays.
    const inside = '哈佛大学艾利森教授如何研判美方意图？';
    expect(findEntities(namePeopleByPost(inside, aliases, findEntities(inside, aliases)).text, aliases).map((e) => e.id)).toEqual(['graham-allison']);
  });

  it('names no one when two people fit equally, unless the question names one of them', () => {
    expect(byPost('What did the Defense Secretary say about China?')).toEqual([]);
    // Hicks and Work both held the post; Hicks is named.
    const named = namePeopleByPost('Hicks, 8 Sept 2021: what reasoning did the DepSecDef give?', aliases, findEntities('Hicks', aliases));
    expect(named.ids).toEqual(['kathleen-hicks']);
    expect(named.text).not.toMatch(/DepSecDef/u);
  });

  it('leaves a title before a name, a body that holds a post noun, and words about the work alone', () => {
    expect(byPost('What did President Biden say about security?')).toEqual([]);
    expect(byPost('what did the president say about security')).toEqual([]);
    expect(byPost('2018年6月14日美国网络司令部发生了哪些变化？')).toEqual([]);
    expect(byPost('Why does the author say the DJI ban deepens the security dilemma?')).toEqual([]);
    expect(byPost('论文作者为什么说这是安全困境')).toEqual([]);
    expect(byPost('In general, what did the Air Force do with AI?')).toEqual([]);
    expect(byPost('what did the air force do in general')).toEqual([]);
  });
});
