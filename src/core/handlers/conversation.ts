import type { ConversationTurn, ItemStore } from '../ports.js';
import type { HandlerDeps, MessageContext } from './handler.js';

/** How much a conversation remembers for follow-ups. */
const CONTEXT_TURNS = 10;
const CONTEXT_MAX_AGE_MS = 2 * 60 * 60 * 1000;

export async function previousTurn(store: ItemStore, context: MessageContext): Promise<ConversationTurn | undefined> {
  return (await store.getConversation(context.conversationKey)).at(-1);
}

/** Keeps this turn for the next follow-up in the same conversation, stamped now. */
export async function rememberTurn(deps: Pick<HandlerDeps, 'store' | 'clock'>, context: MessageContext,
  turn: Omit<ConversationTurn, 'at'>): Promise<void> {
  await deps.store.appendConversation(context.conversationKey, { ...turn, at: deps.clock.now().toISOString() },
    CONTEXT_TURNS, CONTEXT_MAX_AGE_MS);
}
