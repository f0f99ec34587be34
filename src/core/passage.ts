import { z } from 'zod';
import { bilingualSchema, INDICATORS } from './policy-item.js';

/** A paragraph of a source document (first: the seed paper), citable on its own. */
export const passageRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  section: bilingualSchema,
  kind: z.enum(['abstract', 'body', 'conclusion', 'english-abstract']),
  text: z.string().trim().min(1),
  /** Our own one- or two-sentence rendering of the paragraph in both languages, for retrieval and answers. */
  gloss: bilingualSchema,
  /** Search terms in either language the paragraph is about. */
  keywords: z.array(z.string().trim().min(1)).default([]),
  /** The indicators of the paper's framework that the paragraph sets out as criteria, when it does. */
  indicators: z.array(z.enum(INDICATORS)).optional(),
});

export const sourceDocumentSchema = z.strictObject({
  document: z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: bilingualSchema,
    authors: bilingualSchema,
  }),
  passages: z.array(passageRecordSchema).min(1),
});

export type SourceDocument = z.infer<typeof sourceDocumentSchema>;
export type Passage = z.infer<typeof passageRecordSchema> & { documentId: string };
