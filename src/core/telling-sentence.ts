import type { QuestionCue } from './ports.js';

/**
 * Which sentence of an item's summary tells what a question asks: the one that holds the most of its specific words.
 * A list gives each item its first sentence, which says who did what and when; when another sentence holds words of
 * the question the first does not ("which cyber exercises": the sentence that names Cyber Flag), it follows.
 */

/** How much more a later sentence must meet the question than the ones shown before it is added. */
const TELLING_GAIN = 0.3;

const wordsOf = (text: string): string[] => text.normalize('NFKC').toLowerCase().match(/[a-z\d]+/gu) ?? [];

/** Whether a word is one an English stem stands for: "exercis" for "exercises", "polici" for "policy". */
function stemOf(word: string, stem: string): boolean {
  if (stem.length < 3) return word === stem;
  return word.startsWith(stem) || (stem.endsWith('i') && word.startsWith(stem.slice(0, -1)));
}

/** The cues a sentence meets: an English one by any of its stems, a Chinese one by half its character pairs. */
function cuesMet(sentence: string, cues: readonly QuestionCue[]): Set<QuestionCue> {
  const words = wordsOf(sentence);
  const text = sentence.normalize('NFKC');
  return new Set(cues.filter((cue) => (cue.han
    ? cue.terms.filter((term) => text.includes(term)).length >= Math.ceil(cue.terms.length / 2)
    : cue.terms.some((stem) => words.some((word) => stemOf(word, stem))))));
}

/**
 * The sentences to show of a summary, at most `limit` from its start, and then the one sentence after them that meets
 * the question's specific words best, when it adds enough that those shown do not hold.
 */
export function tellingSentences(sentences: readonly string[], limit: number, cues: readonly QuestionCue[]): string[] {
  const shown = sentences.slice(0, limit);
  if (shown.length === sentences.length || cues.length === 0) return shown;
  const held = new Set(shown.flatMap((sentence) => [...cuesMet(sentence, cues)]));
  const gain = (sentence: string): number => [...cuesMet(sentence, cues)].filter((cue) => !held.has(cue)).reduce((sum, cue) => sum + cue.weight, 0);
  const best = sentences.slice(limit).map((sentence) => ({ sentence, gain: gain(sentence) }))
    .reduce<{ sentence: string; gain: number } | undefined>((top, next) => (!top || next.gain > top.gain ? next : top), undefined);
  return best && best.gain >= TELLING_GAIN ? [...shown, best.sentence] : shown;
}
