import OpenAI from 'openai';
import type { SummaryPassage, SummaryRequest, SummaryResult, Summarizer } from '../core/ports.js';
import { CLAIMS_JSON_SCHEMA, checkClaims, checkPlainText, claimsReplySchema, type CheckedAnswer } from './check-output.js';
import { LANGUAGE_INSTRUCTION, type Prompts } from './prompts.js';

export interface OpenAiSettings {
  apiKey: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
}

export type Log = (message: string, fields?: Record<string, unknown>) => void;

/** Rough token count: a Chinese character is about a token, English about four characters a token. */
export function estimateTokens(text: string): number {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  return han + Math.ceil((text.length - han) / 4);
}

const PASSAGE_TOKEN_BUDGET = 3000;

/** Passages as delimited data; text that looks like our delimiters is defused. */
export function formatPassages(passages: readonly SummaryPassage[]): string {
  let budget = PASSAGE_TOKEN_BUDGET;
  const blocks: string[] = [];
  for (const p of passages) {
    let text = p.text.replace(/<\/?passages?\b[^>]*>/gi, ' ');
    const cost = estimateTokens(text);
    if (cost > budget) text = text.slice(0, Math.max(200, Math.floor(text.length * (budget / cost))));
    budget = Math.max(0, budget - estimateTokens(text));
    blocks.push(`<passage n="${p.n}" date="${p.date}" actors="${p.actors.join('; ')}" section="${p.section}">\n${p.title}\n${text}\n</passage>`);
  }
  return `<passages>\n${blocks.join('\n')}\n</passages>`;
}

/** The answer prompt with the shape's own instructions; lists and timelines may make a claim per passage. */
export function systemPrompt(prompts: Prompts, request: SummaryRequest): string {
  if (request.purpose === 'digest') return prompts.digestSummary.replaceAll('{{language}}', LANGUAGE_INSTRUCTION[request.lang]);
  const shape = request.shape && request.shape !== 'fact' && request.shape !== 'person' ? prompts.shapes[request.shape] : '';
  const many = request.shape === 'list' || request.shape === 'timeline';
  return prompts.answer.replaceAll('{{language}}', LANGUAGE_INSTRUCTION[request.lang])
    .replaceAll('{{max_claims}}', String(many ? Math.max(5, request.passages.length) : 5)).replaceAll('{{shape}}', shape).trimEnd();
}

const RETRYABLE = new Set([408, 409, 429, 500, 502, 503, 504]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Answers through any OpenAI-compatible chat endpoint: asks for structured claims, streams the reply, retries
 * 429/5xx with backoff inside the time budget, and checks every claim against its passage before returning it.
 */
export function createOpenAiSummarizer(settings: OpenAiSettings, prompts: Prompts, log: Log): Summarizer {
  const client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL, maxRetries: 0, timeout: settings.timeoutMs });

  async function complete(request: SummaryRequest, deadline: number): Promise<{ content: string; usage?: unknown }> {
    const system = systemPrompt(prompts, request);
    const user = `${formatPassages(request.passages)}\n\n<question>\n${request.question.replace(/<\/?question>/gi, ' ')}\n</question>\n\nAnswer ${LANGUAGE_INSTRUCTION[request.lang]}, as JSON.`;
    for (let attempt = 0; ; attempt++) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error('time budget spent');
      try {
        const stream = await client.chat.completions.create({
          model: settings.model,
          temperature: 0,
          stream: true,
          stream_options: { include_usage: true },
          response_format: { type: 'json_schema', json_schema: { name: 'grounded_answer', strict: true, schema: CLAIMS_JSON_SCHEMA } },
          messages: [{ role: 'system', content: system }, { role: 'user', content: user }],
        }, { timeout: remaining, maxRetries: 0, signal: AbortSignal.timeout(remaining) });
        let content = '';
        let usage: unknown;
        for await (const chunk of stream) {
          const delta = chunk.choices[0]?.delta?.content ?? '';
          if (delta) {
            content += delta;
            request.onProgress?.(content);
          }
          if (chunk.usage) usage = chunk.usage;
        }
        return { content, usage };
      } catch (error) {
        const status = error instanceof OpenAI.APIError ? error.status : undefined;
        if (status === undefined || !RETRYABLE.has(status)) throw error;
        const retryAfter = Number((error as InstanceType<typeof OpenAI.APIError>).headers?.get?.('retry-after'));
        const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 250 * 2 ** attempt;
        if (Date.now() + wait >= deadline) throw error;
        log('llm: retrying', { level: 'warn', status, attempt: attempt + 1, waitMs: wait });
        await sleep(wait);
      }
    }
  }

  return {
    model: settings.model,
    async summarize(request) {
      const started = Date.now();
      let timer: NodeJS.Timeout | undefined;
      const budget = new Promise<SummaryResult>((resolve) => {
        timer = setTimeout(() => resolve({ ok: false, reason: `no answer within ${settings.timeoutMs} ms` }), settings.timeoutMs);
      });
      const work = (async (): Promise<SummaryResult> => {
        const { content, usage } = await complete(request, started + settings.timeoutMs);
        log('llm: answered', { model: settings.model, ms: Date.now() - started, usage });
        const tokens = (usage as { total_tokens?: number } | undefined)?.total_tokens ?? estimateTokens(`${systemPrompt(prompts, request)}${formatPassages(request.passages)}${content}`);
        const texts = request.passages.map((p) => `${p.title}\n${p.text}`);
        let parsed: unknown;
        try {
          parsed = JSON.parse(content.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
        } catch {
          parsed = undefined;
        }
        const claims = claimsReplySchema.safeParse(parsed);
        const checked: CheckedAnswer = claims.success ? checkClaims(claims.data, texts) : checkPlainText(content, request.passages.length);
        if (checked.dropped.length > 0) log('llm: dropped unsupported output', { dropped: checked.dropped });
        if (checked.declined) return { ok: false, reason: 'the model said the passages do not answer the question', tokens };
        if (!checked.sentences.some((s) => /\[\d+\]/.test(s))) return { ok: false, reason: 'no claim survived the citation checks', tokens };
        return { ok: true, sentences: checked.sentences, model: settings.model, tokens };
      })().catch((error: unknown): SummaryResult => ({ ok: false, reason: `LLM call failed: ${(error as Error).message}` }));
      try {
        return await Promise.race([work, budget]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
