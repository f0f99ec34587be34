import type { AliasTable } from './alias-table.js';
import type { CandidateEdit } from './commands.js';
import type { PolicyItem } from './policy-item.js';

/**
 * A reviewer's edit of a proposed item: names resolved through the alias table. Editing a Chinese field makes the
 * Chinese text a person's, no longer a machine's.
 */
export function applyCandidateEdit(item: PolicyItem, edit: CandidateEdit, aliases: AliasTable): { ok: true; item: PolicyItem } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const refs = (text: string | undefined, kind: 'actor' | 'target', current: string[]): string[] => {
    if (text === undefined) return current;
    return text.split(/[,，、]/).map((name) => name.trim()).filter(Boolean).flatMap((name) => {
      const [id] = aliases.resolve(name, kind);
      if (!id) problems.push(`${kind}s: "${name}" is not a known ${kind}`);
      return id ? [id] : [];
    });
  };
  const text = (value: string | undefined, current: string) => (value === undefined ? current : value.trim());
  const zhEdited = (edit.titleZh !== undefined && edit.titleZh.trim() !== item.title.zh) || (edit.summaryZh !== undefined && edit.summaryZh.trim() !== item.summary.zh);
  const candidate = {
    ...item,
    title: { en: text(edit.titleEn, item.title.en), zh: text(edit.titleZh, item.title.zh) },
    summary: { en: text(edit.summaryEn, item.summary.en), zh: text(edit.summaryZh, item.summary.zh) },
    instrument: edit.instrument?.trim() || item.instrument,
    actors: refs(edit.actors, 'actor', item.actors),
    targets: refs(edit.targets, 'target', item.targets),
    translation: zhEdited ? 'human' : item.translation,
  };
  // The whole item is validated where it is saved (editCandidate); here only what the form's names mean.
  return problems.length > 0 ? { ok: false, problems } : { ok: true, item: candidate as PolicyItem };
}
