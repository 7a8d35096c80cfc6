/**
 * Speed of `polos map` (issue 4): a synthetic long CSV of R regions × P industries (about
 * 30 % non-zero cells, lognormal values, seeded) → each step timed in process (pivot =
 * reading the CSV into the matrix, LQ + presence + diversity/ubiquity, proximity, density
 * on one thread and on two, ECI/PCI), then the whole `polos map` process writing every CSV
 * output. Median of RUNS runs; peak RSS of this process and of the CLI.
 *
 *   npm run build      (the CLI and its worker: packages/cli/dist/polos.mjs, map-worker.mjs)
 *   node scripts/bundle.mjs bench/map-pipeline.bench.ts .tmp/bench-map.mjs --run -- [regions=3000] [industries=1000] [runs=5]
 *
 * The CLI bundle path can be changed with POLOS_BENCH_CLI (default packages/cli/dist/polos.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { economicComplexity, locationQuotientWithPresence, proximity, relatednessDensity } from '@polos/core';
import { readStatisticalTable } from '@polos/store';
import { MapWorker } from '../packages/cli/src/parallel/map-threads';

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
  density_2_threads: [],
  eci_pci: [],
  compute: [],
  compute_2_threads: [],
};
// The second thread, started (as `polos map` does) before the timed steps.
const worker = MapWorker.start(resolve('packages/cli/dist/map-worker.mjs'));
if (!worker) console.log('(no worker: run `npm run build` first, and use two cores, to time two threads)');
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
  t = performance.now();
  const { presence: m, diversity, ubiquity } = locationQuotientWithPresence(matrix);
  const tLq = performance.now() - t;
  t = performance.now();
  const phi = proximity(m, nR, nP, ubiquity, { diagonal: 'zero' });
  const tProximity = performance.now() - t;
  t = performance.now();
  relatednessDensity(m, phi, nR, nP);
  const tDensity = performance.now() - t;
  let tDensity2 = NaN;
  if (worker) {
    t = performance.now();
    await worker.density(m, phi, nR, nP);
    tDensity2 = performance.now() - t;
  }
  t = performance.now();
  economicComplexity(m, nR, nP, diversity, ubiquity, matrix);
  const tEci = performance.now() - t;
  steps.lq!.push(tLq);
  steps.proximity!.push(tProximity);
  steps.density!.push(tDensity);
  steps.density_2_threads!.push(tDensity2);
  steps.eci_pci!.push(tEci);
  steps.compute!.push(tLq + tProximity + tDensity + tEci);
  steps.compute_2_threads!.push(tLq + tProximity + tDensity2 + tEci);
}
await worker?.close();
const inProcessRss = process.resourceUsage().maxRSS;

const cli = resolve(process.env.POLOS_BENCH_CLI ?? 'packages/cli/dist/polos.mjs');
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
for (const [name, xs] of Object.entries(steps)) console.log(`  ${name.padEnd(18)} ${ms(xs)}`);
console.log(`  peak RSS (in process): ${(inProcessRss / 1024).toFixed(0)} MB`);
if (whole.length) {
  console.log(
    `  polos map (whole process, ${(outBytes / 1e6).toFixed(0)} MB of CSV written) ${ms(whole)}; peak RSS ${(cliRss / 1024).toFixed(0)} MB`,
  );
} else console.log(`  (no CLI bundle at ${cli}: build it to time the whole process)`);
