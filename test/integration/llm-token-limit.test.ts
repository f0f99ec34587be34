import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import type { Reply } from '../../src/core/replies.js';
import { passagesOf, startFakeOpenAi, streamOf } from '../support/fake-openai.js';
import { tempDir } from '../support/temp-store.js';

let cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

describe('LLM_DAILY_TOKEN_LIMIT', () => {
  it('answers with the LLM until the day\'s tokens are spent, then extractively, saying why, and shares the count across replicas', async () => {
    // Every completion reports 960 tokens used: the first fits a 900-token day, the second finds it spent.
    const fake = await startFakeOpenAi((request) => {
      const first = [...passagesOf(request).entries()][0];
      return streamOf(JSON.stringify({ answerable: true, claims: [{ text: 'From the first passage', passages: [first?.[0] ?? 1], quote: first?.[1].split('\n')[1]?.slice(0, 24) ?? '' }] }));
    });
    const { dir, cleanup } = tempDir();
    const env = { BRIEFING_DB: join(dir, 'b.db'), OPENAI_API_KEY: 'k', OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'm', LLM_DAILY_TOKEN_LIMIT: '900' };
    const app = await openApp(loadConfig(env));
    const replica = await openApp(loadConfig(env));
    cleanups.push(cleanup, () => fake.close(), () => app.close(), () => replica.close());
    const ask = async (target: typeof app, question: string) => {
      const reply = await target.router.handle(question, { conversationKey: `t:${question}` });
      return reply as Extract<Reply, { kind: 'answer' }>;
    };

    const first = await ask(app, 'When did Cyber Command become a unified combatant command?');
    expect(first.mode).toBe('llm');
    const second = await ask(replica, 'What did the Pentagon think of the Huawei rule?');
    expect(second.mode).toBe('extractive');
    expect(second.grounded).toBe(true);
    expect(second.note).toMatch(/daily LLM token limit \(900\)/);
    expect(fake.received).toHaveLength(1);
    expect(await app.store.getMeta(`llm-tokens:${new Date().toISOString().slice(0, 10)}`)).toBe('960');
  });
});
