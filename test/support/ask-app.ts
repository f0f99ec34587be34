import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import type { Reply } from '../../src/core/replies.js';
import { replyToText } from '../../src/core/render-text.js';
import { tempDir } from './temp-store.js';

export type Answer = Extract<Reply, { kind: 'answer' }>;

/**
 * The bot on the curated store, opened before a file's tests and closed after them: `say` sends a message as a chat
 * user would (each in a conversation of its own unless a key is given), `ask` expects an answer.
 */
export function askApp(name: string) {
  let app: App | undefined;
  let cleanup = (): void => undefined;
  let conversation = 0;
  beforeAll(async () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    app = await openApp(loadConfig({ BRIEFING_DB: join(temp.dir, `${name}.db`) }));
  });
  afterAll(async () => {
    await app?.close();
    cleanup();
  });
  const opened = (): App => {
    if (!app) throw new Error('the app is opened before the tests run');
    return app;
  };
  const say = (text: string, key = `${name}:${conversation++}`): Promise<Reply> => opened().router.handle(text, { conversationKey: key });
  async function ask(question: string, key?: string): Promise<Answer> {
    const reply = await say(question, key);
    if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}: ${replyToText(reply)}`);
    return reply;
  }
  return { app: opened, say, ask };
}

/** The ids an answer cites, in order. */
export const ids = (answer: Answer): string[] => answer.citations.map((c) => c.itemId);
