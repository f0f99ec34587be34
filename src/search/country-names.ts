import { createRequire } from 'node:module';

/*
 * Country names in English and Chinese from ISO 3166 (i18n-iso-countries). A question about a country the store
 * never mentions ("印度的人工智能战略", "what does india plan") names something the store does not hold: such a word
 * counts as a name even when it is short (印度, 韩国) or written in lower case.
 */
const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as { registerLocale(data: unknown): void; getNames(lang: string, options: { select: 'all' }): Record<string, string[]> };
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/zh.json'));

const names = new Set<string>();
for (const lang of ['en', 'zh']) {
  for (const list of Object.values(countries.getNames(lang, { select: 'all' }))) {
    // One-word names only: the words of "United States" or "South Korea" alone are not names of a country.
    for (const name of list) if (!/[\s,.]/.test(name)) names.add(name.toLowerCase());
  }
}

/** Whether a word is, on its own, the name of a country in English or Chinese. */
export const isCountryName = (word: string): boolean => names.has(word.toLowerCase());
