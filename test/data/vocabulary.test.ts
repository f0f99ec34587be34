import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vocabularySchema } from '../../src/core/vocabulary.js';
import { aliasTableSchema } from '../../src/core/policy-item.js';
import { dataDir } from '../../src/config/paths.js';
import { questionWords } from '../../src/search/text-tokens.js';

const vocabulary = vocabularySchema.parse(JSON.parse(readFileSync(join(dataDir(), 'vocabulary.json'), 'utf8')));

describe('data/vocabulary.json', () => {
  it('has synonym keys the tokenizer can produce from a question, each a single word', () => {
    for (const key of Object.keys(vocabulary.synonyms)) {
      const words = questionWords(key).map((w) => w.text);
      expect(words, key).toEqual([key]);
    }
  });

  it('names sorts of body that entries of data/aliases.json have, each word once', () => {
    const entries = aliasTableSchema.parse(JSON.parse(readFileSync(join(dataDir(), 'aliases.json'), 'utf8')));
    for (const sort of Object.keys(vocabulary.sorts)) expect(entries.some((entry) => entry.sort === sort), sort).toBe(true);
    const words = Object.values(vocabulary.sorts).flat().map((w) => w.toLowerCase());
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  it('names each word of a quantity once', () => {
    const words = Object.values(vocabulary.measures).flat().map((w) => w.toLowerCase());
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  it('names every instrument phrase once', () => {
    const phrases = Object.values(vocabulary.instruments).flat().map((p) => p.toLowerCase());
    const repeated = phrases.filter((p, i) => phrases.indexOf(p) !== i);
    expect(repeated).toEqual([]);
  });

  it('names the paper\'s authors by the names the paper gives them', () => {
    const paper = JSON.parse(readFileSync(join(dataDir(), 'paper', 'passages.json'), 'utf8')) as { document: { authors: { en: string; zh: string } } };
    // Each name holds a surname or a full name of an author, as the paper writes them.
    const names = [...paper.document.authors.en.split(/\s+and\s+/u), ...paper.document.authors.zh.split('、')];
    const surnames = [...names.map((name) => name.split(/\s+/u)[0] as string), ...paper.document.authors.zh.split('、').map((name) => name.slice(0, 1))];
    for (const name of vocabulary.authors) expect(names.some((n) => name.includes(n)) || surnames.some((s) => name.includes(s)), name).toBe(true);
  });
});
