/**
 * Limits of the statistical readers (docs/configuration.md, docs/decisions/060): how
 * big a table may be before it is read into the dense region × industry matrix. A file
 * over a limit is refused as soon as the reader sees it — distinct region and industry
 * codes and rows are counted while reading, the CSV text (after gunzip) byte by byte — so
 * a small file that names many codes, or a gzip bomb, never allocates its matrix nor is
 * read to the end.
 */
import { ImportValidationError, type ImportIssue } from '../store';

/** Re-exported for the readers' callers that do not load the whole store (the upload worker). */
export { ImportValidationError };

export interface StatisticalLimits {
  /** Distinct region codes kept. __Default:__ 100,000 (`POLOS_MAX_REGIONS`). */
  maxRegions: number;
  /** Distinct industry codes kept. __Default:__ 100,000 (`POLOS_MAX_INDUSTRIES`). */
  maxIndustries: number;
  /** Cells of the matrix, regions × industries. __Default:__ 50 million (`POLOS_MAX_CELLS`). */
  maxCells: number;
  /** Records of the file (after the header, every year and level). __Default:__ 50 million (`POLOS_MAX_ROWS`). */
  maxRows: number;
  /** Bytes of CSV text, after gunzip for .gz. __Default:__ 4 GiB (`POLOS_MAX_DECOMPRESSED_MB`). */
  maxBytes: number;
}

export const DEFAULT_STATISTICAL_LIMITS: Readonly<StatisticalLimits> = {
  maxRegions: 100_000,
  maxIndustries: 100_000,
  maxCells: 50_000_000,
  maxRows: 50_000_000,
  maxBytes: 4 * 1024 * 1024 * 1024,
};

/** How each limit is raised: the environment variable (server and CLI) and the `polos map` flag. */
export const LIMIT_SETTINGS: Readonly<Record<keyof StatisticalLimits, { env: string; flag: string }>> = {
  maxRegions: { env: 'POLOS_MAX_REGIONS', flag: '--max-regions' },
  maxIndustries: { env: 'POLOS_MAX_INDUSTRIES', flag: '--max-industries' },
  maxCells: { env: 'POLOS_MAX_CELLS', flag: '--max-cells' },
  maxRows: { env: 'POLOS_MAX_ROWS', flag: '--max-rows' },
  maxBytes: { env: 'POLOS_MAX_DECOMPRESSED_MB', flag: '--max-decompressed-mb' },
};

/**
 * A table over one of the limits; an ImportValidationError (so every caller that reports
 * import problems reports it), with the limit that was passed. HTTP 413, CLI exit 2.
 */
export class StatisticalLimitError extends ImportValidationError {
  constructor(
    readonly limit: keyof StatisticalLimits,
    readonly max: number,
    issue: ImportIssue,
  ) {
    super([issue]);
    this.name = 'StatisticalLimitError';
  }
}

/** A count as the messages write it: 100,000. */
export const count = (n: number) => n.toLocaleString('en');
/** Bytes as MB, to the KB. */
export const megabytes = (bytes: number) => `${(+(bytes / 1024 / 1024).toFixed(3)).toLocaleString('en')} MB`;

/** The limits in force: defaults overridden by the given ones (undefined keeps the default). */
export function statisticalLimits(given: Partial<StatisticalLimits> = {}): StatisticalLimits {
  const limits = { ...DEFAULT_STATISTICAL_LIMITS };
  for (const key of Object.keys(limits) as Array<keyof StatisticalLimits>) {
    const v = given[key];
    if (v !== undefined) limits[key] = v;
  }
  return limits;
}

/**
 * The error for a table over `limit`: names what was found, the limit and how to raise it.
 *
 * @example throw limitError('maxRegions', 100_000, { file, row: 12, field: 'fips' }, 'more than 100,000 distinct region codes')
 */
export function limitError(
  limit: keyof StatisticalLimits,
  max: number,
  where: Omit<ImportIssue, 'message'>,
  found: string,
): StatisticalLimitError {
  const { env, flag } = LIMIT_SETTINGS[limit];
  const shown = limit === 'maxBytes' ? megabytes(max) : count(max);
  return new StatisticalLimitError(limit, max, {
    ...where,
    message: `${found}: the limit is ${shown} (raise it with ${env}, or ${flag} for polos map); the file was not read further`,
  });
}

/** Stops a read with these problems (ImportValidationError: file, row, field, message each). */
export function fail(issues: ImportIssue[]): never {
  throw new ImportValidationError(issues);
}
