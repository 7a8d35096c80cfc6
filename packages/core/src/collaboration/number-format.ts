/** Numbers in sentences: a decimal point in English, a decimal comma in Spanish and Portuguese. */
import type { CollaborationLanguage } from './vocabularies';

export function formatDecimal(value: number, lang: CollaborationLanguage, digits?: number): string {
  const text = digits === undefined ? String(value) : value.toFixed(digits);
  return lang === 'en' ? text : text.replace('.', ',');
}

const locales: Record<CollaborationLanguage, string> = { en: 'en-GB', es: 'es-ES', pt: 'pt-BR' };

/** Amounts in sentences, grouped by thousands as the language writes them (1,200,000 · 1.200.000). */
export function formatAmount(value: number, lang: CollaborationLanguage): string {
  // es-ES leaves four-digit numbers ungrouped by default; "always" groups them as the others do.
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2, useGrouping: 'always' }).format(
    value,
  );
}
