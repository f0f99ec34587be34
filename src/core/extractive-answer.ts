import type { AliasTable } from './alias-table.js';
import type { Lang } from './commands.js';
import { itemToCard } from './item-card.js';
import { formatPartialDate } from './partial-date.js';
import type { Passage } from './passage.js';
import type { StoredItem } from './policy-item.js';
import type { Retrieval, RetrievalHit } from './ports.js';
import type { Citation, FollowUpAction, ItemCard, Reply } from './replies.js';

/** A document must match at least this share of the question's ideas to ground an answer. */
export const MIN_COVERAGE = 0.5;
const MAX_ITEM_CITATIONS = 5;
const MAX_PASSAGE_CITATIONS = 2;

const ABOUT_THE_PAPER = /\b(paper|author|argu\w*|theor\w*|realis\w*|school|thesis|finding|conclu\w*|recommend\w*|framework|indicator|logic|dilemma|implication)\b|作者|文章|本文|论文|理论|现实主义|观点|结论|建议|启示|逻辑|框架|指标|困境|学派|结构论|互动论|解读/i;

const DRIVER_WORDS: Record<Lang, Record<string, string>> = {
  en: { power: 'power-driven', security: 'security-driven', mixed: 'both power- and security-driven' },
  zh: { power: '权力驱动', security: '安全驱动', mixed: '权力与安全双重驱动' },
};

export interface AnswerSources {
  items: ReadonlyMap<string, StoredItem>;
  passages: ReadonlyMap<string, Passage>;
  aliases: AliasTable;
}

