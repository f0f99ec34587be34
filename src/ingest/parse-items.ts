import type { AliasKind, AliasTable } from '../core/alias-table.js';
import { policyItemSchema, type PolicyItem } from '../core/policy-item.js';

/** One reason a file was rejected: which item (index and id when known), which field, what is wrong. */
export interface IngestError {
  index: number | null;
  id: string | null;
  path: string;
  message: string;
}

export type ParseItemsResult = { ok: true; items: PolicyItem[] } | { ok: false; errors: IngestError[] };

export function formatIngestError(error: IngestError): string {
  const where = error.index === null ? 'file' : `item ${error.index}${error.id ? ` (${error.id})` : ''}`;
  return `${where}${error.path ? ` at ${error.path}` : ''}: ${error.message}`;
}

/** Reads a JSON array (or `{ "items": [...] }`) or JSON Lines text into raw records. */
function readRecords(text: string, format: 'json' | 'jsonl'): { records: unknown[] } | { errors: IngestError[] } {
  if (text.trim() === '') return { errors: [fileError('the file is empty: expected policy items')] };
  if (format === 'jsonl') {
    const records: unknown[] = [];
    const errors: IngestError[] = [];
    text.split(/\r?\n/).forEach((line, lineIndex) => {
      if (line.trim() === '') return;
      try {
        records.push(JSON.parse(line));
      } catch (error) {
        errors.push(fileError(`line ${lineIndex + 1} is not valid JSON (${(error as Error).message})`));
      }
    });
    return errors.length > 0 ? { errors } : { records };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { errors: [fileError(`not valid JSON (${(error as Error).message})`)] };
  }
  if (Array.isArray(parsed)) return { records: parsed };
  if (parsed && typeof parsed === 'object' && Array.isArray((parsed as { items?: unknown }).items)) {
    return { records: (parsed as { items: unknown[] }).items };
  }
  return { errors: [fileError('expected a JSON array of policy items, or an object with an "items" array')] };
}

function fileError(message: string): IngestError {
  return { index: null, id: null, path: '', message };
}

const REFERENCE_FIELDS: ReadonlyArray<[keyof PolicyItem & ('actors' | 'people' | 'targets'), AliasKind]> = [
  ['actors', 'actor'], ['people', 'person'], ['targets', 'target'],
];

/**
 * Validates every record with the policy-item schema, checks ids are unique and every actor, person and
 * target is in the alias table. All errors are collected; the caller stores nothing unless `ok`.
 */
export function parseItems(text: string, format: 'json' | 'jsonl', aliases: AliasTable): ParseItemsResult {
  const read = readRecords(text, format);
  if ('errors' in read) return { ok: false, errors: read.errors };
  if (read.records.length === 0) return { ok: false, errors: [fileError('the file holds no items')] };

  const errors: IngestError[] = [];
  const items: PolicyItem[] = [];
  const firstIndexById = new Map<string, number>();
  read.records.forEach((record, index) => {
    const rawId = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
    const id = typeof rawId === 'string' ? rawId : null;
    const result = policyItemSchema.safeParse(record);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({ index, id, path: issue.path.map(String).join('.'), message: issue.message });
      }
      return;
    }
    const item = result.data;
    const earlier = firstIndexById.get(item.id);
    if (earlier !== undefined) {
      errors.push({ index, id, path: 'id', message: `duplicate id: item ${earlier} has the same id` });
    } else {
      firstIndexById.set(item.id, index);
    }
    for (const [field, kind] of REFERENCE_FIELDS) {
      item[field].forEach((ref, refIndex) => {
        if (aliases.get(ref)?.kind !== kind) {
          errors.push({ index, id, path: `${field}.${refIndex}`,
            message: `unknown ${kind} "${ref}": add it to data/aliases.json first` });
        }
      });
    }
    items.push(item);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, items };
}
