import { z } from 'zod';
import { ADMINISTRATIONS, termsOf } from './administrations.js';

/** Calendar-checked ISO date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDateSchema = z.string().refine(isValidPartialDate, {
  message: 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD',
});

export function isValidPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(match[1]), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

export { ADMINISTRATIONS } from './administrations.js';
export const INSTRUMENTS = [
  'executive-order', 'budget', 'entity-list', 'investment-ban', 'export-control', 'procurement-ban',
  'alliance-forum', 'international-principles', 'military-program', 'strategy-document', 'statement',
  'report', 'other',
] as const;
export const DRIVERS = ['power', 'security', 'mixed'] as const;
export const POWER_INDICATORS = ['hegemony-prestige', 'ideologization', 'rule-making'] as const;
export const SECURITY_INDICATORS = [
  'stability', 'restraint-accident-prevention', 'innovation-supply-stability',
] as const;
export const INDICATORS = [...POWER_INDICATORS, ...SECURITY_INDICATORS] as const;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug (a-z, 0-9, hyphens)');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
export const bilingualSchema = z.strictObject({ en: nonEmpty, zh: nonEmpty });

export const itemIdSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}){0,2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug starting with the item date, e.g. 2019-10-07-bis-entity-list')
  .brand<'ItemId'>();
export type ItemId = z.infer<typeof itemIdSchema>;

export const passageSchema = z.strictObject({
  /** Source document id, e.g. the seed paper `zhu-chen-2023`. */
  documentId: slug,
  /** Section heading as the document prints it. */
  section: nonEmpty,
  /** Verbatim text, joined across line breaks, without footnote text. */
  text: nonEmpty,
});

export const sourceSchema = z.strictObject({
  title: nonEmpty,
  publisher: nonEmpty.nullable(),
  /** As the footnote prints it, normalised to ISO where the footnote is unambiguous. */
  date: nonEmpty.nullable(),
  /** http(s) only: sources become links in chat. */
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).nullable(),
});

export const readingSchema = z.strictObject({
  driver: z.enum(DRIVERS),
  indicators: z.array(z.enum(INDICATORS)).min(1, 'name at least one indicator'),
  /** The paper section whose argument gives this reading. */
  section: bilingualSchema,
  /** One sentence on how the paper argues it. */
  argument: bilingualSchema,
});

export const PROVENANCE_KINDS = ['paper', 'federal-register', 'analyst'] as const;
export type ProvenanceKind = (typeof PROVENANCE_KINDS)[number];

/** Where an item comes from: the seed paper, a Federal Register document, or an analyst's own entry. */
export const provenanceSchema = z.strictObject({
  kind: z.enum(PROVENANCE_KINDS),
  /** The source document: the paper's id, a Federal Register document number; null for an analyst's note. */
  documentId: nonEmpty.nullable().default(null),
});

/** How the Chinese title and summary came to be: written by a person, machine-translated, or not yet there. */
export const TRANSLATION_STATES = ['human', 'machine', 'pending'] as const;

const policyItemFields = z.strictObject({
  id: itemIdSchema,
  date: partialDateSchema,
  administration: z.enum(ADMINISTRATIONS),
  actors: z.array(slug).min(1, 'name at least one actor'),
  people: z.array(slug).default([]),
  targets: z.array(slug).default([]),
  instrument: z.enum(INSTRUMENTS),
  title: bilingualSchema,
  summary: bilingualSchema,
  /** Items without one were entered by an analyst: hand-written files predate provenance. */
  provenance: provenanceSchema.default({ kind: 'analyst', documentId: null }),
  /** The paper's reading (or a reviewer's); absent where nobody has made one. */
  reading: readingSchema.optional(),
  /** What grounds the item: the paper's passage, or the source document's own abstract. */
  passages: z.array(passageSchema).default([]),
  translation: z.enum(TRANSLATION_STATES).default('human'),
  sources: z.array(sourceSchema).default([]),
  /** Free-text keywords and synonyms that help retrieval (e.g. "Section 301", "blacklist"). */
  keywords: z.array(nonEmpty).default([]),
  /** Caveats: garbled or contradictory values in the source, dates taken from a footnote, no source given. */
  notes: nonEmpty.optional(),
});

