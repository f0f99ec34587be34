import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAliasTable, type AliasTable } from '../core/alias-table.js';
import { sourceDocumentSchema, type Passage, type SourceDocument } from '../core/passage.js';
import { aliasTableSchema, type PolicyItem } from '../core/policy-item.js';
import { sourcesConfigSchema, type SourcesConfig } from '../core/source-watches.js';
import { createVocabulary, vocabularySchema, type Vocabulary } from '../core/vocabulary.js';
import { answerabilityModelSchema, type AnswerabilityModel } from '../core/answerability.js';
import { formatIngestError, parseItems } from './parse-items.js';

/** Everything curated in data/: the alias table, the policy items and the source documents' passages. */
export interface CuratedData {
  aliases: AliasTable;
  /** How people name instruments, and general synonyms (data/vocabulary.json). */
  vocabulary: Vocabulary;
  /** The fitted decision between answering and declining (data/answerability.json). */
  answerability: AnswerabilityModel;
  items: PolicyItem[];
  documents: SourceDocument[];
  passages: Passage[];
  /** What the source watches fetch and how they judge it (data/sources.json). */
  sources: SourcesConfig;
  /** Hash of the files read: the store re-seeds only when it changes. */
  fingerprint: string;
}

export class CuratedDataError extends Error {
  readonly code = 'CURATED_DATA_INVALID';
  constructor(readonly problems: string[]) {
    super(`data/ is invalid:\n  ${problems.join('\n  ')}`);
  }
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => join(dir, name));
}

/** Loads and validates data/ whole; throws CuratedDataError listing every problem with its file. */
export function loadCuratedData(dataDir: string): CuratedData {
  const hash = createHash('sha256');
  const read = (path: string): string => {
    const text = readFileSync(path, 'utf8');
    hash.update(path.slice(dataDir.length)).update(text);
    return text;
  };
  const problems: string[] = [];
  const readJson = (path: string): unknown => {
    try {
      return JSON.parse(read(path));
    } catch (error) {
      throw new CuratedDataError([`${path}: ${(error as Error).message}`]);
    }
  };

  const aliasesPath = join(dataDir, 'aliases.json');
  const aliasResult = aliasTableSchema.safeParse(readJson(aliasesPath));
  if (!aliasResult.success) {
    for (const issue of aliasResult.error.issues) problems.push(`${aliasesPath} at ${issue.path.join('.')}: ${issue.message}`);
    throw new CuratedDataError(problems);
  }
  const aliases = createAliasTable(aliasResult.data);

  const modelPath = join(dataDir, 'answerability.json');
  const modelResult = answerabilityModelSchema.safeParse(readJson(modelPath));
  if (!modelResult.success) {
    for (const issue of modelResult.error.issues) problems.push(`${modelPath} at ${issue.path.join('.')}: ${issue.message}`);
  }

  const vocabularyPath = join(dataDir, 'vocabulary.json');
  const vocabularyResult = vocabularySchema.safeParse(readJson(vocabularyPath));
  if (!vocabularyResult.success) {
    for (const issue of vocabularyResult.error.issues) problems.push(`${vocabularyPath} at ${issue.path.join('.')}: ${issue.message}`);
  }

  const sourcesPath = join(dataDir, 'sources.json');
  const sources = loadSources(readJson(sourcesPath), aliases);
  problems.push(...sources.problems.map((problem) => `${sourcesPath} at ${problem}`));

  const items: PolicyItem[] = [];
  const fileById = new Map<string, string>();
  for (const path of jsonFiles(join(dataDir, 'items'))) {
    const result = parseItems(read(path), 'json', aliases);
    if (!result.ok) {
      problems.push(...result.errors.map((error) => `${path}: ${formatIngestError(error)}`));
      continue;
    }
    for (const item of result.items) {
      const other = fileById.get(item.id);
      if (other) problems.push(`${path}: duplicate id ${item.id} (also in ${other})`);
      fileById.set(item.id, path);
      items.push(item);
    }
  }

  const documents: SourceDocument[] = [];
  const passages: Passage[] = [];
  const paperDir = join(dataDir, 'paper');
  for (const path of jsonFiles(paperDir)) {
    const result = sourceDocumentSchema.safeParse(readJson(path));
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${path} at ${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    documents.push(result.data);
    passages.push(...result.data.passages.map((p) => ({ ...p, documentId: result.data.document.id })));
  }

  if (problems.length > 0 || !vocabularyResult.success || !modelResult.success || !sources.config) throw new CuratedDataError(problems);
  return { aliases, vocabulary: createVocabulary(vocabularyResult.data), answerability: modelResult.data, items, documents, passages,
    sources: sources.config, fingerprint: hash.digest('hex') };
}

/** data/sources.json checked whole: its schema, and every actor and target it names is in the alias table with that kind. */
function loadSources(json: unknown, aliases: AliasTable): { config?: SourcesConfig; problems: string[] } {
  const result = sourcesConfigSchema.safeParse(json);
  if (!result.success) return { problems: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  const problems: string[] = [];
  for (const [agency, actors] of Object.entries(result.data.agencyActors)) {
    actors.forEach((id, index) => {
      if (aliases.get(id)?.kind !== 'actor') problems.push(`agencyActors.${agency}.${index}: ${id} is not an actor in data/aliases.json`);
    });
  }
  result.data.relevance.forEach((rule, at) => rule.targets.forEach((id, index) => {
    if (aliases.get(id)?.kind !== 'target') problems.push(`relevance.${at}.targets.${index}: ${id} is not a target in data/aliases.json`);
  }));
  return problems.length > 0 ? { problems } : { config: result.data, problems };
}
