import { z } from 'zod';
import { detectLang } from '../core/lang.js';

/** The structured reply the answer prompt asks for. */
export const claimsReplySchema = z.object({
  answerable: z.boolean(),
  claims: z.array(z.object({
    text: z.string().min(1),
    passages: z.array(z.number().int()).min(1),
    quote: z.string().min(1),
  })).max(12),
});
export type ClaimsReply = z.infer<typeof claimsReplySchema>;

/** JSON Schema for endpoints that honour structured output. */
export const CLAIMS_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['answerable', 'claims'],
  properties: {
    answerable: { type: 'boolean' },
    claims: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['text', 'passages', 'quote'],
        properties: {
          text: { type: 'string' },
          passages: { type: 'array', items: { type: 'integer' } },
          quote: { type: 'string' },
        },
      },
    },
  },
} as const;

export interface CheckedAnswer {
  /** Sentences with [n] markers, every n within 1…k. */
  sentences: string[];
  /** Why claims or sentences were dropped, for the log. */
  dropped: string[];
  /** The model said the passages do not answer the question. */
  declined: boolean;
}

const squash = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** Removes what the model must not put in front of users: mentions, links, markup. */
export function sanitize(text: string): string {
  return text
    .replace(/<[@#!][^>]*>/g, '')
    .replace(/<https?:[^>]*>/g, '')
    .replace(/https?:\/\/\S+/g, '')
    .replace(/(^|\s)@(channel|here|everyone)\b/gi, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/[*_`~#>|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Keeps the claims whose passage numbers are valid and whose quote really is in a cited passage. */
export function checkClaims(reply: ClaimsReply, passages: readonly string[]): CheckedAnswer {
  const dropped: string[] = [];
  const sentences: string[] = [];
  if (!reply.answerable) return { sentences, dropped, declined: true };
  for (const claim of reply.claims) {
    const cited = [...new Set(claim.passages)];
    if (cited.some((n) => n < 1 || n > passages.length)) {
      dropped.push(`cites a passage outside 1…${passages.length}: ${claim.passages.join(',')}`);
      continue;
    }
    const quote = squash(claim.quote);
    if (quote.length < 2 || !cited.some((n) => squash(passages[n - 1] as string).includes(quote))) {
      dropped.push(`quote not found in passage ${cited.join(',')}: "${claim.quote.slice(0, 60)}"`);
      continue;
    }
    const text = sanitize(claim.text.replace(/\[\d+\]/g, '')).replace(/[.。!！?？]+$/u, '');
    if (!text) continue;
    const zh = detectLang(text) === 'zh';
    sentences.push(`${text}${zh ? '' : ' '}${cited.map((n) => `[${n}]`).join('')}${zh ? '。' : '.'}`);
  }
  return { sentences, dropped, declined: false };
}

const CONNECTIVE = /^(in short|overall|in sum|in summary|to sum up|that said|however|moreover|in addition|总之|此外|另外|同时|然而|综上)[,，:：]?$/iu;

/**
 * Plain-text replies (endpoints that ignore structured output): sentences citing a number outside 1…k lose
 * the sentence; sentences with no marker are dropped unless they are pure connective words.
 */
export function checkPlainText(text: string, passageCount: number): CheckedAnswer {
  const dropped: string[] = [];
  const sentences: string[] = [];
  const clean = sanitize(text);
  if (/^\s*(none|no answer|cannot answer|the passages do not|无法回答|资料中没有)/i.test(clean)) return { sentences, dropped, declined: true };
  for (const sentence of clean.match(/[^.!?。！？]+[.!?。！？]*/gu) ?? []) {
    const trimmed = sentence.trim();
    if (!trimmed) continue;
    const markers = [...trimmed.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    if (markers.some((n) => n < 1 || n > passageCount)) {
      dropped.push(`cites a passage outside 1…${passageCount}: ${trimmed.slice(0, 60)}`);
      continue;
    }
    if (markers.length === 0) {
      if (CONNECTIVE.test(trimmed.replace(/[.。,，]$/u, ''))) sentences.push(trimmed);
      else dropped.push(`no citation: ${trimmed.slice(0, 60)}`);
      continue;
    }
    sentences.push(trimmed);
  }
  return { sentences, dropped, declined: false };
}
