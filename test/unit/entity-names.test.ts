import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/config/paths.js';
import { loadCuratedData } from '../../src/ingest/curated-data.js';
import { findEntities, understandQuestion } from '../../src/search/understand-question.js';

const { aliases, vocabulary } = loadCuratedData(dataDir());
const found = (text: string): string[] => findEntities(text, aliases).map((e) => e.id);

describe('names in a question', () => {
  it('reads a surname that is also a common word as the person only as written with its capital', () => {
    expect(found("Work's 2016 'no lethal decisions to machines' line")).toContain('robert-work');
    expect(found('What did Work and Groen say in April 2021?')).toEqual(expect.arrayContaining(['robert-work', 'michael-groen']));
    expect(found('Work in 2016 said the US won\'t let machines make lethal decisions')).toContain('robert-work');
    expect(found('时间线：从 Work 2016 年讲到 NSCAI 最终报告')).toContain('robert-work');
    expect(found('How does work on AI standards proceed?')).not.toContain('robert-work');
    expect(found('Work on AI standards: what did NIST do?')).not.toContain('robert-work');
    expect(found("What was the West's response?")).not.toContain('darrell-west');
  });

  it('reads "Defense" and "State" as departments when joined to another department or body, not alone', () => {
    expect(found('How did Commerce and Defense differ on the Huawei rule?')).toEqual(expect.arrayContaining(['commerce', 'defense']));
    expect(found('State/Defense on stigmatizing China')).toEqual(expect.arrayContaining(['state', 'defense']));
    expect(found('What did Trump say in the State of the Union about defense?')).toEqual(['donald-trump']);
    // Joined to another body's name, too.
    expect(found('alliance-building in 2021 (State, DoD, WH)')).toEqual(expect.arrayContaining(['state', 'defense', 'white-house']));
    expect(found('the State of the Union and the Pentagon')).not.toContain('state');
    // OSD is the Pentagon's own office of the Secretary.
    expect(found('what process-node cutoff did OSD want to apply?')).toContain('defense');
    // A government is named by its capital, in either language.
    expect(found('When Washington and Brussels set up their joint trade-and-tech council')).toContain('eu');
    expect(found('柏林的立场')).toContain('germany');
  });

  it('reads the longer of two overlapping names, an article adding no length: "the White House CTO" is Kratsios', () => {
    expect(found('What did the White House CTO say at the OECD?')).toEqual(['michael-kratsios', 'oecd']);
    expect(found('What did the White House do in 2019?')).toEqual(['white-house']);
  });

  it('sets the two sides of "how did X compare with Y" apart, whatever names are joined on one side', () => {
    const understood = understandQuestion('How did Esper\'s Nov 2019 framing of China\'s military AI compare with what Work and Lt. Gen. Groen said in April 2021?', aliases, vocabulary);
    const sides = (understood.sides ?? []).map((i) => understood.entities[i]?.id);
    expect(sides[0]).toBe('mark-esper');
    expect(['robert-work', 'michael-groen']).toContain(sides[1]);
  });

  it('sets two names joined by "and by" against each other, not the name of the matter before them', () => {
    const understood = understandQuestion('With respect to Commerce\'s 10% proposal, how did the objections advanced by the Department of Defense and by the Treasury differ?',
      aliases, vocabulary);
    expect((understood.sides ?? []).map((i) => understood.entities[i]?.id).sort()).toEqual(['defense', 'treasury']);
  });

  it('reads an everyday word in quotes, and what follows 对华, as words, not names the store lacks', () => {
    const groups = understandQuestion('美国政府内部各部门在对华科技措施上“打架”的案例，列一下', aliases, vocabulary).termGroups;
    expect(groups.filter((g) => g.proper).map((g) => g.text)).toEqual([]);
    // A coinage in quotes is still a name.
    const named = understandQuestion('论文怎么看“清洁网络”计划？', aliases, vocabulary).termGroups;
    expect(named.some((g) => g.proper)).toBe(true);
  });

  it('reads a lone capitalised everyday word as an adjective, and a capitalised function word as part of a name', () => {
    const adjective = understandQuestion('Above what share of US-made content were American firms barred from supplying Huawei?', aliases, vocabulary).termGroups;
    expect(adjective.find((g) => g.text === 'american')).toMatchObject({ proper: false });
    expect(adjective.find((g) => g.text === 'american')?.name).toBeUndefined();
    const programme = understandQuestion('AI Next - how much $ and how many projects?', aliases, vocabulary).termGroups;
    expect(programme.find((g) => g.text === 'next')).toMatchObject({ proper: true });
  });
});
