/**
 * The shapes of a statistical table read into the core's matrix, and of the options to
 * read it (statistical-table.ts, statistical-csv-reader.ts). Apart so the two readers
 * share them without importing each other.
 */
import type { RegionIndustryMatrix } from '@polos/core/matrix';
import type { StatisticalLimits } from './statistical-limits';

export interface StatisticalTableOptions {
  region: string;
  industry: string;
  value: string;
  /** Keep only this year (column `yearColumn`). */
  year?: string | number;
  /** __Default:__ `year`. */
  yearColumn?: string;
  establishments?: string;
  /** NAICS level: 2 to 6 digits. */
  level?: number;
  /** Limits on the table's size (statistical-limits.ts); __Default:__ DEFAULT_STATISTICAL_LIMITS. */
  limits?: Partial<StatisticalLimits>;
}

export interface StatisticalTable {
  matrix: RegionIndustryMatrix;
  establishments: RegionIndustryMatrix | undefined;
  /** Rows of the file kept after year and level filters. */
  rows: number;
  /** Years in the file when no year was chosen (one expected). */
  years: string[];
  notes: string[];
  timings: Record<string, number>;
}
