import { describe, expect, it } from 'vitest';
import { parseCommand, type Command } from '../../src/core/commands.js';

const ok = (text: string): Command => {
  const result = parseCommand(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.error}`);
  return result.command;
};
const error = (text: string): string => {
  const result = parseCommand(text);
  if (result.ok) throw new Error(`expected ${text} to be rejected`);
  return result.error;
};

describe('parseCommand', () => {
  it('treats text that is not a subcommand as a question', () => {
    expect(ok('What did the Pentagon think of the Huawei rule?')).toEqual({ kind: 'ask', question: 'What did the Pentagon think of the Huawei rule?' });
    expect(ok('ask 拜登政府对商汤科技做了什么？')).toEqual({ kind: 'ask', question: '拜登政府对商汤科技做了什么?' });
    expect(ok('/brief ask when? lang:zh')).toEqual({ kind: 'ask', question: 'when?', lang: 'zh' });
    // A question opening with a command word is still a question, a word before a colon being no filter.
    expect(ok('Compare the OECD and GPAI: how did the White House first treat each?')).toEqual({ kind: 'ask', question: 'Compare the OECD and GPAI: how did the White House first treat each?' });
  });

  it('parses every events filter, repeated and comma-separated values, and free text', () => {
    expect(ok('events actor:commerce admin:trump from:2019 to:2020-06 driver:power target:huawei type:entity-list lang:zh page:2 ban')).toEqual({
      kind: 'events', page: 2, lang: 'zh',
      filters: { actor: ['commerce'], admin: ['trump'], from: '2019', to: '2020-06', driver: ['power'], target: ['huawei'], type: ['entity-list'], text: 'ban' },
    });
    expect(ok('events actor:commerce,bis actor:defense')).toMatchObject({ filters: { actor: ['commerce', 'bis', 'defense'] } });
    expect(ok('events actor:commerce 2019')).toMatchObject({ filters: { actor: ['commerce'], text: '2019' }, page: 1 });
  });

  it('keeps quoted values together, with straight or curly quotes', () => {
    expect(ok('events actor:"Department of Defense"')).toMatchObject({ filters: { actor: ['Department of Defense'] } });
    expect(ok('events actor:“Department of Defense” "entity list"')).toMatchObject({ filters: { actor: ['Department of Defense'], text: 'entity list' } });
  });

  it('reads full-width characters and Chinese punctuation', () => {
    expect(ok('ｅｖｅｎｔｓ　ａｃｔｏｒ：商务部　ｆｒｏｍ：２０１９')).toMatchObject({ kind: 'events', filters: { actor: ['商务部'], from: '2019' } });
    expect(ok('events actor：国防部')).toMatchObject({ filters: { actor: ['国防部'] } });
  });

  it('parses event, actor, compare, framework, digest, subscriptions and help', () => {
    expect(ok('event 2019-10-07-BIS-entity-list-eight-ai-firms')).toEqual({ kind: 'event', id: '2019-10-07-bis-entity-list-eight-ai-firms' });
    expect(ok('actor Pentagon')).toEqual({ kind: 'actor', name: 'Pentagon' });
    expect(ok('compare commerce vs defense')).toEqual({ kind: 'compare', left: 'commerce', right: 'defense' });
    expect(ok('compare 商务部 对比 国防部')).toEqual({ kind: 'compare', left: '商务部', right: '国防部' });
    expect(ok('compare trump versus biden')).toEqual({ kind: 'compare', left: 'trump', right: 'biden' });
    expect(ok('framework')).toEqual({ kind: 'framework' });
    expect(ok('digest since:2026-01-01')).toEqual({ kind: 'digest', since: '2026-01-01' });
    expect(ok('subscribe daily actor:commerce')).toEqual({ kind: 'subscribe', cadence: 'daily', filters: { actor: ['commerce'] } });
    expect(ok('subscribe')).toEqual({ kind: 'subscribe', cadence: 'weekly', filters: {} });
    expect(ok('unsubscribe')).toEqual({ kind: 'unsubscribe' });
    expect(ok('subscriptions')).toEqual({ kind: 'subscriptions' });
    expect(ok('help')).toEqual({ kind: 'help' });
    expect(ok('HELP events')).toEqual({ kind: 'help', topic: 'events' });
    expect(ok('event 2019-10-07-bis-entity-list-eight-ai-firms lang:zh')).toEqual({ kind: 'event', id: '2019-10-07-bis-entity-list-eight-ai-firms', lang: 'zh' });
    expect(ok('status')).toEqual({ kind: 'status' });
    expect(ok('review')).toEqual({ kind: 'review', action: { verb: 'list', page: 1 } });
    expect(ok('review list page:2')).toEqual({ kind: 'review', action: { verb: 'list', page: 2 } });
    expect(ok('review approve FR-2022-21658')).toEqual({ kind: 'review', action: { verb: 'approve', id: 'fr-2022-21658' } });
    expect(ok('review reject fr-1 not about China')).toEqual({ kind: 'review', action: { verb: 'reject', id: 'fr-1', reason: 'not about China' } });
  });

  it('explains malformed commands instead of guessing', () => {
    expect(error('')).toMatch(/Ask a question/);
    expect(error('   ')).toMatch(/Ask a question/);
    expect(error('events foo:bar')).toMatch(/unknown filter "foo:"/);
    expect(error('events actor:')).toMatch(/"actor:" needs a value/);
    expect(error('events page:0')).toMatch(/page:/);
    expect(error('event')).toMatch(/exactly one item id/);
    expect(error('compare commerce')).toMatch(/two sides/);
    expect(error('actor')).toMatch(/needs a name/);
    expect(error('help nonsense')).toMatch(/no command "nonsense"/);
    expect(error('ask')).toMatch(/needs a question/);
    expect(error('ask hello lang:fr')).toMatch(/lang: is en or zh/);
    expect(error('framework now')).toMatch(/takes no arguments/);
    expect(error('event a b')).toMatch(/exactly one item id/);
    expect(error('review approve')).toMatch(/review approve <id>/);
    expect(error('review bless fr-1')).toMatch(/review approve <id>/);
    expect(error('review approve fr-1 now')).toMatch(/review approve <id>/);
    expect(error('status please')).toMatch(/takes no arguments/);
  });

  it('rejects a 10,000-character message with a clear error and no crash', () => {
    expect(error('x'.repeat(10_000))).toMatch(/10000 characters long; keep it under 2000/);
    expect(error(`events ${'actor:commerce '.repeat(800)}`)).toMatch(/keep it under 2000/);
  });
});

describe('apostrophes', () => {
  it('are letters, not quotes: filters after them still count', () => {
    expect(parseCommand("events Huawei's admin:trump")).toEqual({ ok: true, command: { kind: 'events', page: 1, filters: { admin: ['trump'], text: "Huawei's" } } });
  });
});
