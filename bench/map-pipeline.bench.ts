/**
 * Speed of `polos map` (issue 4): a synthetic long CSV of R regions × P industries (about
 * 30 % non-zero cells, lognormal values, seeded) → each step timed in process (pivot with
 * DuckDB, LQ + presence, proximity, density, ECI/PCI), then the whole `polos map` process
 * writing every CSV output. Median of RUNS runs; peak RSS of this process and of the CLI.
 *
 *   node scripts/bundle.mjs packages/cli/src/main.ts .tmp/bench-polos.mjs
 *   node scripts/bundle.mjs bench/map-pipeline.bench.ts .tmp/bench-map.mjs --run -- [regions=3000] [industries=1000] [runs=5]
 *
 * The CLI bundle path can be changed with POLOS_BENCH_CLI (default .tmp/bench-polos.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  diversityAndUbiquity,
  economicComplexity,
  locationQuotient,
  presence,
  proximity,
  relatednessDensity,
} from '@polos/core';
import { readStatisticalTable } from '@polos/store';

const [R = 3000, P = 1000, RUNS = 5] = process.argv.slice(2).map(Number);
const root = resolve('.tmp', 'bench-map');
mkdirSync(root, { recursive: true });
const csv = join(root, `synthetic-${R}x${P}.csv`);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};

/** Mulberry32: a small seeded generator, so the file is the same on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

if (!existsSync(csv)) {
  const rand = mulberry32(20260401);
  let out = 'region,industry,year,employment\n';
  const parts: string[] = [];
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
      parts.push(out);
      out = '';
    }
  }
  parts.push(out);
  writeFileSync(csv, parts.join(''));
}
const size = statSync(csv).size;

const steps: Record<string, number[]> = {
  pivot: [],
  lq: [],
  proximity: [],
  density: [],
  eci_pci: [],
  compute: [],
};
let cells = 0;
let rows = 0;
for (let run = 0; run < RUNS; run++) {
  let t = performance.now();
  const table = await readStatisticalTable(csv, {
    region: 'region',
    industry: 'industry',
    value: 'employment',
  });
  steps.pivot!.push(performance.now() - t);
  rows = table.rows;
  const { matrix } = table;
  const nR = matrix.regions.length;
  const nP = matrix.industries.length;
  cells = nR * nP;
  const t0 = (t = performance.now());
  const lq = locationQuotient(matrix);
  const m = presence(lq);
  const { diversity, ubiquity } = diversityAndUbiquity(m, nR, nP);
  steps.lq!.push(performance.now() - t);
  t = performance.now();
  const phi = proximity(m, nR, nP, ubiquity, { diagonal: 'zero' });
  steps.proximity!.push(performance.now() - t);
  t = performance.now();
  relatednessDensity(m, phi, nR, nP);
  steps.density!.push(performance.now() - t);
  t = performance.now();
  economicComplexity(m, nR, nP, diversity, ubiquity, matrix);
  steps.eci_pci!.push(performance.now() - t);
  steps.compute!.push(performance.now() - t0);
}
const inProcessRss = process.resourceUsage().maxRSS;

const cli = resolve(process.env.POLOS_BENCH_CLI ?? '.tmp/bench-polos.mjs');
const whole: number[] = [];
let cliRss = NaN;
let outBytes = 0;
if (existsSync(cli)) {
  const out = join(root, 'out');
  for (let run = 0; run < RUNS; run++) {
    rmSync(out, { recursive: true, force: true });
    const t = performance.now();
    const child = spawnSync(
      '/usr/bin/time',
      [
        '-f',
        '%M',
        process.execPath,
        cli,
        'map',
        csv,
        '--region',
        'region',
        '--industry',
        'industry',
        '--value',
        'employment',
        '--out',
        out,
      ],
      { encoding: 'utf8' },
    );
    whole.push(performance.now() - t);
    if (child.status !== 0) throw new Error(`polos map failed: ${child.stderr}`);
    const lines = child.stderr.trim().split('\n');
    cliRss = Math.max(Number.isFinite(cliRss) ? cliRss : 0, Number(lines[lines.length - 1]));
  }
  outBytes = ['lq', 'proximity', 'density', 'eci', 'pci', 'regions'].reduce(
    (s, n) => s + statSync(join(out, `${n}.csv`)).size,
    0,
  );
}

const ms = (xs: number[]) => `${median(xs).toFixed(0).padStart(6)} ms`;
console.log(
  `input: ${R} regions × ${P} industries, ${rows.toLocaleString('en')} rows (${(size / 1e6).toFixed(1)} MB CSV), ${cells.toLocaleString('en')} matrix cells; median of ${RUNS} runs`,
);
for (const [name, xs] of Object.entries(steps)) console.log(`  ${name.padEnd(10)} ${ms(xs)}`);
console.log(`  peak RSS (in process): ${(inProcessRss / 1024).toFixed(0)} MB`);
if (whole.length) {
  console.log(
    `  polos map (whole process, ${(outBytes / 1e6).toFixed(0)} MB of CSV written) ${ms(whole)}; peak RSS ${(cliRss / 1024).toFixed(0)} MB`,
  );
} else console.log(`  (no CLI bundle at ${cli}: build it to time the whole process)`);
