import { describe, expect, it } from 'vitest';
import { askApp, ids } from '../support/ask-app.js';

const { ask } = askApp('story-ends');

describe('a story told between two undated steps', () => {
  it('reads each end as the step on the name the story follows', async () => {
    // "The Pentagon's initial prohibition" alone meets the 2019 executive order as well as the DJI ban: of DJI, it is the ban.
    const dji = await ask('Please set out, in chronological order, the measures US agencies took with respect to DJI drones, '
      + 'from the Pentagon\'s initial prohibition through the Interior Department\'s grounding order.');
    expect(ids(dji).slice(0, 4)).toEqual(['2018-05-23-defense-bans-dji-drones', '2018-08-navy-dji-waiver-purchase',
      '2018-11-air-force-dji-waiver-purchase', '2020-01-interior-grounds-dji-drones']);
  });

  it('stops a story at the dated event that ends it, not at the end of that year, unless the story goes on', async () => {
    const restraint = await ask('自2016年沃克表态至2021年人工智能国家安全委员会最终报告，美国防部关于军事自我克制之表态如何演进？');
    expect(ids(restraint)).toContain('2021-03-01-nscai-final-report-others-restraint');
    expect(restraint.citations.every((c) => c.date === undefined || c.date <= '2021-03-01'), ids(restraint).join(' ')).toBe(true);
    const further = await ask('从2019年底埃斯珀讲话，到2021年4月沃克、格罗恩的记者会，再到同年9月希克斯讲话，五角大楼对华AI的说法是怎么演变的？');
    expect(ids(further)).toContain('2021-09-08-hicks-ai-strategic-forces');
  });

  it('tells a day\'s reported remarks before an item that only records that the paper cites someone that day', async () => {
    const alliance = await ask('2021年间美方构建所谓“科技民主联盟”之进程，自夏至冬依次为何？');
    expect(ids(alliance)).toContain('2021-07-13-blinken-nscai-summit-ai-human-rights');
    expect(ids(alliance)).not.toContain('2021-07-13-sullivan-nscai-summit-remarks');
  });
});
