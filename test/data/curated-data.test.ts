import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/config/paths.js';
import { loadCuratedData } from '../../src/ingest/curated-data.js';
import { verbatimProblem } from '../support/verbatim.js';

const data = loadCuratedData(dataDir());

describe('curated data in data/', () => {
  it('validates with the ingest schema and holds well over 50 items', () => {
    expect(data.items.length).toBeGreaterThan(50);
  });

  it('has unique item ids and ids that start with the item date', () => {
    const ids = data.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of data.items) expect(item.id.startsWith(`${item.date}-`), item.id).toBe(true);
  });

  it('uses only actors, people and targets from the alias table, each of the right kind', () => {
    const problems: string[] = [];
    for (const item of data.items) {
      for (const [field, kind] of [['actors', 'actor'], ['people', 'person'], ['targets', 'target']] as const) {
        for (const ref of item[field]) {
          if (data.aliases.get(ref)?.kind !== kind) problems.push(`${item.id}: ${field} ${ref}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has alias entries with unique ids, parents that exist, and Chinese names', () => {
    const ids = data.aliases.entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of data.aliases.entries) {
      if (entry.parent) expect(data.aliases.get(entry.parent), `${entry.id} parent`).toBeDefined();
      expect(/\p{Script=Han}/u.test(entry.name.zh), `${entry.id} Chinese name`).toBe(true);
    }
  });

  it('grounds every item in a passage that occurs verbatim in the seed paper', () => {
    const problems: string[] = [];
    for (const item of data.items) {
      item.passages.forEach((passage, index) => {
        const problem = verbatimProblem(passage.text);
        if (problem) problems.push(`${item.id} passages.${index}: ${problem}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('splits the paper itself into verbatim passages covering every section', () => {
    expect(data.passages.length).toBeGreaterThan(40);
    const problems = data.passages.flatMap((p) => {
      const problem = verbatimProblem(p.text);
      return problem ? [`${p.id}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
    const sections = new Set(data.passages.map((p) => p.section.zh.split(' / ')[0] ?? ''));
    for (const heading of ['一、', '二、', '三、', '四、', '五、', '结']) {
      expect([...sections].some((s) => s.startsWith(heading)), heading).toBe(true);
    }
  });

  // Answers write dates as the renderer does ("July 13, 2021"): an English summary in another order would mix the two.
  it('writes full dates in English text as Month D, YYYY', () => {
    const dayFirst = /\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/u;
    const texts = [...data.items.map((item) => [item.id, item.title.en, item.summary.en, item.reading?.argument.en ?? ''] as const),
      ...data.passages.map((passage) => [passage.id, passage.gloss.en] as const)];
    expect(texts.filter(([, ...fields]) => fields.some((text) => dayFirst.test(text))).map(([id]) => id)).toEqual([]);
  });

  it('gives every item a source, or a note saying the paper gives none', () => {
    const bare = data.items.filter((item) => item.sources.length === 0 && !/cites no source|gives no source|no footnote/i.test(item.notes ?? ''));
    expect(bare.map((item) => item.id)).toEqual([]);
  });

  it('uses the administration in office on the item date for US actions', () => {
    const wrong = data.items.filter((item) => {
      if (item.administration === 'other' || item.date.length < 10) return false;
      const expected = item.date < '2017-01-20' ? 'obama' : item.date < '2021-01-20' ? 'trump' : 'biden';
      return item.administration !== expected;
    });
    expect(wrong.map((item) => `${item.id}: ${item.administration}`)).toEqual([]);
  });

  it('holds the paper\'s 68 items, each from the paper with its reading', () => {
    expect(data.items).toHaveLength(68);
    const notFromPaper = data.items.filter((item) => item.provenance.kind !== 'paper' || item.provenance.documentId !== 'zhu-chen-us-ai-policy' || !item.reading);
    expect(notFromPaper.map((item) => item.id)).toEqual([]);
  });
});
