import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('FEDREG_API_URL and SOURCES_CRON', () => {
  it('default to the public Federal Register and a daily run at 06:00', () => {
    expect(loadConfig({})).toMatchObject({ FEDREG_API_URL: 'https://www.federalregister.gov', SOURCES_CRON: '0 6 * * *' });
  });

  it('take a server of the same API, with or without /api/v1 at the end, and any cron schedule', () => {
    expect(loadConfig({ FEDREG_API_URL: 'http://127.0.0.1:8080/', SOURCES_CRON: '30 5 * * 1-5' }))
      .toMatchObject({ FEDREG_API_URL: 'http://127.0.0.1:8080', SOURCES_CRON: '30 5 * * 1-5' });
    expect(loadConfig({ FEDREG_API_URL: 'https://www.federalregister.gov/api/v1' }).FEDREG_API_URL).toBe('https://www.federalregister.gov');
  });

  it('name the variable when it is wrong, together with every other bad one', () => {
    expect(problemsOf({ FEDREG_API_URL: 'federalregister.gov', SOURCES_CRON: 'every morning', DIGEST_TZ: 'Mars/Base' }).sort()).toEqual([
      'DIGEST_TZ: expected an IANA time zone such as Europe/Berlin',
      'FEDREG_API_URL: expected an http(s) URL such as https://www.federalregister.gov',
      'SOURCES_CRON: expected a cron expression such as "0 6 * * *" (daily at 06:00)',
    ]);
    expect(problemsOf({ FEDREG_API_URL: 'ftp://www.federalregister.gov' })).toEqual(['FEDREG_API_URL: expected an http(s) URL such as https://www.federalregister.gov']);
  });
});
