export type Lang = 'en' | 'zh';

/** The language of a text: Chinese when Han characters weigh at least a third as much as Latin letters. */
export function detectLang(text: string): Lang {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return han > 0 && han * 3 >= latin ? 'zh' : 'en';
}
