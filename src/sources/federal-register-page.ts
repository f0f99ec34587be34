import { z } from 'zod';

/*
 * One page of GET /api/v1/documents.json as the Federal Register documents it (count, total_pages, next_page_url,
 * results), limited to the fields the watches ask for. A page that does not fit is refused whole.
 */

/** The fields asked for with `fields[]`: what a candidate needs, nothing more. */
export const DOCUMENT_FIELDS = [
  'document_number', 'title', 'type', 'action', 'abstract', 'publication_date', 'signing_date', 'executive_order_number', 'agencies',
  'html_url', 'pdf_url', 'citation',
] as const;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'expected a real date');
const optionalText = z.string().nullable().optional().transform((value) => (value?.trim() ? value.trim() : null));
const httpUrl = z.url({ protocol: /^https?$/ }).nullable().optional().transform((value) => value ?? null);

export const agencySchema = z.object({
  raw_name: z.string().nullable().optional(),
  name: z.string().nullable().optional(),
  id: z.number().nullable().optional(),
  /** Absent for agencies the Federal Register does not list on its own. */
  slug: z.string().nullable().optional(),
  parent_id: z.number().nullable().optional(),
});

export const documentSchema = z.object({
  /** E.g. 2022-21658; corrections carry a prefix (C1-2026-16628). */
  document_number: z.string().trim().regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, 'expected a document number such as 2022-21658'),
  title: z.string().trim().min(1, 'must not be empty'),
  /** "Rule", "Proposed Rule", "Notice", "Presidential Document". */
  type: z.string().trim().min(1, 'must not be empty'),
  action: optionalText,
  abstract: optionalText,
  publication_date: isoDay,
  signing_date: isoDay.nullable().optional().transform((value) => value ?? null),
  executive_order_number: z.union([z.number().int().positive(), z.string().trim().regex(/^\d+$/)]).nullable().optional()
    .transform((value) => (value === null || value === undefined ? null : String(value))),
  agencies: z.array(agencySchema).default([]),
  html_url: httpUrl,
  pdf_url: httpUrl,
  citation: optionalText,
});

export const pageSchema = z.object({
  count: z.number().int().min(0),
  total_pages: z.number().int().min(0).optional(),
  next_page_url: z.url({ protocol: /^https?$/ }).nullable().optional(),
  /** An empty page may leave it out. */
  results: z.array(documentSchema).default([]),
});

export type FederalRegisterDocument = z.infer<typeof documentSchema>;
export type FederalRegisterPage = z.infer<typeof pageSchema>;
