import OpenAI from 'openai';
import { z } from 'zod';
import type { Translator } from '../core/translator.js';
import type { Log, OpenAiSettings } from './openai-summarizer.js';

const replySchema = z.object({ title: z.string().trim().min(1).max(400), summary: z.string().trim().min(1).max(2000) });

const REPLY_JSON_SCHEMA = {
  type: 'object', additionalProperties: false, required: ['title', 'summary'],
  properties: { title: { type: 'string' }, summary: { type: 'string' } },
} as const;

const han = (text: string): number => (text.match(/\p{Script=Han}/gu) ?? []).length;
const latin = (text: string): number => (text.match(/\p{Script=Latin}/gu) ?? []).length;

/** Why a model's translation cannot be used, or null when it can: JSON of the asked shape, Chinese, not cut short, no markup. */
export function translationProblem(content: string, source: { title: string; summary: string }): string | null {
  let json: unknown;
  try {
    json = JSON.parse(content.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return 'the reply is not JSON';
  }
  const parsed = replySchema.safeParse(json);
  if (!parsed.success) return `the reply is not {"title", "summary"} (${parsed.error.issues[0]?.message ?? 'invalid'})`;
  const { title, summary } = parsed.data;
  for (const [name, text] of [['title', title], ['summary', summary]] as const) {
    // Names and document numbers stay in Latin letters; the rest must be Chinese.
    if (han(text) === 0 || han(text) < latin(text) / 4) return `the ${name} is not in Chinese`;
    if (/https?:\/\/|<\/?[a-z][^>]*>/i.test(text)) return `the ${name} holds links or markup`;
  }
  // Chinese takes about a third of the English characters; far less means a part was left out.
  if (summary.length < source.summary.length / 10) return 'the summary is much shorter than the English';
  return null;
}

/** Chinese titles and summaries through any OpenAI-compatible chat endpoint, checked before use. */
export function createOpenAiTranslator(settings: OpenAiSettings, prompt: string, log: Log): Translator {
  const client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL, maxRetries: 2, timeout: settings.timeoutMs });
  const defuse = (text: string): string => text.replace(/<\/?(document|title|summary)\b[^>]*>/gi, ' ');
  return {
    model: settings.model,
    async translate(request) {
      const started = Date.now();
      try {
        const response = await client.chat.completions.create({
          model: settings.model,
          temperature: 0,
          response_format: { type: 'json_schema', json_schema: { name: 'translation', strict: true, schema: REPLY_JSON_SCHEMA } },
          messages: [{ role: 'system', content: prompt.trimEnd() },
            { role: 'user', content: `<document>\n<title>${defuse(request.title)}</title>\n<summary>${defuse(request.summary)}</summary>\n</document>` }],
        });
        const content = response.choices[0]?.message?.content ?? '';
        const problem = translationProblem(content, request);
        log('llm: translated', { model: settings.model, ms: Date.now() - started, usable: problem === null, ...(problem ? { problem } : {}) });
        if (problem) return { ok: false, reason: problem };
        const { title, summary } = replySchema.parse(JSON.parse(content.trim().replace(/^```(?:json)?\s*|\s*```$/g, '')));
        return { ok: true, title, summary, model: settings.model };
      } catch (error) {
        return { ok: false, reason: `LLM call failed: ${(error as Error).message}` };
      }
    },
  };
}
