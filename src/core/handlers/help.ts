import { helpEntries } from '../help.js';
import type { CommandHandler } from './handler.js';

export const help: CommandHandler<'help'> = async (command) =>
  ({ kind: 'help', lang: 'en', ...(command.topic ? { topic: command.topic } : {}), entries: helpEntries('en', command.topic) });
