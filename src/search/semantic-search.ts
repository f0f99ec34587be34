import { createHash } from 'node:crypto';
import type { Passage } from '../core/passage.js';
import type { PolicyItem } from '../core/policy-item.js';
import type { Embedder, ItemStore, RetrievalHit, StoredEmbedding } from '../core/ports.js';

/** Optional semantic retrieval: documents embedded once (re-embedded when their text changes), questions on demand. */
export interface SemanticSearch {
  /** Embeds the documents the store has no current embedding for, and keeps every vector for ranking. */
  addDocuments(items: readonly PolicyItem[], passages?: readonly Passage[]): Promise<void>;
  /** Document ids nearest the question, best first; null when the question could not be embedded in time. */
  rank(question: string, limit: number): Promise<string[] | null>;
}

export const itemEmbeddingText = (item: PolicyItem): string =>
  [item.title.en, item.summary.en, item.title.zh, item.summary.zh, item.keywords.join(', ')].join('\n');
export const passageEmbeddingText = (passage: Passage): string =>
  [passage.section.en, passage.gloss.en, passage.gloss.zh, passage.text].join('\n');
const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);

export async function createSemanticSearch(deps: { embedder: Embedder; store: ItemStore; timeoutMs: number;
  log: (message: string, fields?: Record<string, unknown>) => void }): Promise<SemanticSearch> {
  const { embedder, store } = deps;
  const stored = new Map((await store.loadEmbeddings(embedder.model)).map((e) => [e.id, e]));
  const vectors = new Map<string, Float32Array>();

  async function embedDocuments(docs: Array<{ id: string; text: string }>): Promise<void> {
    const wanted = docs.map((doc) => ({ ...doc, hash: hashOf(doc.text) }));
    const missing = wanted.filter((doc) => stored.get(doc.id)?.contentHash !== doc.hash);
    if (missing.length > 0) {
      const embedded = await embedder.embed(missing.map((doc) => doc.text));
      const rows: StoredEmbedding[] = missing.map((doc, i) => ({ id: doc.id, contentHash: doc.hash, vector: embedded[i] as Float32Array }));
      await store.saveEmbeddings(embedder.model, rows);
      for (const row of rows) stored.set(row.id, row);
      deps.log('embedded documents', { model: embedder.model, count: rows.length });
    }
    for (const doc of wanted) vectors.set(doc.id, (stored.get(doc.id) as StoredEmbedding).vector);
  }

  return {
    async addDocuments(items, passages = []) {
      await embedDocuments([...items.map((item) => ({ id: item.id, text: itemEmbeddingText(item) })),
        ...passages.map((passage) => ({ id: passage.id, text: passageEmbeddingText(passage) }))]);
    },
    async rank(question, limit) {
      let timer: NodeJS.Timeout | undefined;
      try {
        const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('timed out')), deps.timeoutMs); });
        const [query] = await Promise.race([embedder.embed([question]), timeout]);
        if (!query) return null;
        const scored: Array<[string, number]> = [];
        for (const [id, vector] of vectors) {
          let dot = 0;
          for (let i = 0; i < vector.length; i++) dot += (vector[i] as number) * (query[i] ?? 0);
          scored.push([id, dot]);
        }
        return scored.sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id);
      } catch (error) {
        deps.log('question not embedded; answering lexically', { level: 'warn', error: (error as Error).message });
        return null;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Reciprocal rank fusion (k = 60) of the lexical order and an embeddings model's order. */
export function fuseRankings(lexical: RetrievalHit[], semantic: readonly string[]): RetrievalHit[] {
  const semanticRank = new Map(semantic.map((id, i) => [id, i]));
  const fused = (hit: RetrievalHit, lexicalRank: number): number => {
    const s = semanticRank.get(hit.id);
    return 1 / (60 + lexicalRank) + (s === undefined ? 0 : 1 / (60 + s));
  };
  return lexical.map((hit, i) => ({ hit, score: fused(hit, i) })).sort((a, b) => b.score - a.score).map(({ hit }) => hit);
}
