import type { AliasTable } from '../core/alias-table.js';
import { isCountryName } from './country-names.js';
import type { TermGroup } from './search-index.js';
import { isChineseWord } from './word-specificity.js';
import type { EntityMention } from './understand-question.js';

/**
 * A US body's name with another country before it ("中国商务部", "China's Commerce Ministry", 日本国防部) names that
 * country's own body, which the store does not hold: the US one it shares a name with is not what is asked about.
 */

/** The body a US body belongs to at the top: the store names US bodies "US …", 美国…. */
function isUsBody(id: string, aliases: AliasTable): boolean {
  let entry = aliases.get(id);
  for (let depth = 0; entry?.parent && depth < 10; depth++) entry = aliases.get(entry.parent);
  return entry !== undefined && entry.kind === 'actor' && /^US\b/u.test(entry.name.en);
}

const isUs = (ids: readonly string[], name: string): boolean => /^(?:美国?|us|u\.s\.|usa|america|american|united states)$/iu.test(name) || ids.includes('us');

/** Whether the words right before a name are another country's ("中国", "China's", "Chinese", 日本的). */
function otherCountryBefore(before: string, aliases: AliasTable): string | undefined {
  const trimmed = before.replace(/(?:的|['’]s)?\s*$/u, '');
  const candidates = /\p{Script=Han}$/u.test(trimmed)
    ? [2, 3, 4].map((length) => trimmed.slice(-length)).filter((name) => /^\p{Script=Han}+$/u.test(name))
    : [/([A-Za-z]+)$/u.exec(trimmed)?.[1] ?? ''].filter(Boolean);
  return candidates.find((name) => {
    const ids = aliases.resolve(name);
    const country = isCountryName(name) || ids.some((id) => aliases.get(id)?.sort === 'country' || id === 'china');
    return country && !isUs(ids, name);
  });
}

/**
 * The question with each US body's name that another country's name stands before taken out, and those names
 * ("中国商务部") as names the store does not hold.
 */
export function setApartForeignBodies(text: string, mentions: readonly EntityMention[], aliases: AliasTable): { text: string; bodies: string[] } {
  let rest = text.normalize('NFKC');
  const bodies: string[] = [];
  for (const mention of mentions) {
    if (!isUsBody(mention.id, aliases)) continue;
    const at = rest.indexOf(mention.surface);
    if (at < 0) continue;
    const country = otherCountryBefore(rest.slice(0, at), aliases);
    if (!country) continue;
    const start = rest.lastIndexOf(country, at);
    bodies.push(rest.slice(start, at + mention.surface.length));
    rest = `${rest.slice(0, start)} ${rest.slice(at + mention.surface.length)}`;
  }
  // A body of another country the alias table does not name at all (中国外交部, 日本经产省): a country and a body's word.
  for (const whole of countryBodies(rest, aliases)) {
    bodies.push(whole);
    rest = rest.replace(whole, ' ');
  }
  return { text: rest, bodies };
}

/** Words that end the name of a government body in Chinese: a ministry, commission, bureau, office, agency. 部门 is any department. */
const BODY_END = /^\p{Script=Han}{0,3}?(?:部(?!门)|委员会|委|局|办公室|办|署|省)/u;

/** Another country's name followed by a body's name ("中国外交部") that the alias table does not hold as a whole. */
function countryBodies(text: string, aliases: AliasTable): string[] {
  const found: string[] = [];
  if (!/[部委局办署省]/u.test(text)) return found;
  for (let at = 0; at < text.length; at++) {
    for (const length of [3, 2]) {
      const country = text.slice(at, at + length);
      if (!/^\p{Script=Han}+$/u.test(country) || !otherCountryBefore(country, aliases)) continue;
      const body = BODY_END.exec(text.slice(at + length).replace(/^的/u, ''))?.[0];
      const whole = body ? text.slice(at, text.indexOf(body, at + length) + body.length) : undefined;
      if (whole && aliases.resolve(whole).length === 0) found.push(whole);
      break;
    }
  }
  return found;
}

/** A Chinese name of a ministry, an agency or a bureau (外交部, 司法部, 管理局): general language knows it as one word. */
const BODY_ZH = /^\p{Script=Han}{2,}[部署局]$/u;
/** Bodies the question names that the alias table does not (外交部, 司法部, 作战司令部): the store may still write them. */
export const bodiesOutsideTable = (groups: readonly TermGroup[], aliases: AliasTable): string[] =>
  groups.map((g) => g.text).filter((text) => BODY_ZH.test(text) && isChineseWord(text) && aliases.resolve(text).length === 0);
