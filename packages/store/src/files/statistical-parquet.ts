/**
 * Parquet output of `polos map --format parquet`: converts a written CSV to Parquet (ZSTD)
 * with DuckDB. Codes stay text (region and industry columns are read as VARCHAR).
 */

const LABEL_COLUMNS = ['region', 'industry', 'industry_i', 'industry_j', 'cluster', 'type'];
const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * @example await writeParquetFromCsv('out/lq.csv', 'out/lq.parquet')
 */
export async function writeParquetFromCsv(csvPath: string, parquetPath: string): Promise<void> {
  // Loaded on first use: DuckDB's native module costs ~0.1 s at start-up (docs/decisions/052).
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const header = await connection.runAndReadAll(
      `DESCRIBE SELECT * FROM read_csv(${quote(csvPath)}, header = true, all_varchar = true) LIMIT 0`,
    );
    const labels = header
      .getRows()
      .map((r) => String(r[0]))
      .filter((c) => LABEL_COLUMNS.includes(c));
    const types = labels.length
      ? `, types = {${labels.map((c) => `${quote(c)}: 'VARCHAR'`).join(', ')}}`
      : '';
    await connection.run(
      `COPY (SELECT * FROM read_csv(${quote(csvPath)}, header = true${types})) TO ${quote(parquetPath)} (FORMAT parquet, COMPRESSION zstd)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
