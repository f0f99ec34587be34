import { describe, expect, it } from 'vitest';
import { LIMITS, replyToBlockKit } from '../../src/adapters/slack/block-kit.js';
import type { ItemCard, Reply } from '../../src/core/replies.js';
import { blockKitProblems } from '../support/block-kit-check.js';

const card = (i: number): ItemCard => ({ id: `2019-01-${String((i % 28) + 1).padStart(2, '0')}-item-${i}`, date: '2019-01-01',
  title: `Item ${i} <@U123> & <!here> ${'long title '.repeat(20)}`, summary: 'x'.repeat(500), actors: ['US Department of Commerce'],
  instrument: 'entity-list', driver: i % 2 ? 'power' : 'security', origin: 'paper', indicators: ['rule-making'],
  source: { title: 'Source <b>', url: 'https://example.org/a' } });

function checkLimits(reply: Reply) {
  const messages = replyToBlockKit(reply, { answerId: 1, share: true });
  for (const message of messages) {
    expect(blockKitProblems(message)).toEqual([]);
    expect(message.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    expect(JSON.stringify(message)).not.toMatch(/<!here>|<@U123>/);
  }
  return messages;
}

describe('Block Kit rendering', () => {
  it('splits a 60-item list into valid messages within Slack\'s limits, between cards', () => {
    const reply: Reply = { kind: 'item-list', lang: 'en', heading: '60 items', total: 60, offset: 0, items: Array.from({ length: 60 }, (_, i) => card(i)),
      actions: [{ label: 'Next page', command: 'events page:2' }] };
    const messages = checkLimits(reply);
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(message.blocks[0]?.type).not.toBe('context');
    const ids = messages.flatMap((m) => JSON.stringify(m.blocks).match(/item-\d+/g) ?? []);
    expect(new Set(ids).size).toBe(60);
  });

  it('renders a long answer in sections without splitting a citation, with footnotes linked to sources', () => {
    const text = Array.from({ length: 80 }, (_, i) => `Sentence number ${i} says something about policy [${(i % 3) + 1}].`).join(' ');
    const reply: Reply = { kind: 'answer', lang: 'en', question: 'q', grounded: true, mode: 'extractive', text, related: [], actions: [],
      citations: [1, 2, 3].map((n) => ({ n, kind: 'item' as const, itemId: `id-${n}`, date: '2019', title: `T${n}`, url: `https://example.org/${n}`, section: 's' })) };
    const [message] = checkLimits(reply);
    const sections = (message?.blocks ?? []).filter((b) => b.type === 'section') as Array<any>;
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) expect(s.text.text).toMatch(/\[\d\]>\.?$|\[\d\]\.$/);
    expect(JSON.stringify(message)).toContain('<https://example.org/1|[1]>');
  });

  it('keeps every line of a long text without sentence ends, instead of cutting it at one section', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `line ${i} without a full stop`);
    const messages = checkLimits({ kind: 'notice', lang: 'en', text: lines.join('\n') });
    const shown = messages.flatMap((m) => m.blocks.map((b: any) => b.text?.text ?? '')).join('\n');
    for (const line of lines) expect(shown).toContain(line);
  });

  it('renders every reply kind', () => {
    const kinds: Reply[] = [
      { kind: 'notice', lang: 'en', text: 'hello <!channel>' },
      { kind: 'help', lang: 'zh', entries: [{ command: 'events', usage: 'events', description: 'd', examples: ['events'] }] },
      { kind: 'usage-error', lang: 'en', message: 'unknown actor "<!channel>"', entries: [] },
      { kind: 'digest-preview', lang: 'en', since: '2026-01-01', total: 1, items: [card(1)], tally: { power: 1, security: 0, mixed: 0, none: 0 } },
      { kind: 'framework', lang: 'en', tally: { power: 1, security: 0, mixed: 0, none: 0 }, indicators: [{ indicator: 'rule-making', driver: 'power', label: 'Rule-making', description: 'd', count: 1, examples: [card(2)] }] },
    ];
    for (const reply of kinds) expect(checkLimits(reply).length).toBeGreaterThan(0);
  });
});

describe('URLs from stored data', () => {
  it('become links only when they cannot break out of the link syntax', () => {
    const reply: Reply = { kind: 'answer', lang: 'en', question: 'q', grounded: true, mode: 'extractive', text: 'One [1]. Two [2].', related: [], actions: [],
      citations: [
        { n: 1, kind: 'item', itemId: 'a', date: '2019', title: 'A', url: 'https://a.example/x><!channel', section: 's' },
        { n: 2, kind: 'item', itemId: 'b', date: '2019', title: 'B', url: 'https://b.example/ok', section: 's' },
      ] };
    const all = JSON.stringify(replyToBlockKit(reply));
    expect(all).not.toContain('<!channel');
    expect(all).toContain('<https://b.example/ok|[2]>');
  });
});
