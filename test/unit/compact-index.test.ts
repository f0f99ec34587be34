import { describe, expect, it } from 'vitest';
import { CompactIndex, type DocumentInput } from '../../src/search/compact-index.js';
import { createWeightTable } from '../../src/search/postings-writer.js';
import type { TermSink } from '../../src/search/text-tokens.js';

const BOOSTS = [3, 0.6];

/** A field sending its terms as strings, and Chinese ones (two characters) as a pair in a longer run. */
const field = (terms: readonly string[]) => (sink: TermSink): void => {
  for (const term of terms) {
    if (/^\p{Script=Han}{2}$/u.test(term)) sink.pair(`的${term}`, 1);
    else sink.term(term);
  }
};

/** Deterministic documents: two fields of terms drawn from a small vocabulary, so terms repeat within and across documents. */
function randomDocs(count: number): Array<{ id: string; fields: string[][] }> {
  const vocabulary = [...Array.from({ length: 400 }, (_, i) => `w${i}`), '中国', '芯片', '出口', '管制'];
  let state = 11;
  const next = (n: number): number => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state % n;
  };
  // Skewed towards the first words, so some terms reach hundreds of documents and others a handful.
  const word = (): string => vocabulary[Math.min(next(vocabulary.length), next(vocabulary.length))] as string;
  return Array.from({ length: count }, (_, i) => ({ id: `d${i}`, fields: [Array.from({ length: 1 + next(40) }, word), Array.from({ length: next(120) }, word)] }));
}

const inputs = (docs: ReturnType<typeof randomDocs>): DocumentInput[] => docs.map(({ id, fields }) => ({ id, fields: fields.map(field) }));

/**
 * Each term's weight in each document by the rule the index keeps: a field's boost for the first occurrence, boost / (1 + r)
 * for the r-th repeat; a term in more than 32 documents keeps its weights as 32-bit floats, and from its 33rd document
 * on each sum is rounded to one as it is made.
 */
function expectedWeights(docs: ReturnType<typeof randomDocs>): Map<string, number[]> {
  const weights = new Map<string, number[]>();
  for (const { fields } of docs) {
    const inDoc = new Map<string, { weight: number; repeats: number }>();
    fields.forEach((terms, f) => {
      for (const term of terms) {
        const list = weights.get(term) ?? [];
        weights.set(term, list);
        const rounded = list.length + (inDoc.has(term) ? 0 : 1) > 32 ? Math.fround : (x: number) => x;
        const seen = inDoc.get(term);
        if (seen) seen.weight = rounded(seen.weight + (BOOSTS[f] as number) / (1 + ++seen.repeats));
        else inDoc.set(term, { weight: rounded(BOOSTS[f] as number), repeats: 0 });
      }
    });
    for (const [term, { weight }] of inDoc) (weights.get(term) as number[]).push(weight);
  }
  for (const list of weights.values()) if (list.length > 32) list.forEach((w, i) => { list[i] = Math.fround(w); });
  return weights;
}

describe('compact index', () => {
  it('weighs each repeat of a term in a document less, by the boost of its field', () => {
    const index = new CompactIndex(BOOSTS.map((boost) => ({ boost })));
    index.add([{ id: 'a', fields: [field(['x', 'x', 'x']), field(['x', 'y'])] }]);
    expect(index.weightIn(0, 'x')).toBeCloseTo(3 + 3 / 2 + 3 / 3 + 0.6 / 4, 12);
    expect(index.weightIn(0, 'y')).toBe(0.6);
  });

  // 1,500 documents make about 100,000 entries: a batch is appended part by part.
  it('holds the same weights whether documents come in one batch or one at a time', () => {
    const docs = randomDocs(1500);
    const batched = new CompactIndex(BOOSTS.map((boost) => ({ boost })));
    batched.add(inputs(docs));
    const single = new CompactIndex(BOOSTS.map((boost) => ({ boost })));
    for (const input of inputs(docs)) single.add([input]);
    for (const [term, weights] of expectedWeights(docs)) {
      const holders = docs.map((doc, n) => (doc.fields.some((terms) => terms.includes(term)) ? n : -1)).filter((n) => n >= 0);
      for (const index of [batched, single]) {
        expect(index.documentFrequency(term)).toBe(weights.length);
        expect(holders.map((n) => index.weightIn(n, term)), term).toEqual(weights);
      }
    }
  });

  it('finds a Chinese pair however it was sent, and a replaced document only in its new version', () => {
    const index = new CompactIndex(BOOSTS.map((boost) => ({ boost })));
    index.add([{ id: 'a', fields: [(sink) => sink.term('中国'), field([])] }, { id: 'b', fields: [(sink) => sink.pair('美中国', 1), field([])] }]);
    expect(index.documentFrequency('中国')).toBe(2);
    index.add([{ id: 'a', fields: [field(['芯片']), field([])] }]);
    expect(index.numberOf('a')).toBe(2);
    expect(index.contains(2, '芯片') && !index.contains(2, '中国')).toBe(true);
    expect(index.documentCount).toBe(2);
  });

  // Entries keep a document number's low 16 bits: numbers from 65,536 on must come back whole.
  it('finds, weighs and scores documents numbered past 65,536', () => {
    const index = new CompactIndex(BOOSTS.map((boost) => ({ boost })));
    const count = 140_000;
    index.add(Array.from({ length: count }, (_, n) => ({
      id: `d${n}`,
      fields: [field(n % 7 === 0 ? ['common', 'seventh'] : ['common']), field(n === 65_535 || n === 65_536 || n === 131_073 ? ['rare', 'rare'] : [])],
    })));
    expect(index.documentFrequency('seventh')).toBe(20_000);
    expect(index.weightIn(131_068, 'seventh')).toBe(3);
    expect(index.weightIn(131_069, 'seventh')).toBe(0);
    expect(index.weightIn(65_536, 'rare')).toBeCloseTo(0.6 + 0.6 / 2, 6);
    expect(index.weightIn(65_537, 'rare')).toBe(0);
    expect(index.search(new Map([['rare', 1]]), 5, () => true).map(([doc]) => doc).sort((a, b) => a - b)).toEqual([65_535, 65_536, 131_073]);
    const marked = new Uint8Array(index.capacity);
    index.markDocs('seventh', marked);
    expect(marked.reduce((sum, x) => sum + x, 0)).toBe(20_000);
    expect(marked[139_993]).toBe(1);
    expect(index.liveDocsWith('seventh', 20_000).at(-1)).toBe(139_993);
  });

  it('gives each distinct weight one code, and past 65,536 of them the closest kept', () => {
    const table = createWeightTable();
    expect(table.code(0.5)).toBe(table.code(0.5));
    for (let i = 1; table.values.length < 65_536; i++) table.code(i);
    expect(table.values[table.code(100.2)]).toBe(100);
    expect(table.values.length).toBe(65_536);
  });
});
