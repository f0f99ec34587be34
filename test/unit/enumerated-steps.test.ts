import { describe, expect, it } from 'vitest';
import { enumeratedSteps, SEQUENCE_BREAK, withoutStepDate } from '../../src/search/enumerated-steps.js';

describe('the steps a question names one by one', () => {
  it('opens the steps at a colon, a bracket or a dash between spaces', () => {
    const question = 'December 2021 looked busy. What happened in what order - the democracy summit, the export-control pledge, the SenseTime listing, the SMIC tool fight?';
    expect(enumeratedSteps(question, SEQUENCE_BREAK)).toEqual({ context: 'December 2021 looked busy. What happened in what order',
      steps: ['the democracy summit', 'the export-control pledge', 'the SenseTime listing', 'the SMIC tool fight?'] });
    expect(enumeratedSteps('DJI: 2018 Pentagon ban → waiver buys → Interior grounding')?.steps).toEqual(['2018 Pentagon ban', 'waiver buys', 'Interior grounding']);
    // A hyphen inside a word opens nothing.
    expect(enumeratedSteps('the US-EU council, the export-control pledge, the summit', SEQUENCE_BREAK)?.context).toBe('');
  });

  it('keeps the date of a question that ends before its steps begin, and drops the date of one step', () => {
    const year = { from: '2019', to: '2019' };
    expect(withoutStepDate('so the trump admin\'s AI moves in 2019, in order? state of the union → the EO → ... what came after', year)).toEqual(year);
    expect(withoutStepDate('DJI: 2018 Pentagon ban → waiver buys → Interior grounding', { from: '2018', to: '2018' })).toEqual({});
    // A clause before the first step is the question's own, and so is its date.
    const day = { from: '2019-10-07', to: '2019-10-07' };
    expect(withoutStepDate('2019.10.7实体清单8家中，除海康、大华、美亚柏科、依图外其余4家为何？', day)).toEqual(day);
  });
});
