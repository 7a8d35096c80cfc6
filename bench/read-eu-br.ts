/**
 * Speed of reading the shipped EU and Brazilian tables into the region × industry matrix
 * (issue 14, decision 089): the streaming CSV reader and DuckDB's, with the `where` row
 * filters (Eurostat SBS 2014, NUTS-2 × NACE division), absent cells as zero (RAIS 2015,
 * municipalities) and the roll-up to states (RAIS 2015, `regionPrefix` 2). For contrast,
 * the same EU read without filters (every level; counted twice, not a valid matrix) and from
 * a pre-filtered gzip holding only the kept rows. Median of RUNS runs after one untimed
 * warm-up; rows of the file and rows kept stated.
 *
 *   node scripts/bundle.mjs bench/read-eu-br.ts .tmp/bench-read-eu-br.mjs --run -- [runs=5]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  readStatisticalTable,
  readStatisticalTableWithDuckDB,
  type StatisticalTableOptions,
} from '../packages/store/src/files/statistical-table';
import { median } from './map-steps';

const [RUNS = 5] = process.argv.slice(2).map(Number);
const EU = resolve('data/eu-sbs-nuts2-nace/sbs_nuts2_nace2_2008_2015.csv.gz');
const BR = resolve(
  'data/br-rais-establishments/rais_establishments_municipality_cnae_group_2010_2015.csv.gz',
);
const work = mkdtempSync(join(tmpdir(), 'polos-bench-read-eu-br-'));

const linesOf = (path: string) => gunzipSync(readFileSync(path)).toString('utf8').trimEnd().split('\n');
const euLines = linesOf(EU);
const brRows = linesOf(BR).length - 1;
// The pre-filtered file: the header and the 2014 NUTS-2 division rows only.
const prefiltered = join(work, 'sbs_nuts2_division_2014.csv.gz');
writeFileSync(
  prefiltered,
  gzipSync(
    [euLines[0], ...euLines.slice(1).filter((l) => /^2014,[^,]*,2,[^,]*,division,/.test(l))].join('\n') +
      '\n',
  ),
);

const sbs = { region: 'geo', industry: 'nace_r2', value: 'persons_employed', year: 2014 };
const nuts2Divisions: StatisticalTableOptions['where'] = [
  ['geo_level', '2'],
  ['nace_level', 'division'],
];
const rais = {
  region: 'municipality_ibge',
  industry: 'cnae_group',
  value: 'establishments',
  year: 2015,
  absentIsZero: true,
};
const cases: Array<[string, string, number, StatisticalTableOptions]> = [
  [
    'EU SBS 2014, where geo_level=2, nace_level=division',
    EU,
    euLines.length - 1,
    { ...sbs, where: nuts2Divisions },
  ],
  ['EU SBS 2014, no filter (every level: for contrast)', EU, euLines.length - 1, sbs],
  ['EU SBS 2014, pre-filtered file (no where)', prefiltered, 19_244, sbs],
  ['RAIS 2015, municipalities, absent = 0', BR, brRows, rais],
  ['RAIS 2015, states (regionPrefix 2), absent = 0', BR, brRows, { ...rais, regionPrefix: 2 }],
];

console.log(`read-eu-br: median of ${RUNS} runs (ms); one process, ${process.version}`);
for (const [label, path, fileRows, options] of cases) {
  for (const [reader, read] of [
    ['streaming CSV', readStatisticalTable],
    ['DuckDB', readStatisticalTableWithDuckDB],
  ] as const) {
    await read(path, options); // warm-up (JIT, file cache), not timed
    const times: number[] = [];
    let shape = '';
    for (let run = 0; run < RUNS; run++) {
      const t = performance.now();
      const table = await read(path, options);
      times.push(performance.now() - t);
      const { regions, industries } = table.matrix;
      shape = `${table.rows.toLocaleString('en')} of ${fileRows.toLocaleString('en')} rows kept → ${regions.length.toLocaleString('en')} × ${industries.length}`;
    }
    console.log(`${label} | ${reader}: ${median(times).toFixed(0)} ms (${shape})`);
  }
}
rmSync(work, { recursive: true, force: true });
