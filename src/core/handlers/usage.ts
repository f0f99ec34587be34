import type { CommandName, ParseResult } from '../commands.js';
import { helpEntries } from '../help.js';
import { detectLang, type Lang } from '../lang.js';
import type { Reply } from '../replies.js';

/** A problem with what was typed, with the help for the command it concerns. */
export function usageReply(lang: Lang, message: string, topic?: CommandName): Reply {
  return { kind: 'usage-error', lang, message, entries: helpEntries(lang, topic) };
}

/** The reply to a message that does not parse, in the language it was written in. */
export function parseFailureReply(text: string, failure: Extract<ParseResult, { ok: false }>): Reply {
  return usageReply(detectLang(text.slice(0, 200)), failure.error, failure.topic);
}
