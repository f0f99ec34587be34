import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import type { Reply } from '../../src/core/replies.js';
import { startFakeOpenAi, type FakeReply, type ReceivedRequest } from '../support/fake-openai.js';
import { tempDir } from '../support/temp-store.js';

/**
 * The fake embeddings model knows one concept: texts about Hunt Forward (and the question below) point one way,
 * everything else another. Lexically every Cyber Command item matches the question equally and the 2018 vision
 * ranks first; the model pulls Hunt Forward ahead, so fusion must change what is cited first.
 */
const QUESTION = 'What did Cyber Command announce?';
const CONCEPT = /hunt forward|前出狩猎|What did Cyber Command announce/i;
let failQuestions = false;

function respond(request: ReceivedRequest): FakeReply {
  if (!request.path.endsWith('/embeddings')) return { kind: 'json', status: 400, body: { error: { message: 'no chat on this endpoint' } } };
  const inputs = request.body.input as string[];
  if (failQuestions && inputs.length === 1) return { kind: 'json', status: 500, body: { error: { message: 'down' } } };
  return { kind: 'json', status: 200, body: { object: 'list', model: request.body.model, usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
    data: inputs.map((text, index) => ({ object: 'embedding', index, embedding: CONCEPT.test(text) ? [1, 0, 0.1] : [0, 1, 0.1] })) } };
}

let fake: Awaited<ReturnType<typeof startFakeOpenAi>>;
let dir: string;
let cleanup: () => void;
beforeAll(async () => {
  fake = await startFakeOpenAi(respond);
  ({ dir, cleanup } = tempDir());
});
afterAll(async () => {
  await fake.close();
  cleanup();
});

const embeddedTexts = (requests: ReceivedRequest[]): number => requests.filter((r) => r.path.endsWith('/embeddings'))
  .reduce((sum, r) => sum + (r.body.input as string[]).length, 0);
const config = (extra: Record<string, string> = {}) => loadConfig({ BRIEFING_DB: join(dir, 'semantic.db'), OPENAI_API_KEY: 'test-key',
  OPENAI_BASE_URL: fake.baseURL, LLM_TIMEOUT_MS: '2000', ...extra });
async function firstCitation(app: Awaited<ReturnType<typeof openApp>>): Promise<string | undefined> {
  const reply: Reply = await app.router.run({ kind: 'ask', question: QUESTION }, { conversationKey: `s:${Math.random()}` });
  if (reply.kind !== 'answer') throw new Error(reply.kind);
  expect(reply.grounded).toBe(true);
  return reply.citations[0]?.itemId;
}

describe('semantic retrieval through an OpenAI-compatible embeddings endpoint', () => {
  it('answers lexically without an embeddings model', async () => {
    const app = await openApp(config());
    expect(await firstCitation(app)).toBe('2018-06-14-cybercom-persistent-engagement-vision');
    await app.close();
    expect(embeddedTexts(fake.received)).toBe(0);
  });

  it('embeds every item and passage once, stores them, and fuses the rankings', async () => {
    const app = await openApp(config({ OPENAI_EMBEDDINGS_MODEL: 'fake-embed' }));
    const documents = (await app.store.listItems({}, { limit: 1000, offset: 0 })).total + app.data.passages.length;
    expect(embeddedTexts(fake.received)).toBe(documents);
    expect((await app.store.loadEmbeddings('fake-embed')).length).toBe(documents);
    expect(await firstCitation(app)).toBe('2020-02-cybercom-hunt-forward');
    await app.close();
  });

  it('does not embed unchanged documents again after a restart', async () => {
    const before = embeddedTexts(fake.received);
    const app = await openApp(config({ OPENAI_EMBEDDINGS_MODEL: 'fake-embed' }));
    expect(await firstCitation(app)).toBe('2020-02-cybercom-hunt-forward');
    expect(embeddedTexts(fake.received) - before).toBe(1);
    await app.close();
  });

  it('falls back to the lexical ranking when the question cannot be embedded', async () => {
    failQuestions = true;
    const app = await openApp(config({ OPENAI_EMBEDDINGS_MODEL: 'fake-embed' }));
    expect(await firstCitation(app)).toBe('2018-06-14-cybercom-persistent-engagement-vision');
    await app.close();
    failQuestions = false;
  });
});
