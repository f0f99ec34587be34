import { createRequire } from 'node:module';

const AdaptiveCards = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js');

/** Parses a card with the Adaptive Cards library; returns its parse warnings and errors. */
export function cardProblems(card: unknown): string[] {
  const parsed = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  parsed.parse(card, context);
  return Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message as string);
}
