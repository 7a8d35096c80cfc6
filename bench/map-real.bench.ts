/**
 * Speed of `polos map` on real data (issue 4): the bundled U.S. County Business Patterns,
 * counties × NAICS 6-digit industries, 2021 (data/us-cbp-county-naics; 16.7 MB gzip of all
 * years and levels, read and filtered in the pipeline), with the U.S. benchmark cluster
 * definitions for the whole process. Median of RUNS runs.
 *
 *   npm run build
 *   node scripts/bundle.mjs bench/map-real.bench.ts .tmp/bench-real.mjs --run -- [runs=5]
 */
import { resolve } from 'node:path';
import { benchMap } from './map-steps';

const [RUNS = 5] = process.argv.slice(2).map(Number);
await benchMap({
  file: resolve('data/us-cbp-county-naics/cbp_county_naics_2017_2021.csv.gz'),
  options: { region: 'fips', industry: 'naics', value: 'emp', year: 2021, level: 6 },
  cliArgs: ['--definitions', 'us-benchmark'],
  runs: RUNS,
  out: resolve('.tmp/bench-real/out'),
});
