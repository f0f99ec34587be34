import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The prompt templates in prompts/, one per purpose, read once at start-up. */
export interface Prompts {
  answer: string;
  /** What each answer shape adds to the answer prompt. */
  shapes: Record<'list' | 'timeline' | 'compare' | 'reading', string>;
  digestSummary: string;
  /** Title and summary of a document found by a source watch, into Chinese. */
  translateItem: string;
}

export function loadPrompts(promptsDir: string): Prompts {
  const read = (name: string): string => {
    try {
      return readFileSync(join(promptsDir, name), 'utf8');
    } catch (error) {
      throw new Error(`cannot read the prompt ${join(promptsDir, name)}: ${(error as Error).message}`);
    }
  };
  return {
    answer: read('answer.md'),
    shapes: { list: read('answer-list.md'), timeline: read('answer-timeline.md'), compare: read('answer-compare.md'), reading: read('answer-reading.md') },
    digestSummary: read('digest-summary.md'),
    translateItem: read('translate-item.md'),
  };
}

export const LANGUAGE_INSTRUCTION = {
  en: 'in English',
  zh: 'in Simplified Chinese (简体中文); every claim must be written in Chinese',
} as const;
