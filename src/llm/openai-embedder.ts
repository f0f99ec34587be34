import OpenAI from 'openai';
import type { Embedder } from '../core/ports.js';
import type { Log } from './openai-summarizer.js';

export interface EmbedderSettings {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
}

/** Texts per request: well under the endpoints' input limits, few enough round trips for a full store. */
const BATCH = 64;

/** Embeddings through any OpenAI-compatible `/embeddings` endpoint, in batches, vectors normalised to unit length. */
export function createOpenAiEmbedder(settings: EmbedderSettings, log: Log): Embedder {
  const client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL, maxRetries: 2, timeout: settings.timeoutMs });
  return {
    model: settings.model,
    async embed(texts) {
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += BATCH) {
        const input = texts.slice(start, start + BATCH).map((text) => text.slice(0, 8000));
        const response = await client.embeddings.create({ model: settings.model, input, encoding_format: 'float' });
        const byIndex = [...response.data].sort((a, b) => a.index - b.index);
        if (byIndex.length !== input.length) throw new Error(`the embeddings endpoint returned ${byIndex.length} vectors for ${input.length} texts`);
        vectors.push(...byIndex.map((d) => unit(Float32Array.from(d.embedding))));
        if (response.usage) log('embedding tokens', { model: settings.model, tokens: response.usage.total_tokens, texts: input.length });
      }
      return vectors;
    },
  };
}

function unit(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const v of vector) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < vector.length; i++) vector[i] = (vector[i] as number) / norm;
  return vector;
}
