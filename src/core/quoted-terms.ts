import type { Passage } from './passage.js';
import type { RetrievalHit } from './ports.js';

/**
 * A term the question quotes ('cheap signals', “廉价信号”) is the paper's own when a passage keeps it among its keywords:
 * that passage is where the paper develops it, whatever summary of it leads the answer.
 */
// An apostrophe inside an English word ("Pentagon's") opens no quote; a double quotation mark opens one after any word
// (DARPA“心灵之眼”, as chat clients may send it: DARPA"心灵之眼").
const QUOTED = /(?:(?<![A-Za-z\d])['‘]|["“「])([^'‘’"“”「」]{2,40})['’"”」](?![A-Za-z])/gu;

const plain = (text: string): string => text.normalize('NFKC').toLowerCase().trim().replace(/s$/u, '');

/** The terms a question quotes, lower-case and without a plural s. */
export const quotedTerms = (question: string): string[] =>
  [...question.normalize('NFKC').matchAll(QUOTED)].map((m) => plain(m[1] ?? '')).filter((term) => term.length >= 2);

/**
 * English names of two or more capitalised words that are none of the store's bodies or people ("DARPA Mind's Eye
 * program": Mind's Eye): a name a question gives as it would quote it. `known`: the alias table's names, lower-case.
 */
export function capitalisedTerms(question: string, known: ReadonlySet<string>): string[] {
  const terms: string[] = [];
  for (const sentence of question.normalize('NFKC').split(/[.?!:;]\s+|[.?!:;]$/u)) {
    let run: string[] = [];
    const close = (): void => {
      const term = run.join(' ').toLowerCase();
      if (run.length >= 2 && ![...known].some((name) => name.includes(' ') && term.includes(name))) terms.push(plain(term));
      run = [];
    };
    // The first word of a sentence is capitalised whatever it is.
    sentence.split(/\s+/u).filter((word) => /[\p{L}\d]/u.test(word)).forEach((word, i) => {
      const bare = word.replace(/^[("“‘']+|[)"”’',]+$/gu, '');
      // A known owner ("the Pentagon's AI Next") is no part of the name.
      if (i > 0 && /^[A-Z][\p{L}'’-]*$/u.test(bare) && !known.has(bare.toLowerCase().replace(/['’]s$/u, ''))) run.push(bare);
      else close();
      if (/,$/u.test(word)) close();
    });
    close();
  }
  return terms;
}

/** The passages among the hits that keep a term the question quotes among their keywords. */
export function homesOfQuotedTerms(question: string, hits: readonly RetrievalHit[], passages: ReadonlyMap<string, Passage>): RetrievalHit[] {
  const quoted = quotedTerms(question);
  if (quoted.length === 0) return [];
  return hits.filter((h) => h.kind === 'passage' && (passages.get(h.id)?.keywords ?? []).some((keyword) => quoted.includes(plain(keyword))));
}

/**
 * Whether a text mentions a quoted term: a Chinese one as written, an English one by its words in any order and
 * joining ('Data X' is the paper's "X-data").
 */
export function mentionsTerm(text: string, term: string): boolean {
  const lower = text.normalize('NFKC').toLowerCase();
  if (lower.includes(term)) return true;
  const words = term.match(/[a-z\d]+/gu) ?? [];
  if (words.length < 2 || /\p{Script=Han}/u.test(term)) return false;
  const present = new Set(lower.match(/[a-z\d]+/gu) ?? []);
  return words.every((word) => present.has(word));
}
