import { describe, expect, it } from 'vitest';
import { placeAsked, tellsPlace } from '../../src/core/place-asked.js';

describe('where something was held', () => {
  it('reads a question for a place in either language', () => {
    expect(placeAsked('Which city hosted the first TTC ministerial?')).toBe(true);
    expect(placeAsked('2021年12月那场“民主峰会”是线上开的还是在华盛顿哪个地方开的？')).toBe(true);
    expect(placeAsked('美欧TTC第一次部长级会议是在哪个城市开的？')).toBe(true);
    // A word may stand between which and city.
    expect(placeAsked('In which American city was the first TTC ministerial held?')).toBe(true);
    expect(placeAsked('Which Chinese companies were listed?')).toBe(false);
    expect(placeAsked('When was the TTC set up?')).toBe(false);
  });

  it('finds a place told in a text, and none in a date alone', () => {
    expect(tellsPlace('Blinken spoke at the NSCAI Global Emerging Technology Summit')).toBe(false);
    expect(tellsPlace('The ministers met in Pittsburgh on September 29')).toBe(true);
    expect(tellsPlace('布林肯在全球新兴技术峰会上发言')).toBe(true);
    expect(tellsPlace('2021年9月29日，布林肯率团赴欧创立美欧贸易和技术委员会')).toBe(false);
  });
});