export const policyItemSchema = policyItemFields.superRefine((item, context) => {
  if (item.provenance.kind === 'paper') {
    if (!item.reading) context.addIssue({ code: 'custom', path: ['reading'], message: "an item from the paper carries the paper's reading" });
    if (item.passages.length === 0) context.addIssue({ code: 'custom', path: ['passages'], message: 'ground the item in at least one passage of the paper' });
  }
  if (item.provenance.kind !== 'analyst' && item.provenance.documentId === null) {
    context.addIssue({ code: 'custom', path: ['provenance', 'documentId'], message: `name the ${item.provenance.kind} document the item comes from` });
  }
  if (item.administration !== 'other' && isValidPartialDate(item.date)) {
    const inOffice = termsOf(item.date).map((term) => term.administration);
    if (!inOffice.includes(item.administration)) {
      context.addIssue({ code: 'custom', path: ['administration'], message: `${item.date} is not in a ${item.administration} term (in office: ${inOffice.join(' or ') || 'no listed administration'})` });
    }
  }
});

export type Driver = (typeof DRIVERS)[number];
export type Provenance = z.infer<typeof provenanceSchema>;
export type Reading = z.infer<typeof readingSchema>;
export type PolicyItem = z.infer<typeof policyItemSchema>;
/** A policy item as the store holds it. */
export type StoredItem = PolicyItem & { addedAt: string };

export const aliasKindSchema = z.enum(['actor', 'person', 'target']);
/** What sort of body an entry is, where questions ask for bodies by their sort ("which think tanks", 哪些中国企业). */
export const ENTITY_SORTS = ['firm', 'think-tank', 'forum', 'country'] as const;
export type EntitySort = (typeof ENTITY_SORTS)[number];
export const aliasEntrySchema = z.strictObject({
  id: slug,
  kind: aliasKindSchema,
  name: bilingualSchema,
  /** Abbreviations, synonyms and other spellings in either language. */
  aliases: z.array(nonEmpty).default([]),
  /** For people: the role the paper gives them. */
  role: bilingualSchema.optional(),
  /** The organisation this one belongs to (bis → commerce): filters on the parent include it. */
  parent: slug.optional(),
  sort: z.enum(ENTITY_SORTS).optional(),
});
export const aliasTableSchema = z.array(aliasEntrySchema);
export type AliasEntry = z.infer<typeof aliasEntrySchema>;

/** A section heading without its numbering: "Section 1(1): The structural view…" → "The structural view…", "一（一）…" → "…". */
const sectionName = (heading: string): string => heading.replace(/^Section [\d().]+:\s*/u, '').replace(/^[一二三四五六七八九十]+(?:（[一二三四五六七八九十]+）)*/u, '');

/**
 * The heading of the paper's section that reads an item, in both languages and without numbering ("The structural view
 * of zero-sum competition"): it says which school or argument the item stands for.
 */
export function readingSectionNames(item: Pick<PolicyItem, 'reading'>): string[] {
  return item.reading ? [sectionName(item.reading.section.en), sectionName(item.reading.section.zh)] : [];
}

/** The bodies and people an item names as actor, person or target. */
export function namedIn(item: Pick<PolicyItem, 'actors' | 'people' | 'targets'>): string[] {
  return [...item.actors, ...item.people, ...item.targets];
}

/** Whether an item names one of an entity's ids (with its descendants) as actor, person or target. */
export const refersTo = (item: Pick<PolicyItem, 'actors' | 'people' | 'targets'>, entity: { ids: readonly string[] }): boolean =>
  namedIn(item).some((id) => entity.ids.includes(id));
