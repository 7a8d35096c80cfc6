/** Numbers in sentences: a decimal point in English, a decimal comma in Spanish and Portuguese. */
import type { CollaborationLanguage } from './vocabularies';

export function formatDecimal(value: number, lang: CollaborationLanguage, digits?: number): string {
  const text = digits === undefined ? String(value) : value.toFixed(digits);
  return lang === 'en' ? text : text.replace('.', ',');
}
