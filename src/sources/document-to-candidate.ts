import { administrationOf } from '../core/administrations.js';
import type { AliasTable } from '../core/alias-table.js';
import type { CandidateDocument, NewCandidate } from '../core/candidate.js';
import { policyItemSchema, type PolicyItem } from '../core/policy-item.js';
import type { SourcesConfig } from '../core/source-watches.js';
import type { Translator } from '../core/translator.js';
import { instrumentOf, judgeRelevance, judgedText, targetsIn } from './document-rules.js';
import type { Log } from './federal-register-client.js';
import type { FederalRegisterDocument } from './federal-register-page.js';

export interface CandidateContext {
  config: Pick<SourcesConfig, 'relevance' | 'instruments' | 'agencyActors'>;
  aliases: AliasTable;
  /** The configured LLM, for the Chinese fields; without one they wait for a translator. */
  translator?: Translator;
  log: Log;
}

/** Marks Chinese fields that only repeat the English until someone translates them. */
export const AWAITING_TRANSLATION = '（待翻译）';
const PUBLISHER = 'Federal Register';
const SUMMARY_CHARS = 600;
const STOPWORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** The review queue's id of a Federal Register document: `fr-2022-21658`. */
export const candidateIdOf = (documentNumber: string): string => `fr-${documentNumber.toLowerCase()}`;

/**
 * `<date>-fr-<a few words of the title>-<document number>`: readable, and unique even when an agency publishes two
 * documents of one title on one day (BIS often does with "Additions to the Entity List").
 */
export function itemIdOf(date: string, title: string, documentNumber: string): string {
  const words = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.'’]/g, '').split(/[^a-z0-9]+/)
    .filter((word) => word && !STOPWORDS.has(word)).slice(0, 5);
  return [date, 'fr', ...words, documentNumber.toLowerCase()].join('-');
}

/** Whole sentences of the abstract up to about 600 characters; stray marks after the last sentence are dropped. */
export function summaryOf(abstract: string): string {
  const sentences = abstract.replace(/\s+/g, ' ').trim().split(/(?<=[.!?]["”']?)\s+(?=["“(]?[\p{Lu}\d])/u).filter((s) => /\p{L}/u.test(s));
  const kept: string[] = [];
  for (const sentence of sentences) {
    if (kept.length > 0 && [...kept, sentence].join(' ').length > SUMMARY_CHARS) break;
    kept.push(sentence);
  }
  const text = kept.join(' ');
  return text.length <= SUMMARY_CHARS + 200 ? text : `${text.slice(0, SUMMARY_CHARS).replace(/\s+\S*$/, '')}…`;
}

/** For documents without an abstract (most presidential documents): what it is and where it was published. */
function summaryWithoutAbstract(doc: FederalRegisterDocument): string {
  const what = doc.executive_order_number ? `Executive Order ${doc.executive_order_number}` : `This ${doc.type.toLowerCase()}`;
  const signed = doc.signing_date ? ` of ${doc.signing_date}` : '';
  return `${what}${signed}, "${doc.title.replace(/\.$/, '')}", was published in the Federal Register on ${doc.publication_date}${doc.citation ? ` (${doc.citation})` : ''}.`;
}

const documentOf = (doc: FederalRegisterDocument): CandidateDocument => ({
  documentId: doc.document_number, title: doc.title, type: doc.type, action: doc.action, publicationDate: doc.publication_date, htmlUrl: doc.html_url,
});

const skipped = (doc: FederalRegisterDocument, reason: string): NewCandidate => ({
  id: candidateIdOf(doc.document_number), source: 'federal-register', document: documentOf(doc), status: 'skipped', item: null, suggestedReading: null, reason,
});

function actorsOf(doc: FederalRegisterDocument, agencyActors: SourcesConfig['agencyActors']): string[] {
  return [...new Set(doc.agencies.flatMap((agency) => (agency.slug ? agencyActors[agency.slug] ?? [] : [])))];
}

async function chineseFields(title: string, summary: string, context: CandidateContext, documentNumber: string) {
  if (context.translator) {
    const result = await context.translator.translate({ title, summary });
    if (result.ok) return { zhTitle: result.title, zhSummary: result.summary, translation: 'machine' as const };
    context.log('sources: machine translation failed; the item awaits one', { level: 'warn', document: documentNumber, reason: result.reason });
  }
  return { zhTitle: `${AWAITING_TRANSLATION}${title}`, zhSummary: `${AWAITING_TRANSLATION}${summary}`, translation: 'pending' as const };
}

/**
 * A Federal Register document as a candidate: a proposed item (pending review) when the relevance rules take it,
 * else a skipped record saying which rules failed, so it is never fetched as new again.
 */
export async function documentToCandidate(doc: FederalRegisterDocument, context: CandidateContext): Promise<NewCandidate> {
  const relevance = judgeRelevance(doc, context.config.relevance, context.aliases);
  if (!relevance.relevant) return skipped(doc, relevance.reason);
  const actors = actorsOf(doc, context.config.agencyActors);
  if (actors.length === 0) {
    const slugs = doc.agencies.map((agency) => agency.slug ?? agency.name ?? '?').join(', ') || 'none';
    return skipped(doc, `no agency of the document (${slugs}) is mapped to an actor in data/sources.json agencyActors`);
  }
  const presidential = doc.type === 'Presidential Document';
  const date = presidential && doc.signing_date ? doc.signing_date : doc.publication_date;
  const summary = doc.abstract ? summaryOf(doc.abstract) : summaryWithoutAbstract(doc);
  const zh = await chineseFields(doc.title, summary, context, doc.document_number);
  const sources = [{ title: doc.title, publisher: PUBLISHER, date: doc.publication_date, url: doc.html_url },
    ...(doc.pdf_url ? [{ title: `${doc.title} (PDF)`, publisher: PUBLISHER, date: doc.publication_date, url: doc.pdf_url }] : [])];
  const item = policyItemSchema.safeParse({
    id: itemIdOf(date, doc.title, doc.document_number), date, administration: administrationOf(date), actors, people: [],
    targets: targetsIn(judgedText(doc), context.aliases), instrument: instrumentOf(doc, context.config.instruments),
    title: { en: doc.title, zh: zh.zhTitle }, summary: { en: summary, zh: zh.zhSummary },
    provenance: { kind: 'federal-register', documentId: doc.document_number }, translation: zh.translation,
    passages: doc.abstract ? [{ documentId: candidateIdOf(doc.document_number), section: 'Abstract', text: doc.abstract }] : [],
    sources, keywords: [doc.document_number, ...(doc.citation ? [doc.citation] : []), ...(doc.executive_order_number ? [`Executive Order ${doc.executive_order_number}`] : [])],
  } satisfies Omit<PolicyItem, 'id'> & { id: string });
  if (!item.success) {
    const problems = item.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    context.log('sources: document does not make a valid item', { level: 'warn', document: doc.document_number, problems });
    return skipped(doc, `could not be made into a valid item (${problems})`);
  }
  return { id: candidateIdOf(doc.document_number), source: 'federal-register', document: documentOf(doc), status: 'pending', item: item.data, suggestedReading: null, reason: null };
}
