/** Conventions of statistical files that both readers (CSV and DuckDB) follow. */
import { dataNote, type DataNote } from '@polos/core/data-notes';
import { regionIndustryMatrix } from '@polos/core/matrix';
import { fail } from './statistical-limits';
import type { StatisticalTable, StatisticalTableOptions } from './statistical-table-types';

/** Values treated as suppressed/missing (Census, Eurostat, INEGI conventions). */
export const SUPPRESSED_VALUES: readonly string[] = [
  '',
  'D',
  'S',
  'N',
  'X',
  'Z',
  '(D)',
  '(S)',
  '(NA)',
  '(X)',
  'NA',
  'N/A',
  'NaN',
  '-',
  '..',
  ':',
  '.',
];

/** NAICS 2-digit codes published as sector ranges. */
export const SECTOR_RANGES: Readonly<Record<string, string>> = {
  '31': '31-33',
  '32': '31-33',
  '33': '31-33',
  '44': '44-45',
  '45': '44-45',
  '48': '48-49',
  '49': '48-49',
};

/**
 * Whether an industry code is kept at a NAICS `level` (undefined: every code): exactly
 * that many digits; at level 2 the sectors, `00` (all sectors) left out, and the ranges.
 *
 * @example isCodeOfLevel('44-45', 2) // true
 */
export function isCodeOfLevel(code: string, level: number | undefined): boolean {
  if (level === undefined) return true;
  if (level === 2) return (/^\d{2}$/.test(code) && code !== '00') || /^\d{2}-\d{2}$/.test(code);
  return code.length === level && /^\d+$/.test(code);
}

/**
 * Stops the read (row 1, one problem per column) when the header lacks a column the
 * options name: region, industry, value, the establishments and year columns when used, and
 * each column of the `where` filters.
 */
export function requireColumns(
  file: string,
  header: readonly string[],
  options: StatisticalTableOptions,
  yearColumn: string,
): void {
  const wanted: Array<[string, string]> = [
    ['--region', options.region],
    ['--industry', options.industry],
    ['--value', options.value],
  ];
  if (options.establishments) wanted.push(['--establishments', options.establishments]);
  if (options.year !== undefined) wanted.push(['--year', yearColumn]);
  for (const column of new Set((options.where ?? []).map(([c]) => c))) wanted.push(['--where', column]);
  const missing = wanted.filter(([, c]) => !header.includes(c));
  if (missing.length)
    fail(
      missing.map(([flag, c]) => ({
        file,
        row: 1,
        field: c,
        message: `column "${c}" (${flag}) is not in the header (found: ${header.join(', ')})`,
      })),
    );
}

/**
 * Stops the read when an option is out of range: `level` (2 to 6 digits), `regionPrefix`
 * (a positive whole number), a `where` filter without a column name.
 */
export function checkReadOptions(file: string, options: StatisticalTableOptions): void {
  const issue = (field: string, message: string) => fail([{ file, row: 0, field, message }]);
  const { level, regionPrefix, where } = options;
  if (level !== undefined && !(Number.isInteger(level) && level >= 2 && level <= 6))
    issue('--level', `level must be 2 to 6 digits, not ${level}`);
  if (regionPrefix !== undefined && !(Number.isInteger(regionPrefix) && regionPrefix >= 1))
    issue(
      '--region-prefix',
      `the region prefix must be a whole number of characters ≥ 1, not ${regionPrefix}`,
    );
  for (const [column] of where ?? [])
    if (typeof column !== 'string' || column.trim() === '') issue('--where', 'a filter names no column');
}

/**
 * The table both readers return: the matrices of the pivoted values (and establishments),
 * with the note on `duplicates` (rows that shared a region and industry, summed).
 */
export function assembleTable(input: {
  regions: string[];
  industries: string[];
  values: Float64Array;
  establishments: Float64Array | undefined;
  rows: number;
  years: string[];
  duplicates: number;
  /** Negative values read as missing (`negativeIsMissing`), when the reader counts them. */
  negatives?: number;
  timings: Record<string, number>;
}): StatisticalTable {
  const { regions, industries, establishments, duplicates } = input;
  const notes: DataNote[] = [];
  if (input.negatives) notes.push(dataNote('negative-values', { count: input.negatives }));
  if (duplicates > 0) notes.push(dataNote('duplicate-rows', { count: duplicates }));
  return {
    matrix: regionIndustryMatrix(regions, industries, input.values),
    establishments: establishments ? regionIndustryMatrix(regions, industries, establishments) : undefined,
    rows: input.rows,
    years: input.years,
    notes,
    timings: input.timings,
  };
}