/** Splits text into sentences, keeping each one's closing punctuation. */
export function splitSentences(text: string): string[] {
  return (text.match(/[^.!?。！？]+(?:[.!?。！？]+["”’)）]*|$)/g) ?? [text])
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && /[\p{L}\p{N}]/u.test(s));
}

/** Puts a citation marker before a sentence's closing punctuation: "… list [1]." / "……清单[1]。" */
export function cite(sentence: string, n: number): string {
  const match = /^(.*?)([.!?。！？]+["”’)）]*)?$/su.exec(sentence.trim());
  const body = match?.[1] ?? sentence;
  const end = match?.[2] ?? '';
  return /[\p{Script=Han}”’）]$/u.test(body) ? `${body}[${n}]${end || '。'}` : `${body} [${n}]${end || '.'}`;
}

function itemCitation(n: number, item: StoredItem, lang: Lang): Citation {
  return { n, kind: 'item', itemId: item.id, date: item.date, title: item.title[lang],
    url: item.sources.find((s) => s.url)?.url ?? null, section: item.passages[0]?.section ?? '' };
}

function passageCitation(n: number, passage: Passage, lang: Lang): Citation {
  return { n, kind: 'passage', itemId: passage.id, date: '', title: passage.section[lang], url: null, section: passage.section.zh };
}

function itemSentences(item: StoredItem, n: number, lang: Lang, full: boolean): string[] {
  if (!full) {
    const date = formatPartialDate(item.date, lang);
    return [cite(lang === 'zh' ? `${date}：${item.title.zh}` : `${date}: ${item.title.en}`, n)];
  }
  const summary = item.summary[lang];
  const sentences = splitSentences(summary);
  const datedAlready = summary.includes(item.date.slice(0, 4));
  if (!datedAlready && sentences[0]) {
    const date = formatPartialDate(item.date, lang);
    sentences[0] = lang === 'zh' ? `${date}，${sentences[0]}` : `${date}: ${sentences[0]}`;
  }
  return sentences.map((s) => cite(s, n));
}

function readingSentence(item: StoredItem, n: number, lang: Lang): string {
  const driver = DRIVER_WORDS[lang][item.reading.driver];
  return lang === 'zh'
    ? cite(`论文解读（${driver}）：${item.reading.argument.zh}`, n)
    : cite(`The paper's reading (${driver}): ${item.reading.argument.en}`, n);
}

const NO_ANSWER: Record<Lang, string> = {
  en: 'The store holds no policy item that answers this question, so I will not guess.',
  zh: '资料库中没有能回答这个问题的政策条目，因此不作推测。',
};
const RELATED_HINT: Record<Lang, string> = { en: ' The nearest items are listed below.', zh: '以下是最接近的条目。' };

/**
 * A grounded answer composed from stored text only: the best item's summary and the paper's reading of it,
 * further matching items by title, and the paper's own passages when the question is about its argument.
 * Every sentence carries a [n] marker resolving to a stored item or passage.
 */
export function composeExtractiveAnswer(question: string, lang: Lang, retrieval: Retrieval, sources: AnswerSources): Reply & { kind: 'answer' } {
  const hits = retrieval.hits.filter((hit) => (hit.kind === 'item' ? sources.items.has(hit.id) : sources.passages.has(hit.id)));
  // The answer stands on the best-covering of the top few hits: the one that matches most of the question.
  // A question about the paper's argument leads with the paper's own words when a passage covers it as well.
  const aboutPaper = ABOUT_THE_PAPER.test(question);
  const best = [...hits.slice(0, 3)].sort((a, b) => b.coverage - a.coverage)[0];
  const paperLead = aboutPaper && best ? hits.slice(0, 8).find((h) => h.kind === 'passage' && h.coverage >= best.coverage) : undefined;
  const top = paperLead ?? best;
  const actions: FollowUpAction[] = [];
  const relatedCards = (): ItemCard[] => hits.filter((h) => h.kind === 'item').slice(0, 3)
    .map((h) => itemToCard(sources.items.get(h.id) as StoredItem, lang, sources.aliases));

  if (!top || retrieval.ideaCount === 0 || top.coverage < MIN_COVERAGE) {
    const related = relatedCards();
    return { kind: 'answer', lang, question, grounded: false, mode: 'extractive',
      text: NO_ANSWER[lang] + (related.length > 0 ? RELATED_HINT[lang] : ''), citations: [], related, actions };
  }

  const maxScore = Math.max(...hits.map((h) => h.score));
  const strong = (hit: RetrievalHit): boolean => hit === top || (hit.coverage >= top.coverage * 0.5 && hit.score >= maxScore * 0.25);
  const itemHits = [...(top.kind === 'item' ? [top] : []), ...hits.filter((h) => h !== top && h.kind === 'item' && strong(h))]
    .slice(0, MAX_ITEM_CITATIONS);
  const passageHits = [...(top.kind === 'passage' ? [top] : []), ...hits.filter((h) => h !== top && h.kind === 'passage' && strong(h))]
    .slice(0, aboutPaper || top.kind === 'passage' ? MAX_PASSAGE_CITATIONS : 0);

  const citations: Citation[] = [];
  const sentences: string[] = [];
  // Lead with whichever kind ranked first: a paper passage answers questions about the argument.
  const ordered = top.kind === 'passage' ? [...passageHits, ...itemHits] : [...itemHits, ...passageHits];
  let fullItems = 0;
  for (const hit of ordered) {
    const n = citations.length + 1;
    if (hit.kind === 'item') {
      const item = sources.items.get(hit.id) as StoredItem;
      citations.push(itemCitation(n, item, lang));
      const full = fullItems < 2;
      sentences.push(...itemSentences(item, n, lang, full));
      if (fullItems === 0) sentences.push(readingSentence(item, n, lang));
      if (full) fullItems++;
    } else {
      const passage = sources.passages.get(hit.id) as Passage;
      citations.push(passageCitation(n, passage, lang));
      sentences.push(...splitSentences(passage.gloss[lang]).map((s) => cite(s, n)));
    }
  }
  const first = citations[0];
  if (first?.kind === 'item') actions.push({ label: lang === 'zh' ? '查看完整条目' : 'Full item', command: `event ${first.itemId}` });
  return { kind: 'answer', lang, question, grounded: true, mode: 'extractive',
    text: sentences.join(lang === 'zh' ? '' : ' '), citations, related: [], actions };
}
