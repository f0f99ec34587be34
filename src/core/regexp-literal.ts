/** Text to match literally inside a regular expression. */
export const regExpLiteral = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
