/**
 * The timing harness shared by the mapping benches: each phase of the core's mapRegionIndustry
 * pipeline in process (reading the file into the matrix, LQ + presence + diversity/ubiquity,
 * proximity, density on one thread and on two, ECI/PCI — the pipeline's own phase timings), then the whole `polos map` process as a user runs it.
 * Medians of `runs` runs; peak RSS of this process and of the CLI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mapRegionIndustry, type MappingMeasure } from '@polos/core';
import { readStatisticalTable, type StatisticalTableOptions } from '@polos/store';
import { MapWorker } from '../packages/cli/src/parallel/map-threads';

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const h = Math.floor(s.length / 2);
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};

export interface BenchInput {
  file: string;
  options: StatisticalTableOptions;
  /** Extra `polos map` arguments (e.g. `--definitions us-benchmark`). */
  cliArgs?: string[];
  runs: number;
  /** Folder for the CLI's outputs (emptied before each run). */
  out: string;
}

export async function benchMap(input: BenchInput): Promise<void> {
  const { file, options, runs } = input;
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
  let shape = '';
  for (let run = 0; run < runs; run++) {
    const t = performance.now();
    const table = await readStatisticalTable(file, options);
    steps.pivot!.push(performance.now() - t);
    const { matrix } = table;
    const R = matrix.regions.length;
    const P = matrix.industries.length;
    shape = `${R.toLocaleString('en')} regions × ${P.toLocaleString('en')} industries, ${table.rows.toLocaleString('en')} rows kept, ${(R * P).toLocaleString('en')} cells`;
    // The core's pipeline, timed by its phases; a second run lends it the worker's density.
    const measured = { measures: ['lq', 'proximity', 'density', 'complexity'] as MappingMeasure[] };
    const one: Record<string, number> = {};
    await mapRegionIndustry(matrix, measured, {
      onPhase: (name, ms) => ms !== undefined && (one[name] = ms),
    });
    let tDensity2 = NaN;
    if (worker) {
      const two: Record<string, number> = {};
      await mapRegionIndustry(matrix, measured, {
        density: (m, phi, r, p) => worker.density(m, phi, r, p),
        onPhase: (name, ms) => ms !== undefined && (two[name] = ms),
      });
      tDensity2 = two.density!;
    }
    const tLq = one.lq!;
    const tProximity = one.proximity!;
    const tDensity = one.density!;
    const tEci = one.eci_pci!;
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
  let cliRss = 0;
  let outBytes = 0;
  // BENCH_NO_CLI=1: in-process steps only (the largest tables write gigabytes of CSV).
  if (existsSync(cli) && process.env.BENCH_NO_CLI !== '1') {
    const args = [
      'map',
      file,
      '--region',
      options.region,
      '--industry',
      options.industry,
      '--value',
      options.value,
    ];
    if (options.year !== undefined) args.push('--year', String(options.year));
    if (options.level !== undefined) args.push('--level', String(options.level));
    args.push(...(input.cliArgs ?? []), '--out', input.out);
    for (let run = 0; run < runs; run++) {
      rmSync(input.out, { recursive: true, force: true });
      const t = performance.now();
      const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args], {
        encoding: 'utf8',
      });
      whole.push(performance.now() - t);
      if (child.status !== 0) throw new Error(`polos map failed: ${child.stderr}`);
      const lines = child.stderr.trim().split('\n');
      cliRss = Math.max(cliRss, Number(lines[lines.length - 1]));
    }
    outBytes = readdirSync(input.out)
      .filter((n) => n.endsWith('.csv') || n.endsWith('.parquet'))
      .reduce((s, n) => s + statSync(join(input.out, n)).size, 0);
  }

  const ms = (xs: number[]) => `${median(xs).toFixed(0).padStart(6)} ms`;
  console.log(
    `input: ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB): ${shape}; median of ${runs} runs`,
  );
  for (const [name, xs] of Object.entries(steps)) console.log(`  ${name.padEnd(18)} ${ms(xs)}`);
  console.log(`  peak RSS (in process): ${(inProcessRss / 1024).toFixed(0)} MB`);
  if (whole.length) {
    console.log(
      `  polos map (whole process, ${(outBytes / 1e6).toFixed(0)} MB of output written) ${ms(whole)}; peak RSS ${(cliRss / 1024).toFixed(0)} MB`,
    );
  } else console.log(`  (no CLI bundle at ${cli}: run npm run build to time the whole process)`);
}
