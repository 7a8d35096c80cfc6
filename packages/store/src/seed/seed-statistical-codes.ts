/**
 * The statistical codes polos chose for the seeded clusters (decision 090): one row per
 * cluster in `statistical_codes.csv` next to the seed's data, with the reason of the choice
 * (its source), which becomes the codes' note. Checked by core's schema, so a malformed code
 * stops the seed.
 */
import { join } from 'node:path';
import { statisticalCodesSchema, type StatisticalCodes } from '@polos/core';
import { readCsvFile } from '../files/read-csv';

/**
 * Cluster id → its codes, from `<folder>/statistical_codes.csv`.
 * @example seedStatisticalCodes('data/eu-lac-clusters').get('es21-acicae') // → { region: { system: 'nuts2', code: 'ES21' }, industry: { system: 'nace', code: 'C29' }, note: '…' }
 */
export function seedStatisticalCodes(folder: string): Map<string, StatisticalCodes> {
  const codes = new Map<string, StatisticalCodes>();
  for (const { values: v } of readCsvFile(join(folder, 'statistical_codes.csv')).records) {
    const pair = (system: string | undefined, code: string | undefined) =>
      system && code ? { system, code } : null;
    codes.set(
      v.cluster_id!,
      statisticalCodesSchema.parse({
        region: pair(v.region_system, v.region_code),
        industry: pair(v.industry_system, v.industry_code),
        note: v.reason || null,
      }),
    );
  }
  return codes;
}
