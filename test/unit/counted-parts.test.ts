import { describe, expect, it } from 'vitest';
import { enumerates, partsAsked } from '../../src/core/counted-parts.js';

describe('a counted set of parts', () => {
  it('reads the count a question asks for in either language', () => {
    expect(partsAsked('the three ways US policy analysts think military AI makes the security dilemma worse')).toBe(3);
    expect(partsAsked('文章认为AI军事应用会从哪三个方面加剧安全困境？')).toBe(3);
    expect(partsAsked("the paper's 3 markers of power-maximizing behaviour")).toBe(3);
    expect(partsAsked('What did Esper say in 2019?')).toBeUndefined();
  });

  it('finds a text that names the count or counts its parts off in order', () => {
    expect(enumerates('美国政策界认为它将在三方面加剧安全困境的程度。', 3)).toBe(true);
    expect(enumerates('第一，……。第二，……。第三，……。', 3)).toBe(true);
    expect(enumerates('第一，……。第二，……。', 3)).toBe(false);
    expect(enumerates('US policy circles see military AI worsening it three ways', 3)).toBe(true);
  });
});
