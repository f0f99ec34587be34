import { join } from 'node:path';
import type { Config } from '../config/config.js';
import { packageRoot } from '../config/paths.js';
import type { Clock, ItemStore } from '../core/ports.js';
import type { CuratedData } from '../ingest/curated-data.js';
import { createOpenAiTranslator } from '../llm/openai-translator.js';
import { loadPrompts } from '../llm/prompts.js';
import { createFederalRegisterClient, type FederalRegisterClientOptions, type Log } from './federal-register-client.js';
import type { SourceRunDeps } from './run-sources.js';

/**
 * What a run of the source watches needs, from the configuration: the Federal Register client on FEDREG_API_URL,
 * the watches of data/sources.json, and the LLM translator when OPENAI_API_KEY is set.
 */
export function sourceRunDepsFor(core: { config: Config; data: CuratedData; store: ItemStore; clock: Clock }, log: Log,
  client: Partial<Omit<FederalRegisterClientOptions, 'baseUrl' | 'log'>> = {}): SourceRunDeps {
  const { config } = core;
  const translator = config.OPENAI_API_KEY
    ? createOpenAiTranslator({ apiKey: config.OPENAI_API_KEY, model: config.OPENAI_MODEL, timeoutMs: config.LLM_TIMEOUT_MS,
      ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}) }, loadPrompts(join(packageRoot(), 'prompts')).translateItem, log)
    : undefined;
  return {
    store: core.store, config: core.data.sources, aliases: core.data.aliases, clock: core.clock, log,
    client: createFederalRegisterClient({ baseUrl: config.FEDREG_API_URL, log, ...client }),
    ...(translator ? { translator } : {}),
  };
}
