import { describe, expect, it } from 'vitest';
import { placeAsked, tellsPlace } from '../../src/core/place-asked.js';

describe('where something was held', () => {
  it('reads a question for a place in either language', () => {
    expect(placeAsked('Which city hosted the first TTC ministerial?')).toBe('place');
    expect(placeAsked('2021年12月那场“民主峰会”是线上开的还是在华盛顿哪个地方开的？')).toBe('place');
    expect(placeAsked('美欧TTC第一次部长级会议是在哪个城市开的？')).toBe('place');
    expect(placeAsked('七国集团信息通信技术部长会议是在哪个国家举办的？')).toBe('place');
    // A word may stand between which and city.
    expect(placeAsked('In which American city was the first TTC ministerial held?')).toBe('place');
    expect(placeAsked('希克斯那次讲话是在什么场合发表的？')).toBe('occasion');
    expect(placeAsked('Which Chinese companies were listed?')).toBeUndefined();
    expect(placeAsked('When was the TTC set up?')).toBeUndefined();
  });

  it('finds a place told in a text, and none in a date alone', () => {
    expect(tellsPlace('Blinken spoke at the NSCAI Global Emerging Technology Summit')).toBe(false);
    expect(tellsPlace('The ministers met in Pittsburgh on September 29')).toBe(true);
    expect(tellsPlace('布林肯在全球新兴技术峰会上发言')).toBe(true);
    expect(tellsPlace('2021年9月29日，布林肯率团赴欧创立美欧贸易和技术委员会')).toBe(false);
    // An occasion is told by the meeting remarks were given at, which is no place of its own.
    expect(tellsPlace('The footnote places the remarks at a public meeting of the NSCAI', 'place')).toBe(false);
    expect(tellsPlace('The footnote places the remarks at a public meeting of the NSCAI', 'occasion')).toBe(true);
    expect(tellsPlace('据脚注，该讲话发表于美国人工智能国家安全委员会的公开会议', 'occasion')).toBe(true);
  });

  it('reads a text in the question\'s language, and takes no place the question names as telling where', () => {
    const question = '巴厘岛会晤之后，中美首次人工智能磋商在何处举行？';
    expect(tellsPlace('两国元首在巴厘岛会晤', 'place', question)).toBe(false);
    expect(tellsPlace('The leaders met in Bali', 'place', question)).toBe(false);
    expect(tellsPlace('双方在日内瓦举行磋商', 'place', question)).toBe(true);
  });
});
