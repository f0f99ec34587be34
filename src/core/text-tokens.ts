/** Word segmentation for English and Chinese text: one tokenizer for indexing and for questions. */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;

/** Light English stemming: enough to meet "sanctions"/"sanction", "companies"/"company", "listed"/"list". */
export function stem(word: string): string {
  if (word.length <= 3 || HAN.test(word) || /\d/.test(word)) return word;
  if (word.endsWith("'s") || word.endsWith('’s')) word = word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5 && !word.endsWith('eed')) return word.slice(0, -2);
  if (word.endsWith('es') && /(ch|sh|x|ss|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

const WORD = /\p{Script=Han}+|[a-z0-9\u00c0-\u024f]+/gu;

/** Lower-cased NFKC text split into Latin words (stemmed) and runs of Chinese characters. */
function runs(text: string): Array<{ han: boolean; word: string }> {
  const out: Array<{ han: boolean; word: string }> = [];
  for (const [word] of text.normalize('NFKC').toLowerCase().matchAll(WORD)) {
    const han = HAN.test(word);
    if (han) out.push({ han, word });
    else if (word.length > 1 || /\d/.test(word)) out.push({ han, word: stem(word) });
  }
  return out;
}

/** Question words: Latin words stemmed; Chinese split into words with Intl.Segmenter. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const { han, word } of runs(text)) {
    if (!han) {
      tokens.push(word);
      continue;
    }
    for (const { segment, isWordLike } of segmenter.segment(word)) if (isWordLike) tokens.push(segment);
  }
  return tokens;
}

/**
 * Index terms: Latin words stemmed, Chinese as overlapping character pairs (a lone character as itself).
 * Pairs match however the segmenter splits a question ("第三轮" meets "第三次" through "第三"), and cost
 * no segmentation at index time, which keeps a 100,000-item build fast.
 */
export function indexTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const { han, word } of runs(text)) {
    if (!han) tokens.push(word);
    else if (word.length === 1) tokens.push(word);
    else for (let i = 0; i + 1 < word.length; i++) tokens.push(word.slice(i, i + 2));
  }
  return tokens;
}

export const isHan = (text: string): boolean => HAN.test(text);

/**
 * Overlapping character pairs of every run of Chinese characters: they let "第三轮" meet "第三次" and
 * "结论是" meet "结论" however the segmenter happens to split each text.
 */
export function hanBigrams(text: string): string[] {
  return indexTokens(text).filter((token) => token.length === 2 && HAN.test(token));
}

/** Words that say nothing about what a question is about (kept in stemmed form too). */
const STOPWORD_LIST = [
  // English function words
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'into',
  'about', 'over', 'after', 'before', 'since', 'between', 'during', 'under', 'than', 'then', 'that', 'this',
  'these', 'those', 'there', 'their', 'its', 'it', 'they', 'them', 'he', 'she', 'his', 'her', 'we', 'our', 'you',
  'your', 'i', 'me', 'my', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'doe', 'did', 'done', 'have',
  'ha', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'not', 'no', 'so',
  'any', 'all', 'some', 'more', 'most', 'other', 'such', 'only', 'own', 'same', 'too', 'very', 'just', 'also',
  'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'if', 'whether', 'up', 'out', 'off',
  'again', 'once', 'both', 'each', 'few', 'many', 'much', 'one', 'two', 'first', 'late', 'early', 'last', 'year',
  'month', 'time', 'there', 'here', 'get', 'got', 'make', 'made', 'take', 'took', 'give', 'gave', 'tell', 'me',
  // words every question about this store uses
  'according', 'paper', 'author', 'authors', 'article', 'study', 'describe', 'describ', 'say', 'said', 'says',
  'think', 'thought', 'view', 'see', 'saw', 'argue', 'argu', 'claim', 'mean', 'happen', 'happened', 'follow',
  'followed', 'what', 'kind', 'way', 'thing', 'us', 'u', 'united', 'states', 'state', 'america', 'american',
  'china', 'chinese', 'ai', 'artificial', 'intelligence', 'policy', 'policie', 'government', 'administration',
  'lt', 'gen', 'mr', 'ms', 'dr', 'prof', 'brief', 'briefing', 'tell', 'explain', 'show', 'list', 'know', 'did',
  // Chinese function words and question words
  '的', '了', '是', '在', '和', '与', '及', '对', '把', '被', '将', '为', '于', '从', '到', '向', '由', '其', '这',
  '那', '这个', '那个', '这项', '该', '有', '有什么', '什么', '哪', '哪个', '哪些', '哪天', '哪年', '哪次', '哪两个',
  '怎么', '怎样', '如何', '为何', '为什么', '多少', '几', '吗', '呢', '吧', '啊', '么', '是否', '是不是', '谁', '时候',
  '什么时候', '何时', '以来', '之后', '之前', '期间', '时', '中', '上', '下', '里', '也', '都', '还', '又', '就', '而',
  '并', '或', '等', '个', '位', '次', '年', '月', '日', '作者', '文章', '论文', '本文', '认为', '看', '看待', '看法',
  '怎么看', '说', '表示', '指出', '提到', '根据', '按照', '美国', '中国', '美', '中', '人工智能', '政策', '政府',
  '对华', '出台', '做', '做了', '采取', '哪些', '一', '最早', '能', '会', '要', '可以', '人士', '方面',
  // generic verbs and nouns of questions
  'become', 'became', 'come', 'came', 'light', 'full', 'bring', 'brought', 'unveil', 'unveiled', 'reveal',
  'revealed', 'same', 'open', 'opened', 'role', 'position', 'place', 'change', 'changed', 'start', 'started',
  'begin', 'began', 'put', 'use', 'used', 'want', 'wanted', 'try', 'tried', 'look', 'like', 'go', 'went',
  'does', 'doing', 'has', 'having', 'something', 'anything', 'thing', 'things', 'people', 'way', 'ways',
  'respond', 'response', 'react', 'reaction', 'stance', 'position', 'concept', 'idea', 'part', 'point',
  'happening', 'detail', 'details', 'summary', 'summarize', 'overview', 'latest', 'recent', 'recently',
  'versus', 'vs', 'compared', 'compare', 'between',
  'question', 'answer', 'today', 'now', 'ever', 'still', 'yet', 'already', 'actually', 'really',
  '中的', '其中', '处于', '位置', '一样', '背后', '也像', '像', '变化', '有何', '何种', '哪种', '哪方面', '情况', '内容',
  '主要', '具体', '相关', '关于', '通过', '进行', '开始', '之间', '当时', '后来', '目前', '现在', '曾经', '一些',
  '这些', '那些', '我们', '他们', '它', '它们', '他', '她', '其', '所', '被曝', '曝出', '起', '为了', '因为', '所以',
  '如果', '但是', '然而', '以及', '或者', '并且', '已经', '正在', '将要', '哪里', '何处', '多大', '多久', '怎么回事',
  '针对', '措施', '举措', '行动', '态度', '反应', '回应', '处理', '对待', '应对', '采取了', '有关', '涉及', 'handle', 'handled',
  'deal', 'dealt', 'treat', 'treated', 'approach', 'measure', 'measures', 'action', 'actions', 'step', 'steps',
];

export const STOPWORDS = new Set(STOPWORD_LIST.flatMap((word) => [word, stem(word)]));


