import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataDir } from '../../src/config/paths.js';
import { CuratedDataError, loadCuratedData } from '../../src/ingest/curated-data.js';
import { tempDir } from '../support/temp-store.js';

let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** A copy of data/ with sources.json changed by `edit`. */
function dataWith(edit: (sources: any) => void): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  cpSync(dataDir(), dir, { recursive: true });
  const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
  edit(sources);
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(sources));
  return dir;
}

const problemsOf = (dir: string): string[] => {
  try {
    loadCuratedData(dir);
  } catch (error) {
    if (error instanceof CuratedDataError) return error.problems;
    throw error;
  }
  return [];
};

describe('data/sources.json', () => {
  it('loads with the rest of data/: watches of the agencies the brief names, each mapped to actors of the alias table', () => {
    const data = loadCuratedData(dataDir());
    const agencies = data.sources.watches.flatMap((watch) => watch.agencies);
    for (const slug of ['industry-and-security-bureau', 'treasury-department', 'foreign-assets-control-office', 'executive-office-of-the-president',
      'defense-department', 'state-department', 'commerce-department']) expect(agencies).toContain(slug);
    for (const [slug, actors] of Object.entries(data.sources.agencyActors)) {
      for (const actor of actors) expect(data.aliases.get(actor)?.kind, `${slug} → ${actor}`).toBe('actor');
    }
    expect(data.aliases.resolve('OFAC')).toEqual(['ofac']);
    expect(data.aliases.resolve('海外资产控制办公室')).toEqual(['ofac']);
    expect(data.aliases.withDescendants('treasury')).toEqual(['treasury', 'ofac', 'treasury-investment-security']);
  });

  it('is rejected whole, with the path of each error', () => {
    const problems = problemsOf(dataWith((sources) => {
      sources.watches[0].types = ['RULE', 'MEMO'];
      sources.watches[1].startDate = '2025-02-30';
      sources.relevance[1].words.push('');
    }));
    expect(problems).toEqual([
      expect.stringMatching(/sources\.json at watches\.0\.types\.1: Invalid option: expected one of "RULE"\|"PRORULE"\|"NOTICE"\|"PRESDOCU"$/),
      expect.stringMatching(/sources\.json at watches\.1\.startDate: expected a real date as YYYY-MM-DD$/),
      expect.stringMatching(/sources\.json at relevance\.1\.words\.12: must not be empty$/),
    ]);
    // Once the shape is right, what refers elsewhere is checked: watch ids, agencies without actors, unknown actors and targets.
    expect(problemsOf(dataWith((sources) => {
      sources.watches.push({ ...sources.watches[2] });
      delete sources.agencyActors['state-department'];
    }))).toEqual([
      expect.stringMatching(/sources\.json at watches\.3\.agencies\.2: state-department has no entry in agencyActors$/),
      expect.stringMatching(/sources\.json at watches\.4\.id: duplicate watch id presidential-documents$/),
    ]);
    expect(problemsOf(dataWith((sources) => {
      sources.agencyActors['treasury-department'] = ['treasury-dept'];
      sources.relevance[0].targets.push('bytedance');
    }))).toEqual([
      expect.stringMatching(/sources\.json at agencyActors\.treasury-department\.0: treasury-dept is not an actor in data\/aliases\.json$/),
      expect.stringMatching(/sources\.json at relevance\.0\.targets\.10: bytedance is not a target in data\/aliases\.json$/),
    ]);
  });
});
