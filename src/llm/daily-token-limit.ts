import type { Clock, ItemStore, Summarizer } from '../core/ports.js';
import type { Log } from './openai-summarizer.js';

/**
 * Caps the LLM's tokens per UTC day, counted in the store so every replica shares one budget. Once the day's
 * tokens are spent, summaries are refused and answers fall back to extractive ones, saying why, until midnight UTC.
 * An answer under way when the limit is crossed still completes: the check is before a call, the count after it.
 */
export function withDailyTokenLimit(summarizer: Summarizer, limit: number, deps: { store: Pick<ItemStore, 'getMeta' | 'addToCounter'>; clock: Clock; log: Log }): Summarizer {
  const keyOf = () => `llm-tokens:${deps.clock.now().toISOString().slice(0, 10)}`;
  let warnedFor = '';
  return {
    model: summarizer.model,
    async summarize(request) {
      const key = keyOf();
      const used = Number((await deps.store.getMeta(key)) ?? 0);
      if (used >= limit) {
        if (warnedFor !== key) deps.log('llm: daily token limit reached', { level: 'warn', limit, used, day: key.slice(-10) });
        warnedFor = key;
        return { ok: false, reason: `the daily LLM token limit (${limit}) is spent until midnight UTC` };
      }
      const result = await summarizer.summarize(request);
      if (result.tokens) await deps.store.addToCounter(key, result.tokens);
      return result;
    },
  };
}
