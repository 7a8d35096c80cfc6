/**
 * Where `polos map` reads its table (docs/cli.md): a file (CSV, CSV.gz, Parquet: the
 * positional argument) or a PostgreSQL server (`--source postgres://… --table T` or
 * `--query "select …"`), aggregated there by the statement of the store's
 * statistical-sql.ts so that only the region × industry cells cross the network
 * (docs/scale.md, decision 107). The flags are checked here (CliInputError, exit 2, naming
 * the flag); the URL's password is never printed nor written to run.json.
 */
import { resolve } from 'node:path';
import {
  readStatisticalPostgres,
  readStatisticalTable,
  redactSourceUrl,
  TABLE_NAME,
  type StatisticalTable,
  type StatisticalTableOptions,
} from '@polos/store';
import { CliInputError } from '../cli-error';

export interface MapSourceFlags {
  source?: string;
  table?: string;
  query?: string;
}

export interface MapInput {
  /** How run.json records the input: the file's path, or the server (no password) and table or query. */
  description: Record<string, unknown>;
  read(
    options: StatisticalTableOptions,
  ): Promise<StatisticalTable & { sql?: { text: string; params: string[] } }>;
}

/**
 * @example mapInput(undefined, { source: 'postgres://ana@db/stats', table: 'microdata' })
 */
export function mapInput(file: string | undefined, o: MapSourceFlags): MapInput {
  if (o.source === undefined) {
    if (o.table !== undefined || o.query !== undefined)
      throw new CliInputError(`${o.table !== undefined ? '--table' : '--query'} needs --source postgres://…`);
    if (file === undefined)
      throw new CliInputError(
        'give a file (CSV, CSV.gz, Parquet) or --source postgres://… with --table or --query',
      );
    return {
      description: { file: resolve(file) },
      read: (options) => readStatisticalTable(file, options),
    };
  }
  const url = o.source;
  const shown = redactSourceUrl(url);
  if (file !== undefined)
    throw new CliInputError(`give a file or --source, not both (file "${file}", --source ${shown})`);
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    // not a URL: refused below
  }
  if (protocol !== 'postgres:' && protocol !== 'postgresql:')
    throw new CliInputError(`--source: a PostgreSQL URL (postgres://user@host:port/database), not ${shown}`);
  if ((o.table === undefined) === (o.query === undefined))
    throw new CliInputError('--source needs one of --table T or --query "select …"');
  if (o.table !== undefined && !TABLE_NAME.test(o.table))
    throw new CliInputError(
      `--table: a table name (letters, digits, _; schema.table allowed), not "${o.table}"; use --query for anything else`,
    );
  if (o.query !== undefined && o.query.trim() === '') throw new CliInputError('--query: the query is empty');
  const source = o.table !== undefined ? { url, table: o.table } : { url, query: o.query! };
  return {
    description: { source: shown, ...(o.table !== undefined ? { table: o.table } : { query: o.query }) },
    read: (options) => readStatisticalPostgres(source, options),
  };
}
