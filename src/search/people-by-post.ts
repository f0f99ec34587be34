import type { AliasTable } from '../core/alias-table.js';
import type { AliasEntry } from '../core/policy-item.js';
import { stem, STOPWORDS } from './text-tokens.js';

/**
 * People named by their post instead of their name ("the Harvard professor", "the ex-DepSecDef who later became NSCAI
 * vice chair", 哈佛那位…的教授, 宾大教授). The alias table keeps the post the paper gives each person: a post noun with words
 * of one person's post beside it names that person, and the question is rewritten with the name, so that everything
 * after reads it as though the name had been typed. A description two people fit equally names neither, unless the
 * question also names one of them.
 */

/** Nouns of office and authorship: the head of a post, which the words beside it narrow to one holder. */
const POST_NOUNS_EN = new Set(['professor', 'secretary', 'director', 'chair', 'chairman', 'chairwoman', 'commander', 'general', 'adviser', 'advisor',
  'representative', 'minister', 'president', 'chief', 'scholar', 'author', 'co-author', 'cto']);
/** Not inside a body's name: 司令部 (a command) and 部长级 hold a post noun but name no one. */
const POST_NOUNS_ZH = /(?:常务副部长|副部长|部长|国务卿|教授|主任|上将|中将|少将|将军|顾问|副主席|主席|司令|局长|总统|贸易代表|副总裁|总裁|合著者|作者|学者)(?![部处院办室会级])/gu;
/** Where a description ends: a clause break. Quotation marks stay inside it (哈佛那位提“…”的教授). */
const CLAUSE_BREAK_EN = /[,;:?!()—–]|\.(?=\s|$)/u;
const CLAUSE_BREAK_ZH = /[，。？！；、,.?!;:：（）()]/u;
/** How far before a Chinese post noun, and around an English one, the words that narrow it may stand. */
const ZH_REACH = 16;
const EN_REACH = 8;
/** A word of posts this many people or more share (US, Defense) narrows nothing. */
const SHARED_BY = 3;
/** In a Chinese abbreviation, how far apart in the full name two of its characters may be (宾大: 宾夕法尼亚大学). */
const ABBREVIATION_GAP = 5;

/** `heads`: the post nouns of the post, as written; `en`: the stems of the other words that name it; `ranked`: its heads a rank word qualifies. */
interface Post { entry: AliasEntry; heads: string[]; en: string[]; zh: string; ranked: Set<string> }

/** Words that make a post another, lower one: a deputy secretary is not the secretary. */
const RANKS_EN = new Set(['deputy', 'vice', 'under', 'assistant', 'associate']);
const RANK_ZH = /(?:常务)?副$/u;

/** A post as the paper gives it, without the notes in brackets on where it comes from. */
const bare = (role: string): string => role.replace(/\s*[(（][^)）]*[)）]/gu, '').trim();

