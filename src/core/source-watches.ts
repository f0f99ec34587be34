import { z } from 'zod';
import { INSTRUMENTS, isValidPartialDate } from './policy-item.js';

/*
 * data/sources.json: which Federal Register documents the bot watches, when one is relevant, which instrument it is,
 * and which of our actors each agency is. Words live here, not in code, so an analyst can tune them.
 */

export const FEDERAL_REGISTER_TYPES = ['RULE', 'PRORULE', 'NOTICE', 'PRESDOCU'] as const;
export type FederalRegisterType = (typeof FEDERAL_REGISTER_TYPES)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug (a-z, 0-9, hyphens)');
const word = z.string().trim().min(1, 'must not be empty');
const day = z.string().refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isValidPartialDate(value), 'expected a real date as YYYY-MM-DD');

export const watchSchema = z.strictObject({
  id: slug,
  /** Federal Register agency slugs, as the API spells them (industry-and-security-bureau). */
  agencies: z.array(slug).min(1, 'name at least one agency'),
  /** Search terms; a document matching any of them is fetched (the API searches its full text). */
  terms: z.array(word).min(1, 'name at least one term'),
  types: z.array(z.enum(FEDERAL_REGISTER_TYPES)).min(1, 'name at least one document type'),
  /** Documents published from this day on; the watch's cursor moves on from here. */
  startDate: day,
});

/** One way a document can be relevant: its title or abstract uses one of the words, or names one of the targets. */
export const relevanceRuleSchema = z.strictObject({
  id: slug,
  /** What the rule looks for, as a skipped document's reason says it. */
  describe: word,
  /** Matched as whole words, ignoring case, except words written in capitals (AI, PRC), which must match exactly. */
  words: z.array(word).default([]),
  /** Alias-table targets whose names (and aliases) count as mentions. */
  targets: z.array(slug).default([]),
});

/** The first rule whose words appear in one of its fields gives the instrument; none: `other`. */
export const instrumentRuleSchema = z.strictObject({
  instrument: z.enum(INSTRUMENTS),
  /** Presidential documents with an executive order number. */
  executiveOrder: z.boolean().default(false),
  words: z.array(word).default([]),
  fields: z.array(z.enum(['title', 'action', 'abstract'])).default(['title', 'action', 'abstract']),
  /** Only documents of these API types ("Rule", "Proposed Rule", "Notice", "Presidential Document"); empty: any. */
  documentTypes: z.array(word).default([]),
});

export const sourcesConfigSchema = z.strictObject({
  about: z.string().optional(),
  watches: z.array(watchSchema).min(1, 'define at least one watch'),
  /** A document is relevant when any rule matches. */
  relevance: z.array(relevanceRuleSchema).min(1, 'define at least one relevance rule'),
  instruments: z.array(instrumentRuleSchema).default([]),
  /** Federal Register agency slug → our actor ids (the first is the agency itself, then its parents if wanted). */
  agencyActors: z.record(slug, z.array(slug).min(1, 'name at least one actor')),
}).superRefine((config, context) => {
  const seen = new Set<string>();
  config.watches.forEach((watch, index) => {
    if (seen.has(watch.id)) context.addIssue({ code: 'custom', path: ['watches', index, 'id'], message: `duplicate watch id ${watch.id}` });
    seen.add(watch.id);
    watch.agencies.forEach((agency, at) => {
      if (!config.agencyActors[agency]) {
        context.addIssue({ code: 'custom', path: ['watches', index, 'agencies', at], message: `${agency} has no entry in agencyActors` });
      }
    });
  });
});

export type Watch = z.infer<typeof watchSchema>;
export type RelevanceRule = z.infer<typeof relevanceRuleSchema>;
export type InstrumentRule = z.infer<typeof instrumentRuleSchema>;
export type SourcesConfig = z.infer<typeof sourcesConfigSchema>;
