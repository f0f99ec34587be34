/**
 * A question about one fiscal year's budget ("FY2023", 2023财年, "fiscal 2023") is answered only by a text that speaks of
 * that fiscal year: the store holding FY2022's figure says nothing of FY2023's.
 */
const FISCAL_YEAR = /\bFY\s?'?(\d{4}|\d{2})\b|\bfiscal(?:\s+year)?\s+(\d{4})\b|(\d{4})\s*财年/giu;

const fullYear = (digits: string): string => (digits.length === 2 ? `20${digits}` : digits);

/** The fiscal years a text names, as four-digit years. */
export function fiscalYearsIn(text: string): string[] {
  return [...new Set([...text.normalize('NFKC').matchAll(FISCAL_YEAR)].map(([, fy, fiscal, zh]) => fullYear(fy ?? fiscal ?? zh ?? '')))];
}
