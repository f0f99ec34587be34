/**
 * Sentences and citation markers. A sentence ends at . ! ? (or 。！？) outside quotes and book-title marks,
 * followed by a space and a capital, a digit, an opening quote or a Chinese character, or by the end of the
 * text; never inside a number (11.2%, $1.7 billion, 4.244亿), after an abbreviation (U.S., Lt. Gen., No. 31)
 * or after an initial.
 */
const ABBREVIATIONS = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'lt', 'gen', 'col', 'maj', 'capt', 'adm', 'sgt', 'no', 'nos', 'mr', 'mrs',
  'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'vs', 'e.g', 'i.e', 'cf', 'sen', 'rep', 'gov', 'dept', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'fig', 'art', 'sec', 'vol', 'pp', 'approx', 'est', 'p.r.c']);

const OPEN = new Set(['“', '《', '「', '『', '（', '(']);
const CLOSE = new Set(['”', '》', '」', '』', '）', ')']);
const LATIN_END = new Set(['.', '!', '?']);
const HAN_END = new Set(['。', '！', '？']);
const TRAILING = /^["'”’」』）)]*/u;

function endsWithAbbreviation(text: string): boolean {
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(text)?.[1];
  if (!word) return false;
  return ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word) || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
}

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let straightQuotes = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '"') straightQuotes ^= 1;
    const latin = LATIN_END.has(ch);
    if (!latin && !HAN_END.has(ch)) continue;
    // Punctuation that closes a quotation ends the sentence with it: 他说：“……。” / He said "no."
    let end = i + 1;
    while (end < text.length && LATIN_END.has(text[end] as string)) end++;
    const closing = TRAILING.exec(text.slice(end))?.[0] ?? '';
    const quotedToo = closing.length > 0;
    if ((depth > 0 || straightQuotes === 1) && !quotedToo) continue;
    end += closing.length;
    if (latin) {
      const next = text.slice(end);
      if (next.length > 0 && !/^\s+(?=[\p{Lu}\d"“'‘(\p{Script=Han}])/u.test(next)) continue;
      if (ch === '.' && endsWithAbbreviation(text.slice(start, i))) continue;
    }
    for (const c of closing) if (CLOSE.has(c)) depth = Math.max(0, depth - 1); else if (c === '"') straightQuotes ^= 1;
    sentences.push(text.slice(start, end));
    start = end;
    i = end - 1;
  }
  sentences.push(text.slice(start));
  return sentences.map((s) => s.trim()).filter((s) => s.length > 0 && /[\p{L}\p{N}]/u.test(s));
}

/** Puts a citation marker before a sentence's closing punctuation: "… list [1]." / "……清单[1]。" */
export function cite(sentence: string, n: number): string {
  const match = /^(.*?)([.!?。！？]+["”’」』）)]*)?$/su.exec(sentence.trim());
  const body = (match?.[1] ?? sentence).trimEnd();
  const end = match?.[2] ?? '';
  // A Chinese sentence takes its marker without a space, whatever its last character ("近86%[4]。").
  const han = /[。！？]/u.test(end) || /[\p{Script=Han}”’」』）]$/u.test(body) || (!end && /\p{Script=Han}/u.test(body));
  return han ? `${body}[${n}]${end || '。'}` : `${body} [${n}]${end || '.'}`;
}

/** Sentences joined as the language writes them: with spaces in English, without in Chinese. */
export function joinSentences(sentences: readonly string[], lang: 'en' | 'zh'): string {
  return lang === 'zh' ? sentences.join('') : sentences.join(' ');
}

/**
 * A text cut at its sentence ends and semicolons, without the care for numbers and abbreviations that answer text
 * needs: enough to ask whether one sentence tells two things together.
 */
export const clausesOf = (text: string): string[] => text.split(/(?<=[。！？；!?;])|(?<=\.)\s+/u);