/** `lower`: the word as written, in lower case and singular; `word`: its stem. */
interface LatinWord { lower: string; word: string; start: number; end: number; parts: string[] }
const latinWords = (text: string): LatinWord[] =>
  [...text.matchAll(/[A-Za-z][A-Za-z'’-]*/gu)].map((m) => {
    // "ex-" makes a former holder, who holds the same post.
    const word = m[0].replace(/['’]s$/u, '').replace(/^ex-/iu, '');
    // A run of capitalised syllables is an abbreviation of several words (DepSecDef: Deputy Secretary of Defense).
    const parts = /^(?:[A-Z][a-z]{2,}){2,}$/u.test(word) ? word.match(/[A-Z][a-z]+/gu) ?? [] : [];
    const lower = word.toLowerCase();
    return { lower: POST_NOUNS_EN.has(lower.replace(/s$/u, '')) ? lower.replace(/s$/u, '') : lower, word: stem(lower), start: m.index, end: m.index + m[0].length,
      parts: parts.map((p) => p.toLowerCase()) };
  });

const postsCache = new WeakMap<AliasTable, Post[]>();
function postsOf(aliases: AliasTable): Post[] {
  const cached = postsCache.get(aliases);
  if (cached) return cached;
  const posts = aliases.entries.filter((entry) => entry.kind === 'person' && entry.role).map((entry) => {
    const role = bare(entry.role?.en ?? '');
    // The head noun, and the capitalised words that name the office or the work ("Harvard", "NSCAI Vice Chair"): the
    // lower-case ones say what the work was about, and would meet any question on it ("the security dilemma").
    const words = latinWords(role);
    const named = words.filter((w) => !POST_NOUNS_EN.has(w.lower) && /^[A-Z]/u.test(role.slice(w.start)));
    const ranked = new Set(words.filter((w, at) => POST_NOUNS_EN.has(w.lower) && RANKS_EN.has(words[at - 1]?.lower ?? '')).map((w) => w.lower));
    return { entry, heads: [...new Set(words.filter((w) => POST_NOUNS_EN.has(w.lower)).map((w) => w.lower))],
      en: [...new Set(named.map((w) => w.word).filter((w) => !STOPWORDS.has(w) && !RANKS_EN.has(w)))], zh: bare(entry.role?.zh ?? ''), ranked };
  });
  // Words many posts share narrow nothing.
  const counts = new Map<string, number>();
  for (const post of posts) for (const word of post.en) counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const post of posts) post.en = post.en.filter((word) => (counts.get(word) ?? 0) < SHARED_BY);
  postsCache.set(aliases, posts);
  return posts;
}

/** A description found: who it names and where it stands in the question. */
interface PostMention { id: string; start: number; end: number }

/** The one best-fitting person, or the named one among those that fit best, or none. */
function holder(scores: Map<string, number>, named: ReadonlySet<string>): string | undefined {
  const best = Math.max(0, ...scores.values());
  if (best < 2) return undefined;
  const top = [...scores].filter(([, score]) => score === best).map(([id]) => id);
  return top.length === 1 ? top[0] : top.find((id) => named.has(id));
}

/** A post noun right before a name is that person's title ("President Biden", 国防部长奥斯汀), not a description. */
const titleOf = (after: string, names: readonly string[]): boolean => {
  const next = after.trimStart().toLowerCase();
  return names.some((name) => next.startsWith(name.toLowerCase()));
};

/** The words that narrow an English post noun: a few before it, and after it only as "of …", "at …", "for …". */
function narrowingWords(words: readonly LatinWord[], at: number, clause: string): LatinWord[] {
  const before = words.slice(Math.max(0, at - EN_REACH), at + 1);
  const head = words[at] as LatinWord;
  const modified = /^\s+(?:of|at|for)\s/iu.test(clause.slice(head.end));
  return modified ? [...before, ...words.slice(at + 1, at + 1 + EN_REACH)] : before;
}

/**
 * The post's nouns a question word meets. A noun the post ranks ("Deputy Secretary") is met only ranked the same way:
 * by the word before it, or inside an abbreviation (DepSecDef).
 */
function headsMet(w: LatinWord, post: Post, before?: LatinWord): string[] {
  const rankedAs = (rank: string): boolean => RANKS_EN.has(rank) || [...RANKS_EN].some((word) => rank.length >= 3 && word.startsWith(rank));
  return post.heads.filter((head) => {
    const at = head === w.lower ? -1 : w.parts.findIndex((part) => head.startsWith(part));
    if (at < -1 || (at === -1 && head !== w.lower)) return false;
    if (!post.ranked.has(head)) return true;
    return at > 0 ? rankedAs(w.parts[at - 1] as string) : at === -1 && before !== undefined && rankedAs(before.lower);
  });
}

function englishMentions(text: string, posts: readonly Post[], named: ReadonlySet<string>, names: readonly string[]): PostMention[] {
  const mentions: PostMention[] = [];
  let offset = 0;
  for (const clause of text.split(CLAUSE_BREAK_EN)) {
    const words = latinWords(clause);
    const scores = new Map<string, number>();
    const spans = new Map<string, [number, number]>();
    for (const post of posts) {
      const matched = new Set<string>();
      let span: [number, number] | undefined;
      words.forEach((head, at) => {
        // "in general" is no rank.
        if (headsMet(head, post, words[at - 1]).length === 0 || titleOf(clause.slice(head.end), names) || (head.lower === 'general' && /\bin\s+$/iu.test(clause.slice(0, head.start)))) return;
        for (const w of narrowingWords(words, at, clause)) {
          const hits = [...headsMet(w, post, words[words.indexOf(w) - 1]), ...post.en.filter((word) => word === w.word || w.parts.some((part) => word.startsWith(part)))];
          if (hits.length === 0) continue;
          for (const hit of hits) matched.add(hit);
          span = [Math.min(span?.[0] ?? w.start, w.start), Math.max(span?.[1] ?? w.end, w.end)];
        }
      });
      if (span && matched.size >= 2) { scores.set(post.entry.id, matched.size); spans.set(post.entry.id, span); }
    }
    const id = holder(scores, named);
    const span = id ? spans.get(id) : undefined;
    if (id && span) mentions.push({ id, start: offset + span[0], end: offset + span[1] });
    offset += clause.length + 1;
  }
  return mentions;
}

/** Does the post hold the characters of `pair` in order, close together (a bigram, or an abbreviation's two characters)? */
function holdsPair(post: string, pair: string): boolean {
  for (let at = post.indexOf(pair[0] as string); at >= 0; at = post.indexOf(pair[0] as string, at + 1)) {
    const next = post.indexOf(pair[1] as string, at + 1);
    if (next > at && next - at <= ABBREVIATION_GAP) return true;
  }
  return false;
}

/** The short forms Chinese writes ministers by (防长 for 国防部长), read in full so that they meet the posts' wording. */
const MINISTER_SHORT: Record<string, string> = { 防长: '国防部长', 外长: '外交部长', 财长: '财政部长' };
// 美国防长 is 美 + 国防长: the 国 before 防长 is part of it.
const MINISTER_SHORT_FORM = /国?防长|外长|财长/gu;

function chineseMentions(text: string, posts: readonly Post[], named: ReadonlySet<string>, names: readonly string[]): PostMention[] {
  const mentions: PostMention[] = [];
  let from = 0;
  for (const match of text.matchAll(POST_NOUNS_ZH)) {
    const noun = match[0];
    const before = text.slice(Math.max(from, match.index - ZH_REACH), match.index);
    let cut = before.length - 1;
    while (cut >= 0 && !CLAUSE_BREAK_ZH.test(before[cut] as string)) cut--;
    const window = before.slice(cut + 1);
    const windowStart = match.index - window.length;
    from = match.index + noun.length;
    if (titleOf(text.slice(from), names)) continue;
    const pairs = Array.from({ length: Math.max(0, window.length - 1) }, (_, at) => ({ pair: window.slice(at, at + 2), at }))
      .filter(({ pair }) => /^\p{Script=Han}{2}$/u.test(pair));
    // A pair many posts hold (美国, 国防, 论文) narrows nothing.
    const narrowing = pairs.filter(({ pair }) => posts.filter((post) => holdsPair(post.zh, pair)).length < SHARED_BY);
    const scores = new Map<string, number>();
    const firsts = new Map<string, number>();
    // 部长 is not 副部长: a noun the post ranks is met only ranked the same way.
    const rank = RANK_ZH.exec(text.slice(0, match.index))?.[0] ?? '';
    const holds = (post: Post): number => {
      for (let at = post.zh.indexOf(noun); at >= 0; at = post.zh.indexOf(noun, at + 1)) if ((RANK_ZH.exec(post.zh.slice(0, at))?.[0] ?? '') === rank) return at;
      return -1;
    };
    for (const post of posts.filter((p) => holds(p) >= 0)) {
      const at = holds(post);
      const rest = post.zh.slice(0, at) + post.zh.slice(at + noun.length);
      const held = narrowing.filter(({ pair }) => holdsPair(rest, pair));
      if (held.length === 0) continue;
      scores.set(post.entry.id, held.length + 1);
      firsts.set(post.entry.id, Math.min(...held.map(({ at }) => at)));
    }
    const id = holder(scores, named);
    if (id) mentions.push({ id, start: windowStart + (firsts.get(id) ?? 0), end: from });
  }
  return mentions;
}

/**
 * The question with each description of a person by post replaced by that person's name (the named ones' by nothing,
 * as the name is already there), and the ids of the people so found.
 */
export function namePeopleByPost(question: string, aliases: AliasTable, named: ReadonlyArray<{ id: string; surface: string }>): { text: string; ids: string[] } {
  // Spelled out, 美国防长 reads 美国国防部长, as the posts are written.
  const text = question.normalize('NFKC').replace(MINISTER_SHORT_FORM, (short) => MINISTER_SHORT[short.replace(/^国/u, '')] as string);
  const posts = postsOf(aliases);
  const ids = new Set(named.map((mention) => mention.id));
  const surfaces = named.map((mention) => mention.surface);
  const mentions = [...englishMentions(text, posts, ids, surfaces), ...chineseMentions(text, posts, ids, surfaces)].sort((a, b) => b.start - a.start);
  let rewritten = text;
  const found: string[] = [];
  for (const mention of mentions) {
    const entry = aliases.get(mention.id);
    if (!entry) continue;
    const chinese = /\p{Script=Han}/u.test(text.slice(mention.start, mention.end));
    // A name inside its own description (哈佛大学艾利森教授) stays, as the name.
    const within = named.find((m) => m.id === mention.id && text.slice(mention.start, mention.end).includes(m.surface))?.surface;
    const name = ids.has(mention.id) ? ` ${within ?? ''} ` : ` ${chinese ? entry.name.zh : entry.name.en} `;
    rewritten = `${rewritten.slice(0, mention.start)}${name}${rewritten.slice(mention.end)}`;
    found.push(mention.id);
  }
  return { text: rewritten, ids: found };
}
