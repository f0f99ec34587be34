/**
 * Traditional Chinese read as Simplified, character by character with OpenCC's Taiwan table: 華為 → 华为, 實體清單 →
 * 实体清单, the forms the paper and the aliases use. Simplified text passes unchanged. OpenCC's phrase tables are left
 * out: they rewrite Simplified words too (布林肯 → 布尔肯, 文件 → 文档). Only this direction is loaded: the reverse
 * tables would cost some 80 MB, so answers stay in Simplified characters.
 */
import { Converter } from 'opencc-js/t2cn';
import type { ToSimplifiedChinese } from '../core/simplified-command.js';

const HAN = /\p{Script=Han}/u;

export function createToSimplifiedChinese(): ToSimplifiedChinese {
  const convert = Converter({ from: 'tw', to: 'cn' });
  return (text) => (HAN.test(text) ? convert(text) : text);
}
