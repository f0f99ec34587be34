import { parseCommand, type Command } from './commands.js';
import { actor } from './handlers/actor.js';
import { ask } from './handlers/ask.js';
import { chart } from './handlers/chart.js';
import { compare } from './handlers/compare.js';
import { digest } from './handlers/digest.js';
import { event } from './handlers/event.js';
import { events } from './handlers/events.js';
import { framework } from './handlers/framework.js';
import type { HandlerDeps, HandlerTable, MessageContext, RouterDeps } from './handlers/handler.js';
import { help } from './handlers/help.js';
import { review } from './handlers/review.js';
import { status } from './handlers/status.js';
import { subscribe, subscriptions, unsubscribe } from './handlers/subscriptions.js';
import { parseFailureReply } from './handlers/usage.js';
import type { Reply } from './replies.js';
import { inSimplifiedChinese } from './simplified-command.js';

export type { MessageContext, RouterDeps, SubscriptionSettings } from './handlers/handler.js';

export interface Router {
  /** Parses the text and runs it; text that does not parse gets usage help. */
  handle(text: string, context: MessageContext): Promise<Reply>;
  /** Runs a command an adapter already parsed. */
  run(command: Command, context: MessageContext): Promise<Reply>;
}

/** Every command's handler, one file each under handlers/. */
const HANDLERS: HandlerTable = { ask, events, event, actor, compare, framework, digest, chart, subscribe, unsubscribe, subscriptions, review, status, help };

export function createRouter(deps: RouterDeps): Router {
  const handlerDeps: HandlerDeps = { ...deps, passagesById: new Map(deps.passages.map((p) => [p.id, p])) };
  const run = (command: Command, context: MessageContext): Promise<Reply> => {
    // The table's type pairs each kind with its handler; indexing by a union kind cannot show that, hence the cast.
    const handler = HANDLERS[command.kind] as (c: Command, ctx: MessageContext, d: HandlerDeps) => Promise<Reply>;
    return handler(deps.toSimplifiedChinese ? inSimplifiedChinese(command, deps.toSimplifiedChinese) : command, context, handlerDeps);
  };
  return {
    run,
    async handle(text, context) {
      const parsed = parseCommand(text);
      return parsed.ok ? run(parsed.command, context) : parseFailureReply(text, parsed);
    },
  };
}
