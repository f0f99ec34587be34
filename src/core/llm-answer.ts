import type { AliasTable } from './alias-table.js';
import type { Passage } from './passage.js';
import type { StoredItem } from './policy-item.js';
import type { AnswerCachePort, Clock, Summarizer, SummaryPassage } from './ports.js';
import type { Citation, Reply } from './replies.js';

type Answer = Extract<Reply, { kind: 'answer' }>;

export interface LlmAnswerDeps {
  summarizer: Summarizer;
  store: AnswerCachePort;
  clock: Clock;
  aliases: AliasTable;
  items: ReadonlyMap<string, StoredItem>;
  passages: ReadonlyMap<string, Passage>;
}

/** Identical questions within this window are served from the store's cache. */
const CACHE_WINDOW_MS = 10 * 60 * 1000;

function toSummaryPassage(citation: Citation, deps: LlmAnswerDeps, lang: 'en' | 'zh'): SummaryPassage {
  const item = citation.kind === 'item' ? deps.items.get(citation.itemId) : undefined;
  if (item) {
    return { n: citation.n, date: item.date, actors: item.actors.map((id) => deps.aliases.displayName(id, lang)),
      section: item.passages[0]?.section ?? '', title: item.title[lang],
      text: [item.summary[lang], ...item.passages.map((p) => p.text)].join('\n') };
  }
  const passage = deps.passages.get(citation.itemId);
  return { n: citation.n, date: '', actors: [], section: passage?.section.zh ?? citation.section, title: citation.title,
    text: passage ? `${passage.gloss[lang]}\n${passage.text}` : citation.title };
}

/** Renumbers markers in order of first appearance and keeps only the citations the text uses. */
export function renumberCitations(sentences: string[], citations: Citation[]): { text: string; citations: Citation[] } {
  const order: number[] = [];
  for (const sentence of sentences) {
    for (const [, n] of sentence.matchAll(/\[(\d+)\]/g)) if (!order.includes(Number(n))) order.push(Number(n));
  }
  const text = sentences.join(' ').replace(/\[(\d+)\]/g, (_, n: string) => `[${order.indexOf(Number(n)) + 1}]`)
    .replace(/([\p{Script=Han}。])\s+/gu, '$1');
  const used = order.map((old, index) => ({ ...(citations.find((c) => c.n === old) as Citation), n: index + 1 }));
  return { text, citations: used };
}

/**
 * Rewrites a grounded extractive answer with the LLM from the same cited passages. Whatever goes wrong (time
 * budget, errors, a refusal, output that fails the checks) the extractive answer stands, with a note saying so.
 */
export async function answerWithLlm(extractive: Answer, deps: LlmAnswerDeps, onProgress?: (partial: string) => void): Promise<Answer> {
  if (!extractive.grounded || extractive.citations.length === 0) return extractive;
  const lang = extractive.lang;
  const cacheKey = [deps.summarizer.model, lang, extractive.question.trim().toLowerCase().replace(/\s+/g, ' '),
    ...extractive.citations.map((c) => c.itemId)].join('|');
  const now = deps.clock.now().getTime();
  const cached = await deps.store.getCachedAnswer(cacheKey, new Date(now - CACHE_WINDOW_MS).toISOString());
  if (cached) return JSON.parse(cached) as Answer;

  const result = await deps.summarizer.summarize({
    question: extractive.question, lang, ...(extractive.questionKind ? { shape: extractive.questionKind } : {}),
    passages: extractive.citations.map((c) => toSummaryPassage(c, deps, lang)),
    ...(onProgress ? { onProgress } : {}),
  });
  if (!result.ok) {
    const note = lang === 'zh' ? `（未能使用 LLM 回答：${result.reason}；以下为摘录式回答。）` : `(The LLM answer could not be used: ${result.reason}. This is the extractive answer.)`;
    return { ...extractive, note };
  }
  const { text, citations } = renumberCitations(result.sentences, extractive.citations);
  const note = lang === 'zh'
    ? `由 ${result.model} 根据 ${citations.length} 个引用条目生成，引用均已核对。`
    : `Written by ${result.model} from ${citations.length} cited item${citations.length === 1 ? '' : 's'}; every citation checked.`;
  const answer: Answer = { ...extractive, mode: 'llm', text, citations, note, model: result.model };
  await deps.store.putCachedAnswer(cacheKey, JSON.stringify(answer), new Date(now - CACHE_WINDOW_MS).toISOString());
  return answer;
}
