/** English text of a proposed item to be put into Simplified Chinese. */
export interface TranslationRequest {
  title: string;
  summary: string;
}

export type TranslationResult =
  | { ok: true; title: string; summary: string; model: string }
  | { ok: false; reason: string };

/** An optional machine translator (the configured LLM) for the Chinese fields of items found by source watches. */
export interface Translator {
  readonly model: string;
  translate(request: TranslationRequest): Promise<TranslationResult>;
}
