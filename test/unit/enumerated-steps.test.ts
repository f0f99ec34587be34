import { describe, expect, it } from 'vitest';
import { enumeratedSteps, SEQUENCE_BREAK } from '../../src/search/enumerated-steps.js';

describe('the steps a question names one by one', () => {
  it('opens the steps at a colon, a bracket or a dash between spaces', () => {
    const question = 'December 2021 looked busy. What happened in what order - the democracy summit, the export-control pledge, the SenseTime listing, the SMIC tool fight?';
    expect(enumeratedSteps(question, SEQUENCE_BREAK)).toEqual({ context: 'December 2021 looked busy. What happened in what order',
      steps: ['the democracy summit', 'the export-control pledge', 'the SenseTime listing', 'the SMIC tool fight?'] });
    expect(enumeratedSteps('DJI: 2018 Pentagon ban → waiver buys → Interior grounding')?.steps).toEqual(['2018 Pentagon ban', 'waiver buys', 'Interior grounding']);
    // A hyphen inside a word opens nothing.
    expect(enumeratedSteps('the US-EU council, the export-control pledge, the summit', SEQUENCE_BREAK)?.context).toBe('');
  });
});
