/**
 * `polos map` from a PostgreSQL table against the same microdata in a Parquet file read by
 * DuckDB (issue 16, decision 107; docs/scale.md). ROWS rows of synthetic establishment
 * microdata — 5,000 regions × 1,000 six-digit industries × 3 years, employment from a
 * fixed formula — are loaded into an UNLOGGED table of the server at BENCH_DATABASE_URL
 * (else TEST_DATABASE_URL; a database `polos_bench_sql` is made there) with
 * generate_series, and written to .tmp/bench-sql/microdata.parquet with DuckDB's COPY (both
 * kept and reused while their row count matches). The whole `polos map` process (spawned,
 * wall time, median of RUNS runs, peak RSS by /usr/bin/time) is timed on one year at NAICS
 * level 6 from each source, and their lq.csv compared byte for byte.
 *
 *   npm run build
 *   eval "$(bash scripts/start-test-postgres.sh)"
 *   node scripts/bundle.mjs bench/map-sql-source.ts .tmp/bench-sql.mjs --run -- [rows=30000000] [runs=3]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { median } from './map-steps';

const [ROWS = 30_000_000, RUNS = 3] = process.argv.slice(2).map(Number);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!serverUrl)
  throw new Error('set BENCH_DATABASE_URL or TEST_DATABASE_URL (scripts/start-test-postgres.sh)');
const cli = resolve(process.env.POLOS_BENCH_CLI ?? 'packages/cli/dist/polos.mjs');
if (!existsSync(cli)) throw new Error(`no CLI bundle at ${cli}: run npm run build`);
const work = resolve('.tmp/bench-sql');
mkdirSync(work, { recursive: true });
const parquet = join(work, 'microdata.parquet');
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

// Row n (0 ≤ n < ROWS): region n mod 5,000 scattered by 7,919; each region meets every
// industry (729 is prime to 1,000) in turn; year 2019–2021; employment 1–97 scaled by a
// region × industry factor 1–5, so location quotients vary. `div` is integer division.
const formula = (div: (a: string, b: string) => string) => ({
  region: `lpad(CAST((n * 7919) % 5000 AS VARCHAR), 5, '0')`,
  industry: `CAST(100000 + (((${div('n', '5000')}) * 729 + ((n * 7919) % 5000) * 31) % 1000) * 7 AS VARCHAR)`,
  year: `CAST(2019 + (${div('n', '7')}) % 3 AS INTEGER)`,
  employment: `CAST((1 + (n * 31) % 97) * (1 + ((n * 7919) % 5000 + ${div('n', '5000')}) % 5) AS INTEGER)`,
});
const select = (div: (a: string, b: string) => string) => {
  const f = formula(div);
  return `${f.region} AS region, ${f.industry} AS naics, ${f.year} AS year, ${f.employment} AS emp`;
};

async function preparePostgres(): Promise<{ url: string; version: string; loadSeconds: number | null }> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = await admin.query("select 1 from pg_database where datname = 'polos_bench_sql'");
  if (exists.rowCount === 0) await admin.query('create database polos_bench_sql');
  await admin.end();
  const url = new URL(serverUrl!);
  url.pathname = '/polos_bench_sql';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const version = String((await client.query('show server_version')).rows[0].server_version);
  const have = await client
    .query<{ n: string }>('select count(*) as n from microdata')
    .then((r) => Number(r.rows[0]!.n))
    .catch(() => -1);
  let loadSeconds: number | null = null;
  if (have !== ROWS) {
    const t = performance.now();
    await client.query('drop table if exists microdata');
    // UNLOGGED: no write-ahead log for a table we can regenerate (not crash-safe, not replicated).
    await client.query(
      `create unlogged table microdata as select ${select((a, b) => `${a} / ${b}`)} from generate_series(0::bigint, ${ROWS - 1}) as n`,
    );
    await client.query('analyze microdata');
    loadSeconds = (performance.now() - t) / 1000;
  }
  await client.end();
  return { url: url.toString(), version, loadSeconds };
}

async function prepareParquet(): Promise<number | null> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    if (existsSync(parquet)) {
      const rows = await connection.runAndReadAll(`select count(*) from read_parquet('${parquet}')`);
      if (Number(rows.getRows()[0]![0]) === ROWS) return null;
    }
    const t = performance.now();
    await connection.run(
      `COPY (SELECT ${select((a, b) => `${a} // ${b}`)} FROM range(0, ${ROWS}) AS t(n)) TO '${parquet}' (FORMAT parquet, COMPRESSION zstd)`,
    );
    return (performance.now() - t) / 1000;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

interface Timed {
  seconds: number[];
  rssMb: number;
  input: { rows: number; regions: number; industries: number };
  lqHash: string;
}

function timeMap(name: string, input: string[]): Timed {
  const out = join(work, `out-${name}`);
  const seconds: number[] = [];
  let rss = 0;
  for (let run = 0; run < RUNS; run++) {
    rmSync(out, { recursive: true, force: true });
    const args = [...input, '--region', 'region', '--industry', 'naics', '--value', 'emp'];
    args.push('--year', '2021', '--level', '6', '--out', out);
    const t = performance.now();
    const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, 'map', ...args], {
      encoding: 'utf8',
      env: { ...process.env, POLOS_MAX_ROWS: String(Math.max(ROWS, 50_000_000)) },
    });
    seconds.push((performance.now() - t) / 1000);
    if (child.status !== 0) throw new Error(`polos map (${name}) failed: ${child.stderr}`);
    const lines = child.stderr.trim().split('\n');
    rss = Math.max(rss, Number(lines[lines.length - 1]) / 1024);
    console.log(`  ${name} run ${run + 1}: ${seconds[run]!.toFixed(1)} s (load ${load()})`);
  }
  const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as { input: Timed['input'] };
  const lqHash = createHash('sha256')
    .update(readFileSync(join(out, 'lq.csv')))
    .digest('hex');
  return { seconds, rssMb: rss, input: run.input, lqHash };
}

console.log(`load average before: ${load()}`);
const server = await preparePostgres();
console.log(
  `PostgreSQL ${server.version}: table microdata, ${ROWS.toLocaleString('en')} rows (unlogged), ${
    server.loadSeconds === null ? 'reused' : `loaded in ${server.loadSeconds.toFixed(1)} s`
  }`,
);
const written = await prepareParquet();
console.log(
  `Parquet: ${parquet}, ${(statSync(parquet).size / 1e6).toFixed(0)} MB, ${
    written === null ? 'reused' : `written in ${written.toFixed(1)} s`
  }`,
);
const fromServer = timeMap('postgres', ['--source', server.url, '--table', 'microdata']);
const fromParquet = timeMap('parquet', [parquet]);
for (const [name, r] of [
  ['PostgreSQL --source --table', fromServer],
  ['Parquet file (DuckDB)', fromParquet],
] as const) {
  const { rows, regions, industries } = r.input;
  console.log(
    `${name.padEnd(28)} rows kept ${rows.toLocaleString('en')} of ${ROWS.toLocaleString('en')}, matrix ${regions.toLocaleString('en')} × ${industries.toLocaleString('en')}: median ${median(r.seconds).toFixed(1)} s of ${RUNS} (${r.seconds.map((s) => s.toFixed(1)).join(', ')}), peak RSS ${r.rssMb.toFixed(0)} MB`,
  );
}
console.log(`lq.csv identical: ${fromServer.lqHash === fromParquet.lqHash}`);
console.log(`load average after: ${load()}`);
