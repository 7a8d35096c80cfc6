/** Small shared field schemas: identifiers, country codes, years, scores. */
import { z } from 'zod';

/** A stable, URL-safe identifier: lower-case letters, digits, `_` and `-`, 2–100 characters. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{1,99}$/, 'use 2–100 lower-case letters, digits, "_" or "-"');

/** ISO 3166-1 alpha-2 country code, upper case (e.g. `BR`, `ES`). */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code in capitals, e.g. "BR"');

/** ISO 4217 currency code (e.g. `USD`, `EUR`). */
export const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'use an ISO 4217 currency code, e.g. "USD"');

/**
 * A web address users may follow: `http:` or `https:` only, at most 2,000 characters.
 * Other schemes (`javascript:`, `data:`, `file:`) would run or open something when the
 * link is clicked (issue 10, point 11).
 */
export const httpUrlSchema = z
  .url({
    protocol: /^https?$/,
    error: 'use an http:// or https:// address, e.g. "https://cluster.example.org"',
  })
  .max(2000, 'use at most 2000 characters');

/** A calendar year between 1800 and 2100. */
export const yearSchema = z.number().int().min(1800).max(2100);

/**
 * An ordinal score of the IDB study: 0 absent, 1 low, 2 medium, 3 high; halves allowed
 * and any value in [0, 3] accepted (the study prints one 0.88). `null` = unknown.
 */
export const scoreSchema = z
  .number()
  .min(0, 'a score is between 0 and 3')
  .max(3, 'a score is between 0 and 3');
export const maybeScoreSchema = scoreSchema.nullable();

/** Derive a slug from a free-text name: `"Vale dos Sinos footwear"` → `"vale-dos-sinos-footwear"`. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug.length >= 2 ? slug : `c-${slug || 'x'}`;
}
