/**
 * A cluster's or organisation's sector in the reader's language. Sectors are published as
 * free text ("footwear", "Machine Tools and Components"); the ones the bundled data uses
 * have texts in `features/sectors.<lang>.json`, keyed by the text in lower case with runs of
 * other characters as `_`. A sector without a text is shown as published, and so is every
 * sector in English (the published text is English).
 */
import type { TFunction } from 'i18next';

export const sectorKey = (sector: string) =>
  sector
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

export function sectorText(t: TFunction, language: string, sector: string): string {
  if (language.startsWith('en')) return sector;
  const text = t(`sectors.${sectorKey(sector)}`, { defaultValue: sector });
  // Published in title case ("Energy"): the translation follows ("Energía", not "energía").
  return /^[A-Z][a-z]/.test(sector) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
