/**
 * Numbers of the management pages in the user's language: money with its currency code,
 * shares (fractions 0–1) as percentages, a slope of a share as percentage points, days.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface Formats {
  number(value: number | null | undefined): string;
  money(value: number, currency: string): string;
  share(value: number | null | undefined): string;
  points(value: number): string;
  /** A calendar day ("2026-03-31") in the language's order. */
  date(day: string): string;
}

export function formatsFor(language: string): Formats {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const points = new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return {
    number: (v) => (v === null || v === undefined ? '—' : number.format(v)),
    money: (v, currency) =>
      new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 }).format(v),
    share: (v) => (v === null || v === undefined ? '—' : percent.format(v)),
    points: (v) => points.format(v * 100),
    date: (day) =>
      new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`),
      ),
  };
}

export function useFormats(): Formats {
  const { i18n } = useTranslation();
  return useMemo(() => formatsFor(i18n.language), [i18n.language]);
}
