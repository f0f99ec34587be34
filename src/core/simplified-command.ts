import type { Command } from './commands.js';
import type { RawFilters } from './filters.js';

/** Writes text's Traditional Chinese characters in their Simplified forms (華為 → 华为). */
export type ToSimplifiedChinese = (text: string) => string;

/**
 * The command with its free text in Simplified Chinese: the store, its aliases and the question reading are written in
 * Simplified characters, so 華為 must meet 华为 as an index term, an alias and a cue of the question's shape (什麼).
 */
export function inSimplifiedChinese(command: Command, toSimplified: ToSimplifiedChinese): Command {
  const filters = (raw: RawFilters): RawFilters => ({
    ...raw,
    ...(raw.actor ? { actor: raw.actor.map(toSimplified) } : {}),
    ...(raw.target ? { target: raw.target.map(toSimplified) } : {}),
    ...(raw.text !== undefined ? { text: toSimplified(raw.text) } : {}),
  });
  switch (command.kind) {
    case 'ask': return { ...command, question: toSimplified(command.question) };
    case 'actor': return { ...command, name: toSimplified(command.name) };
    case 'compare': return { ...command, left: toSimplified(command.left), right: toSimplified(command.right) };
    case 'events': case 'chart': case 'subscribe': return { ...command, filters: filters(command.filters) };
    default: return command;
  }
}
