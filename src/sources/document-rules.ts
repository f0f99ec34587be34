import type { AliasTable } from '../core/alias-table.js';
import type { PolicyItem } from '../core/policy-item.js';
import type { InstrumentRule, RelevanceRule } from '../core/source-watches.js';
import type { FederalRegisterDocument } from './federal-register-page.js';

/*
 * The judgements data/sources.json describes: is a document relevant, what does it act on, which instrument is it.
 * All of them read the title and abstract only, as the reviewer sees them.
 */

/** Curly quotes and full-width forms as plain ones, so "People’s" matches "People's". */
const plain = (text: string): string => text.normalize('NFKC').replace(/[‘’`´]/g, '\'').replace(/[“”]/g, '"');
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<string, RegExp>();

/**
 * Whether `text` uses `phrase` as whole words. Chinese phrases match anywhere; a phrase in capitals (AI, PRC, EAR)
 * must match as written, any other ignoring case.
 */
export function mentions(text: string, phrase: string): boolean {
  const wanted = plain(phrase).trim();
  if (!wanted) return false;
  if (/\p{Script=Han}/u.test(wanted)) return plain(text).includes(wanted);
  let pattern = patterns.get(wanted);
  if (!pattern) {
    const exact = !/\p{Ll}/u.test(wanted);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${wanted.split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, exact ? 'u' : 'iu');
    patterns.set(wanted, pattern);
  }
  return pattern.test(plain(text));
}

/** The text a document is judged by: its title and abstract. */
export const judgedText = (doc: Pick<FederalRegisterDocument, 'title' | 'abstract'>): string => `${doc.title}\n${doc.abstract ?? ''}`;

/** Every name the alias table resolves to the entry, its id included (as `resolve` does): "China" is the target china. */
const namesOf = (aliases: AliasTable, id: string): string[] => {
  const entry = aliases.get(id);
  return entry ? [entry.id, entry.name.en, entry.name.zh, ...entry.aliases] : [];
};

/** Alias-table targets (companies, states) the text names, in the table's order. */
export function targetsIn(text: string, aliases: AliasTable): string[] {
  return aliases.entries.filter((entry) => entry.kind === 'target' && namesOf(aliases, entry.id).some((name) => mentions(text, name))).map((entry) => entry.id);
}

export type Relevance = { relevant: true; rules: string[] } | { relevant: false; reason: string };

/** Relevant when any rule matches the title or abstract; otherwise the reason names every rule that failed. */
export function judgeRelevance(doc: Pick<FederalRegisterDocument, 'title' | 'abstract'>, rules: readonly RelevanceRule[], aliases: AliasTable): Relevance {
  const text = judgedText(doc);
  const matched = rules.filter((rule) => rule.words.some((word) => mentions(text, word))
    || rule.targets.some((id) => namesOf(aliases, id).some((name) => mentions(text, name))));
  if (matched.length > 0) return { relevant: true, rules: matched.map((rule) => rule.id) };
  const failed = rules.map((rule) => `${rule.describe} (rule ${rule.id})`).join(', nor ');
  return { relevant: false, reason: `not relevant: the title${doc.abstract ? ' and abstract' : ''} mention neither ${failed}` };
}

/** The instrument of the first rule that fits the document; `other` when none does. */
export function instrumentOf(doc: FederalRegisterDocument, rules: readonly InstrumentRule[]): PolicyItem['instrument'] {
  for (const rule of rules) {
    if (rule.documentTypes.length > 0 && !rule.documentTypes.includes(doc.type)) continue;
    if (rule.executiveOrder) {
      if (doc.executive_order_number) return rule.instrument;
      continue;
    }
    const fields = { title: doc.title, action: doc.action ?? '', abstract: doc.abstract ?? '' };
    if (rule.words.some((word) => rule.fields.some((field) => mentions(fields[field], word)))) return rule.instrument;
  }
  return 'other';
}
