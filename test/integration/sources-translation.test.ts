import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openAppCore } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { packageRoot } from '../../src/config/paths.js';
import type { PolicyItem } from '../../src/core/policy-item.js';
import { runSources } from '../../src/sources/run-sources.js';
import { sourceRunDepsFor } from '../../src/sources/source-run-deps.js';
import { startFakeFederalRegister } from '../support/fake-federal-register.js';
import { startFakeOpenAi, type FakeReply, type ReceivedRequest } from '../support/fake-openai.js';
import { tempDir } from '../support/temp-store.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** A chat completion as the endpoint answers without streaming. */
const completion = (request: ReceivedRequest, content: string): FakeReply => ({ kind: 'json', status: 200, body: {
  id: 'chatcmpl-t', object: 'chat.completion', created: 1, model: request.body.model,
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage: { prompt_tokens: 300, completion_tokens: 120, total_tokens: 420 } } });

const documentOf = (request: ReceivedRequest): string => request.body.messages.find((m: { role: string }) => m.role === 'user').content as string;

/** The items a run proposes, with the LLM answering as `answer` says (or no LLM at all). */
async function proposedItems(answer?: (request: ReceivedRequest) => FakeReply) {
  const federalRegister = await startFakeFederalRegister();
  cleanups.push(() => federalRegister.close());
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  let llm: Awaited<ReturnType<typeof startFakeOpenAi>> | undefined;
  if (answer) {
    llm = await startFakeOpenAi((request) => answer(request));
    cleanups.push(() => llm?.close());
  }
  const core = await openAppCore(loadConfig({ BRIEFING_DB: join(dir, 'b.db'), FEDREG_API_URL: federalRegister.baseUrl,
    ...(llm ? { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: llm.baseURL, OPENAI_MODEL: 'translator-model', LLM_TIMEOUT_MS: '5000' } : {}) }));
  cleanups.push(() => core.close());
  await runSources(sourceRunDepsFor(core, () => {}), { since: '2019-01-01' });
  const { candidates } = await core.store.listCandidates('pending', { limit: 100, offset: 0 });
  return { items: candidates.map((c) => c.item as PolicyItem), received: llm?.received ?? [] };
}

it('machine-translates the Chinese fields with the configured LLM and marks them so', async () => {
  const { items, received } = await proposedItems((request) => {
    const number = /<title>[^<]*<\/title>/.exec(documentOf(request))?.[0].length ?? 0;
    return completion(request, JSON.stringify({ title: `美国联邦公报文件（标题长度 ${number}）`,
      summary: '本文件由美国政府发布，涉及出口管制、投资限制或实体清单等对华措施，以下为机器翻译的摘要内容，供分析人员参考使用。'.repeat(2) }));
  });
  expect(items).toHaveLength(5);
  for (const item of items) {
    expect(item.translation).toBe('machine');
    expect(item.title.zh).toMatch(/^美国联邦公报文件（标题长度 \d+）$/);
    expect(item.summary.zh).toContain('机器翻译的摘要内容');
  }
  expect(received).toHaveLength(5);
  const prompt = readFileSync(join(packageRoot(), 'prompts', 'translate-item.md'), 'utf8').trimEnd();
  expect(received[0]?.body).toMatchObject({ model: 'translator-model', temperature: 0, messages: [{ role: 'system', content: prompt }, { role: 'user' }],
    response_format: { type: 'json_schema' } });
  const rule = items.find((item) => item.provenance.documentId === '2022-21658') as PolicyItem;
  const asked = received.map(documentOf).find((text) => text.includes('Certain Advanced Computing')) as string;
  expect(asked).toBe(`<document>\n<title>${rule.title.en}</title>\n<summary>${rule.summary.en}</summary>\n</document>`);
});

it('leaves the Chinese fields pending when the translation is unusable or the LLM fails, and without an LLM', async () => {
  let n = 0;
  const { items } = await proposedItems((request) => (++n % 2 === 0
    ? { kind: 'json', status: 400, body: { error: { message: 'bad request', type: 'invalid_request_error' } } }
    : completion(request, JSON.stringify({ title: 'Still English', summary: 'Not translated at all, only repeated in English words.' }))));
  expect(items.map((item) => item.translation)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending']);
  const { items: offline } = await proposedItems();
  for (const item of offline) {
    expect(item.translation).toBe('pending');
    expect(item.title.zh).toBe(`（待翻译）${item.title.en}`);
    expect(item.summary.zh).toBe(`（待翻译）${item.summary.en}`);
  }
});
