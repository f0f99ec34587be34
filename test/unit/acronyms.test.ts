import { describe, expect, it } from 'vitest';
import { createAcronymTable } from '../../src/search/acronyms.js';

describe('acronyms the store spells out in its keywords', () => {
  const table = createAcronymTable();
  table.add(['nuclear command and control', 'Communist Chinese military companies', 'AI Next', 'Chinese military companies list']);
  const unknown = (): boolean => false;

  it('spells an acronym beside it, a letter said twice written with its count (C2), a run of a keyword\'s words too', () => {
    expect(table.spell("Shanahan's 'no AI in NC2' line", unknown)).toBe("Shanahan's 'no AI in NC2 (nuclear command and control)' line");
    expect(table.spell("Xiaomi's CMC listing", unknown)).toBe("Xiaomi's CMC (chinese military companies) listing");
    const control = createAcronymTable();
    control.add(['nuclear command and control']);
    expect(control.spell('no AI in C2', unknown)).toBe('no AI in C2 (command and control)');
    // Some acronyms keep the small words' initials: SOTU.
    const speech = createAcronymTable();
    speech.add(['State of the Union']);
    expect(speech.spell('dates of the SOTU', unknown)).toBe('dates of the SOTU (state of the union)');
  });

  it('leaves an acronym the store knows, one spelled out already, and one no keyword spells', () => {
    expect(table.spell('the NC2 rule', () => true)).toBe('the NC2 rule');
    expect(table.spell('CMC（军工企业清单）', unknown)).toBe('CMC（军工企业清单）');
    expect(table.spell('the CFIUS review', unknown)).toBe('the CFIUS review');
  });

  it('reads no acronym two phrases share', () => {
    const shared = createAcronymTable();
    shared.add(['military command center', 'modern computing cluster', 'command and control', 'Cyber Command']);
    expect(shared.spell('no AI in C2', unknown)).toBe('no AI in C2');
    expect(shared.spell('the MCC of 2020', unknown)).toBe('the MCC of 2020');
    shared.add(['multi cloud computing']);
    expect(shared.spell('an MC2 rule', unknown)).toBe('an MC2 rule');
  });

  it('tells which acronyms the store spells in several ways: no name it lacks', () => {
    const shared = createAcronymTable();
    shared.add(['command and control', 'Cyber Command', 'nuclear command and control']);
    expect(shared.ambiguous("no AI in nuke C2, and NC2's rule", unknown)).toEqual(['c2']);
    expect(shared.ambiguous('no AI in C2', () => true)).toEqual([]);
    expect(shared.ambiguous('the CFIUS review', unknown)).toEqual([]);
  });
});
