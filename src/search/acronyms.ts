/**
 * Acronyms the store never writes but spells out: "NC2" is the "nuclear command and control" of its keywords, "CMC"
 * the "Chinese military companies". A question that uses one is read as if it had spelled it out beside it, as
 * "NC2 (nuclear command and control)", so the words of the spelled-out form find what they name.
 */

/** Words an acronym leaves out. */
const SKIPPED = new Set(['and', 'of', 'the', 'for', 'on', 'in', 'to', 'a', 'an', '&']);
/** An acronym in a question: two to five capitals or digits after a capital, or one digit (C2), with a plural s ("CBMs"). */
const ACRONYM = /\b([A-Z](?:[A-Z\d]{2,5}|\d))s?\b/gu;
/** Keywords longer than this many words are phrases, not names an acronym stands for. */
const MAX_WORDS = 6;

/** "command control" → "cc" and "c2": a letter said twice in a row is written once with the count. */
function acronymsOf(words: readonly string[]): string[] {
  const initials = words.map((word) => word[0] ?? '').join('');
  const counted = initials.replace(/(.)\1+/gu, (run, letter: string) => `${letter}${run.length}`);
  return counted === initials ? [initials] : [initials, counted];
}

export interface AcronymTable {
  /** Learn the acronyms of items' keywords. */
  add(keywords: readonly string[]): void;
  /** The question with each acronym the store does not know (`known` says which it does) spelled out beside it. */
  spell(question: string, known: (acronym: string) => boolean): string;
  /**
   * The acronyms of the question (lower-cased) that the store spells out in more than one way (C2: command and control,
   * Cyber Command): which it means is unclear, but it is no name the store lacks.
   */
  ambiguous(question: string, known: (acronym: string) => boolean): string[];
}

export function createAcronymTable(): AcronymTable {
  const seen = new Set<string>();
  // Each acronym's spelled-out form; null where two different phrases share it, which leaves it unread.
  const forms = new Map<string, string | null>();
  const learn = (phrase: string, words: readonly string[]): void => {
    for (const acronym of acronymsOf(words)) {
      // Two letters name too much; a letter and its count (c2) is one name.
      if (acronym.length < 3 && !/\d/u.test(acronym)) continue;
      const held = forms.get(acronym);
      if (held === undefined) forms.set(acronym, phrase);
      else if (held !== null && held !== phrase) forms.set(acronym, null);
    }
  };
  return {
    add(keywords) {
      for (const keyword of keywords) {
        if (seen.has(keyword)) continue;
        seen.add(keyword);
        const words = keyword.normalize('NFKC').toLowerCase().split(/[\s-]+/u).filter((word) => /^[a-z]/u.test(word));
        if (words.length < 2 || words.length > MAX_WORDS) continue;
        // Any run of two or more of its words: "Communist Chinese military companies" holds "Chinese military companies".
        for (let from = 0; from < words.length; from++) {
          for (let to = from + 2; to <= words.length; to++) {
            const run = words.slice(from, to);
            const named = run.filter((word) => !SKIPPED.has(word));
            if (named.length < 2 || SKIPPED.has(run[0] as string) || SKIPPED.has(run[run.length - 1] as string)) continue;
            learn(run.join(' '), named);
            // Some acronyms keep the small words' initials too: SOTU is the State of the Union, DoD the Department of Defense.
            if (named.length < run.length) learn(run.join(' '), run);
          }
        }
      }
    },
    spell(question, known) {
      return question.replace(ACRONYM, (whole, acronym: string, at: number) => {
        const form = forms.get(acronym.toLowerCase());
        // Spelled out already ("CBM（增强信心措施）") or known as written: left as it is.
        const glossed = /^\s*[(（]/u.test(question.slice(at + whole.length));
        return form && !glossed && !known(acronym) ? `${whole} (${form})` : whole;
      });
    },
    ambiguous(question, known) {
      return [...question.matchAll(ACRONYM)].map(([whole, acronym = '']) => ({ whole, acronym }))
        .filter(({ acronym }) => forms.get(acronym.toLowerCase()) === null && !known(acronym)).map(({ whole }) => whole.toLowerCase());
    },
  };
}
