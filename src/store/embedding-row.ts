import type { StoredEmbedding } from '../core/ports.js';

/** An embeddings row as both SQL stores return it: the vector as little-endian float32 bytes. */
export interface EmbeddingRow {
  doc_id: string;
  content_hash: string;
  vector: Uint8Array;
}

export function vectorToBytes(vector: Float32Array): Buffer {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
}

export function embeddingFromRow(row: EmbeddingRow): StoredEmbedding {
  // Copied into its own buffer: a driver's Buffer may sit at an offset no Float32Array can start at.
  const bytes = Uint8Array.from(row.vector);
  return { id: row.doc_id, contentHash: row.content_hash, vector: new Float32Array(bytes.buffer, 0, bytes.byteLength / 4) };
}
