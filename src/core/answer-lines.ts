import type { AliasTable } from './alias-table.js';
import type { AnswerabilityModel } from './answerability.js';
import { cite, splitSentences } from './answer-text.js';
import type { CitationList } from './citation.js';
import { driverLabel, sourceName } from './labels.js';
import type { Lang } from './lang.js';
import { formatPartialDate } from './partial-date.js';
import type { Passage } from './passage.js';
import type { StoredItem } from './policy-item.js';
import type { QuestionCue, Retrieval, RetrievalHit } from './ports.js';
import { tellingSentences } from './telling-sentence.js';
import type { FollowUpAction } from './replies.js';

/** The cited lines every answer shape is made of, and what a shape works from. */

export interface AnswerSources {
  items: ReadonlyMap<string, StoredItem>;
  passages: ReadonlyMap<string, Passage>;
  aliases: AliasTable;
  answerability: AnswerabilityModel;
}

export interface ShapeContext {
  lang: Lang;
  retrieval: Retrieval;
  /** Hits that resolve to stored documents, best first. */
  hits: RetrievalHit[];
  /** The document the answer stands on. */
  lead: RetrievalHit;
  sources: AnswerSources;
  refs: CitationList;
  actions: FollowUpAction[];
}

/** An item's summary as cited sentences, dated in front unless it already names its year. */
export function summarySentences(item: StoredItem, n: number, lang: Lang, limit = Infinity, cues: readonly QuestionCue[] = []): string[] {
  const summary = item.summary[lang];
  const sentences = tellingSentences(splitSentences(summary), limit, cues);
  const origin = originNote(item, lang);
  if ((origin || !summary.includes(item.date.slice(0, 4))) && sentences[0]) {
    const date = `${formatPartialDate(item.date, lang)}${origin}`;
    sentences[0] = lang === 'zh' ? `${date}，${sentences[0]}` : `${date}: ${sentences[0]}`;
  }
  return sentences.map((s) => cite(s, n));
}

/** " (Federal Register 2022-21658)" after the date of an item from outside the paper, so every mention says its source. */
function originNote(item: StoredItem, lang: Lang): string {
  if (item.provenance.kind === 'paper') return '';
  const source = sourceName(item.provenance, lang);
  return lang === 'zh' ? `（${source}）` : ` (${source})`;
}

/** "October 7, 2019: BIS adds … [1]." / "2019年10月7日，……[1]。" */
export function titleLine(item: StoredItem, n: number, lang: Lang): string {
  const date = `${formatPartialDate(item.date, lang)}${originNote(item, lang)}`;
  return cite(lang === 'zh' ? `${date}，${item.title.zh}` : `${date}: ${item.title.en}`, n);
}

/** The paper's reading of an item; for an item the paper never read, where it comes from instead. */
export function readingSentence(item: StoredItem, n: number, lang: Lang): string {
  if (!item.reading) return provenanceSentence(item, n, lang);
  const driver = driverLabel(item.reading.driver, lang);
  return lang === 'zh' ? cite(`论文解读（${driver}）：${item.reading.argument.zh}`, n)
    : cite(`The paper's reading (${driver}): ${item.reading.argument.en}`, n);
}

/** "Source: Federal Register document 2022-21658; the paper does not read it." */
export function provenanceSentence(item: StoredItem, n: number, lang: Lang): string {
  const source = sourceName(item.provenance, lang);
  return lang === 'zh' ? cite(`来源：${source}；论文未对其作出解读`, n)
    : cite(`Source: ${source}; the paper does not read it as power- or security-driven`, n);
}

/** Documents close enough to the lead to stand beside it: no unrelated padding. */
export function onTopic(context: ShapeContext, share: number, scoreShare = 0.3): RetrievalHit[] {
  const { lead, hits, retrieval } = context;
  const topScore = Math.max(...hits.map((h) => h.score));
  return hits.filter((h) => h === lead || (h.coverage >= Math.max(0.15, share * lead.coverage) && h.score >= scoreShare * topScore
    && (retrieval.entities.every((e) => e.common) || h.entitiesMatched)));
}

