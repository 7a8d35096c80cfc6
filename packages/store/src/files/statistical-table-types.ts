/**
 * The shapes of a statistical table read into the core's matrix, and of the options to
 * read it (statistical-table.ts, statistical-csv-reader.ts). Apart so the two readers
 * share them without importing each other.
 */
import type { DataNote } from '@polos/core/data-notes';
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
  /** NAICS level: 2 to 6 digits. __Default:__ none (every code kept; give it only for NAICS codes). */
  level?: number;
  /**
   * Row filters: a row is kept when, for every column named here, its trimmed value equals
   * one of the values given for that column (a column named twice: either value), e.g.
   * `[['geo_level', '2'], ['nace_level', 'division']]`. A column missing from the header is
   * an error naming it. Rows filtered out are not checked (like other years' rows).
   * __Default:__ every row.
   */
  where?: ReadonlyArray<readonly [column: string, value: string]>;
  /**
   * Region roll-up: each region code (trimmed) is replaced by its first N characters before
   * the pivot, and the rows of one prefix are summed (IBGE municipality → state: 2). A code
   * shorter than N stays whole. Summing these rows is the point, so it is not reported as
   * duplicates; two rows of the same original region and industry still are. A cell with
   * any missing row is missing. __Default:__ none (codes as they are).
   */
  regionPrefix?: number;
  /**
   * A region × industry with no row in the file is 0, not missing (files that omit zero
   * cells, such as Brazil RAIS). Empty or suppressed values stay missing.
   * __Default:__ false (absent = missing, as for Eurostat and CBP, where absence means
   * confidential or not published).
   */
  absentIsZero?: boolean;
  /**
   * A negative value is read as missing (and counted in the notes) instead of refusing the
   * file: for published tables that hold a known source error (Eurostat SBS: NO06 × B06
   * wages 2014 = -8.3). __Default:__ false (a negative value is an error naming its line).
   */
  negativeIsMissing?: boolean;
  /**
   * Rows of a region and industry already met: `sum` them (and say so in the notes) or
   * `refuse` the file, each repeated row named with the line of the first (the map studio's
   * uploads: a table exported twice over must not double its values). The streaming CSV
   * reader only. __Default:__ `sum`.
   */
  duplicates?: 'sum' | 'refuse';
  /** Limits on the table's size (statistical-limits.ts); __Default:__ DEFAULT_STATISTICAL_LIMITS. */
  limits?: Partial<StatisticalLimits>;
}

export interface StatisticalTable {
  matrix: RegionIndustryMatrix;
  establishments: RegionIndustryMatrix | undefined;
  /** Rows of the file kept after the year, level and `where` filters. */
  rows: number;
  /** Years in the file when no year was chosen (one expected). */
  years: string[];
  /** What the reader did that a user should know (values read as missing, rows summed). */
  notes: DataNote[];
  timings: Record<string, number>;
}
