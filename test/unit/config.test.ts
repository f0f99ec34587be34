import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};

describe('the second round of variables', () => {
  it('takes LOG_LEVEL and REVIEW_CHANNEL, with defaults', () => {
    expect(loadConfig({}).LOG_LEVEL).toBe('info');
    expect(loadConfig({ LOG_LEVEL: 'warn', REVIEW_CHANNEL: 'slack:C0123ABCD' })).toMatchObject({ LOG_LEVEL: 'warn', REVIEW_CHANNEL: 'slack:C0123ABCD' });
    expect(loadConfig({ REVIEW_CHANNEL: 'teams:19:abc@thread.tacv2' }).REVIEW_CHANNEL).toBe('teams:19:abc@thread.tacv2');
  });

  it('names each bad variable', () => {
    const problems = problemsOf({ LOG_LEVEL: 'loud', REVIEW_CHANNEL: '#policy' });
    expect(problems).toHaveLength(2);
    expect(problems.find((p) => p.startsWith('LOG_LEVEL: '))).toBeDefined();
    expect(problems.find((p) => p.startsWith('REVIEW_CHANNEL: '))).toMatch(/expected slack:<channel id>/);
  });
});
