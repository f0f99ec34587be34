import { z } from 'zod';
import { ENTITY_SORTS, INSTRUMENTS, type EntitySort } from './policy-item.js';

/** data/vocabulary.json: how people name instruments, and general synonyms. Validated like every data file. */
export const vocabularySchema = z.strictObject({
  about: z.string().optional(),
  instruments: z.record(z.enum(INSTRUMENTS), z.array(z.string().min(2))),
  /** Instruments that are kinds of a broader one (an Entity List listing is an export control): asking for the broader finds them too. */
  narrower: z.partialRecord(z.enum(INSTRUMENTS), z.array(z.enum(INSTRUMENTS)).min(1)).optional(),
  /** Names of the store's own scope ("Washington", "美方"): they say nothing about which item a question means. */
  scope: z.array(z.string().min(2)),
  /** How questions name the paper's authors ("Zhu & Chen", 朱荣生): they read as "the authors", 作者. */
  authors: z.array(z.string().min(2)).default([]),
  synonyms: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
  /** How people name a sort of body ("think tanks", 智库): asked for the sort, a question meets every entry of it. */
  sorts: z.partialRecord(z.enum(ENTITY_SORTS), z.array(z.string().min(2)).min(1)).default({}),
  /** How people name a quantity ("revenue", 营收): asked how far it moved, a figure answers only beside one of its words. */
  measures: z.record(z.string().min(1), z.array(z.string().min(2)).min(1)).default({}),
});

/** Lookups keyed by user words are Maps, so no word can reach an object's prototype. */
export interface Vocabulary {
  instruments: ReadonlyMap<string, readonly string[]>;
  /** An instrument and the narrower instruments it covers. */
  covers(instrument: string): readonly string[];
  scope: readonly string[];
  /** Names of the paper's authors, longest first. */
  authors: readonly string[];
  synonyms: ReadonlyMap<string, readonly string[]>;
  sorts: ReadonlyMap<EntitySort, readonly string[]>;
  measures: ReadonlyMap<string, readonly string[]>;
}

export function createVocabulary(data: z.infer<typeof vocabularySchema>): Vocabulary {
  const narrower = new Map<string, readonly string[]>(Object.entries(data.narrower ?? {}));
  return {
    instruments: new Map(Object.entries(data.instruments)),
    covers: (instrument) => [instrument, ...(narrower.get(instrument) ?? [])],
    scope: [...data.scope].sort((a, b) => b.length - a.length),
    authors: [...data.authors].sort((a, b) => b.length - a.length),
    synonyms: new Map(Object.entries(data.synonyms)),
    sorts: new Map(Object.entries(data.sorts) as Array<[EntitySort, string[]]>),
    measures: new Map(Object.entries(data.measures)),
  };
}
