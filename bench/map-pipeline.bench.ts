/**
 * Speed of `polos map` (issue 4): a synthetic long CSV of R regions × P industries (about
 * 30 % non-zero cells, lognormal values, seeded) → each step timed in process (pivot =
 * reading the CSV into the matrix, LQ + presence + diversity/ubiquity, proximity, density
 * on one thread and on two, ECI/PCI), then the whole `polos map` process writing every CSV
 * output. Median of RUNS runs; peak RSS of this process and of the CLI.
 *
 *   npm run build      (the CLI and its worker: packages/cli/dist/polos.mjs, map-worker.mjs)
 *   node scripts/bundle.mjs bench/map-pipeline.bench.ts .tmp/bench-map.mjs --run -- [regions=3000] [industries=1000] [runs=5] [format=csv]
 *
 * `format` is what the whole `polos map` process writes: csv, or parquet for the largest
 * tables (20,000 × 5,000 writes about 10 GB of CSV). Above 50 million cells the CLI needs
 * POLOS_MAX_CELLS raised (docs/configuration.md), e.g. POLOS_MAX_CELLS=100000000.
 *
 * The CLI bundle path can be changed with POLOS_BENCH_CLI (default packages/cli/dist/polos.mjs).
 */
import { seededRandom } from '@polos/core/random';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchMap } from './map-steps';

const [R = 3000, P = 1000, RUNS = 5] = process.argv.slice(2, 5).map(Number);
const FORMAT = process.argv[5] ?? 'csv';
if (FORMAT !== 'csv' && FORMAT !== 'parquet') throw new Error(`format: csv or parquet, not ${FORMAT}`);
const root = resolve('.tmp', 'bench-map');
mkdirSync(root, { recursive: true });
const csv = join(root, `synthetic-${R}x${P}.csv`);

if (!existsSync(csv)) {
  const rand = seededRandom(20260401); /* the same file on every machine */
  // Written in 4 MB pieces (the largest tables exceed a JavaScript string), to a temporary
  // name first so an interrupted run leaves no half file behind.
  const fd = openSync(`${csv}.part`, 'w');
  let out = 'region,industry,year,employment\n';
  for (let r = 0; r < R; r++) {
    for (let i = 0; i < P; i++) {
      if (rand() >= 0.3) continue;
      const u = rand() || 1e-12;
      const v = rand();
      const value =
        Math.round(Math.exp(3 + 1.5 * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v))) + 1;
      out += `R${String(r).padStart(5, '0')},I${String(i).padStart(4, '0')},2021,${value}\n`;
    }
    if (out.length > 1 << 22) {
      writeSync(fd, out);
      out = '';
    }
  }
  writeSync(fd, out);
  closeSync(fd);
  renameSync(`${csv}.part`, csv);
}

await benchMap({
  file: csv,
  // in process, the whole matrix is allowed (the CLI reads POLOS_MAX_CELLS)
  options: { region: 'region', industry: 'industry', value: 'employment', limits: { maxCells: R * P } },
  cliArgs: ['--format', FORMAT],
  runs: RUNS,
  out: join(root, 'out'),
});
