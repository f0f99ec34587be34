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
});
