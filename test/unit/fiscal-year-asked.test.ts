import { describe, expect, it } from 'vitest';
import { fiscalYearsIn } from '../../src/core/fiscal-year-asked.js';
import { createAliasTable } from '../../src/core/alias-table.js';
import { roleAsked, tellsHolder } from '../../src/core/person-asked.js';
import { wordsTheTextsNegate } from '../../src/core/negated-words.js';

const people = createAliasTable([{ id: 'paul-nakasone', kind: 'person', name: { en: 'Paul Nakasone', zh: '保罗·中曾根' }, aliases: [] },
  { id: 'katherine-tai', kind: 'person', name: { en: 'Katherine Tai', zh: '戴琪' }, aliases: [], role: { en: 'US Trade Representative', zh: '美国贸易代表' } },
  { id: 'xi-jinping', kind: 'person', name: { en: 'Xi Jinping', zh: '习近平' }, aliases: ['Xi'] },
  { id: 'seagate', kind: 'target', sort: 'firm', name: { en: 'Seagate', zh: '希捷' }, aliases: [] },
  { id: 'dahua', kind: 'target', sort: 'firm', name: { en: 'Dahua', zh: '大华' }, aliases: [] },
  { id: 'yitu', kind: 'target', sort: 'firm', name: { en: 'Yitu', zh: '依图' }, aliases: [] }]);

describe('fiscal years and role holders a question asks about', () => {
  it('reads a fiscal year however it is written', () => {
    expect(fiscalYearsIn('国家人工智能倡议办公室 FY2023 的非国防AI研发预算是多少')).toEqual(['2023']);
    expect(fiscalYearsIn("What was in the FY '22 request, or fiscal year 2019's?")).toEqual(['2022', '2019']);
    expect(fiscalYearsIn('2022财年非国防AI研发预算')).toEqual(['2022']);
    expect(fiscalYearsIn('In 2019 the White House asked for more.')).toEqual([]);
  });

  it('takes a role any official holds as told by a person named, another role by its word', () => {
    expect(roleAsked('who was the navy official that signed off on the DJI waiver?')).toBe('official');
    expect(roleAsked('哪位官员说美国必须把人工智能纳入战略力量？')).toBe('官员');
    expect(tellsHolder('official', 'In August 2018 the Navy bought DJI drones under a waiver.', people)).toBe(false);
    expect(tellsHolder('official', 'Paul Nakasone said AI would become offensive.', people)).toBe(true);
    expect(tellsHolder('judge', 'A federal judge ruled for Xiaomi.', people)).toBe(true);
    // A name is a whole word: "Xi" is not in "maximize".
    expect(tellsHolder('official', 'States maximize power under anarchy.', people)).toBe(false);
  });

  it('takes a firm\'s role as told only by a firm named beside its word, within the clause', () => {
    expect(roleAsked('科大讯飞进了实体清单以后，换了哪家国产芯片供应商？')).toBe('供应商');
    expect(roleAsked('大华股份是改找哪一家国内晶片供应商来替代？')).toBe('供应商');
    expect(roleAsked('大疆公司的老板是谁？')).toBe('老板');
    // The firms that seek suppliers are not their suppliers, nor is the firm the next clause begins with.
    expect(tellsHolder('供应商', '断供迫使大华在芯片上寻找国内供应商，依图的存储芯片供货困难。', people)).toBe(false);
    expect(tellsHolder('supplier', 'The cut-off forced Dahua to seek domestic suppliers.', people)).toBe(false);
    expect(tellsHolder('供应商', '华为转向供应商希捷采购硬盘。', people)).toBe(true);
    expect(tellsHolder('supplier', 'Huawei kept buying hard drives from the supplier Seagate.', people)).toBe(true);
    // Nor a firm the question itself names.
    expect(tellsHolder('supplier', 'Huawei kept buying hard drives from the supplier Seagate.', people, new Set(['seagate']))).toBe(false);
  });

  it('takes a lawmaker as told only by the name of someone in Congress: a trade representative is not one', () => {
    expect(roleAsked('Which members of Congress lobbied for the rule?')).toBe('members of congress');
    expect(roleAsked('哪些议员推动了这项规则？')).toBe('议员');
    expect(tellsHolder('members of congress', 'Katherine Tai and members of Congress pressed Commerce.', people)).toBe(false);
  });

  it('finds the words a question asks of that the texts give only negated', () => {
    expect(wordsTheTextsNegate('2022财年国防类研发预算是多少？', ['2022财年非国防人工智能研发投资'])).toEqual(['国防']);
    expect(wordsTheTextsNegate('What was the FY2022 defense AI budget?', ['non-defense AI R&D rose 11.2%'])).toEqual(['defense']);
    expect(wordsTheTextsNegate('What was the FY2022 defense AI budget?', ['non-defense AI R&D', 'the Defense Department'])).toEqual([]);
    expect(wordsTheTextsNegate('2022财年非国防研发预算是多少？', ['2022财年非国防人工智能研发投资'])).toEqual([]);
  });
});
