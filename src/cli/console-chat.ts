import { createInterface } from 'node:readline/promises';
import type { Router } from '../core/router.js';
import { replyToTerminal } from './chart-file.js';

/** A local chat on the same router as Slack and Teams: same commands, same answers, one session's context. */
export async function runConsoleChat(router: Router, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const lines = createInterface({ input, output, terminal: (output as { isTTY?: boolean }).isTTY === true });
  let conversations = 0;
  const newConversation = (): string => `console:${process.pid}:${Date.now()}:${conversations++}`;
  let conversationKey = newConversation();
  output.write('Policy Brief — ask about US AI policy toward China, in English or Chinese.\n'
    + 'Try: What did the Pentagon think of the Huawei rule?   events actor:commerce 2019   help\n'
    + 'Follow-ups ("and under Biden?") keep the topic; `new` starts a fresh conversation; quit with exit or Ctrl-D.\n\n');
  lines.setPrompt('brief> ');
  lines.prompt();
  for await (const line of lines) {
    const text = line.trim();
    if (text === 'exit' || text === 'quit') break;
    if (text === 'new' || text === 'reset') {
      conversationKey = newConversation();
      output.write('New conversation: the next question starts a fresh topic.\n\n');
    } else if (text !== '') {
      try {
        output.write(`\n${replyToTerminal(await router.handle(text, { conversationKey, local: true }))}\n\n`);
      } catch (error) {
        output.write(`Sorry, that failed: ${(error as Error).message}\n\n`);
      }
    }
    lines.prompt();
  }
  lines.close();
}
