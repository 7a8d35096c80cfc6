/**
 * The reports' languages (en, es, pt), their labels and their number, money and date
 * formats through `Intl` (en-GB, es-ES, pt-BR). Thousands are always grouped, so 1234.5 is
 * `1,234.5` in English and `1.234,5` in Spanish and Portuguese (es-ES leaves four-digit
 * numbers ungrouped by default).
 */
import { z } from 'zod';
import en from './labels/en.json';
import es from './labels/es.json';
import pt from './labels/pt.json';

/**
 * The reports' labels: one JSON file per language (labels/*.json), `{{name}}` placeholders
 * filled by `fill`, as the web's translations. English is the shape the others must fill.
 */
export type Labels = typeof en;

export const reportLanguages = ['en', 'es', 'pt'] as const;
export type ReportLanguage = (typeof reportLanguages)[number];
export const reportLanguageSchema = z
  .enum(reportLanguages)
  .default('en')
  .describe('Language of the report: `en`, `es` or `pt`. __Default:__ `en`.');

const labels: Record<ReportLanguage, Labels> = { en, es, pt };
const locales: Record<ReportLanguage, string> = { en: 'en-GB', es: 'es-ES', pt: 'pt-BR' };

export const labelsFor = (language: ReportLanguage): Labels => labels[language];

/** Formats numbers, money, shares and dates for one language. */
export interface Formatter {
  locale: string;
  /** A number, grouped, at most `digits` decimals (default 1). */
  number(value: number | null | undefined, digits?: number): string;
  /** An amount in its currency, without decimals. */
  money(value: number | null | undefined, currency: string): string;
  /** A share 0–1 as a percentage with at most one decimal. */
  percent(share: number | null | undefined): string;
  /** An ISO date or timestamp as a long date. */
  date(iso: string | Date): string;
  /** An ISO 3166 alpha-2 country code as the country's name. */
  country(code: string): string;
}

/** A vocabulary code (sector group, legal form, …) in words, or the code itself if it has none. */
export const termOf = (t: Labels, code: string | null | undefined): string | null =>
  code ? ((t.terms as Record<string, string>)[code] ?? code) : null;

/**
 * A label with its `{{name}}` placeholders filled (an unknown name is left as written).
 * @example fill('{{done}} of {{total}} actions done', { done: 3, total: 8 }) // '3 of 8 actions done'
 */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );

/** @example formatterFor('es').number(1234.5) // '1.234,5' */
export function formatterFor(language: ReportLanguage, empty = labels[language].noValue): Formatter {
  const locale = locales[language];
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let f = numbers.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: 'always' });
      numbers.set(digits, f);
    }
    return f;
  };
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const countries = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const missing = (v: number | null | undefined): v is null | undefined => v === null || v === undefined;
  return {
    locale,
    number: (value, digits = 1) => (missing(value) ? empty : numberFormat(digits).format(value)),
    money: (value, currency) =>
      missing(value)
        ? empty
        : new Intl.NumberFormat(locale, {
            style: 'currency',
            currency,
            maximumFractionDigits: 0,
            useGrouping: 'always',
          }).format(value),
    percent: (share) => (missing(share) ? empty : percent.format(share)),
    date: (iso) => dates.format(typeof iso === 'string' ? new Date(iso) : iso),
    country: (code) => {
      try {
        return countries.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}
