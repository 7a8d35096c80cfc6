/**
 * What durability costs per write on the embedded database (decision 067): WRITES cluster
 * creations through the store (one transaction each, with its audit row) on a PGlite data
 * folder on disk, `durable` (fsync per commit, the default) against `relaxed` (PGlite's
 * old defaults: no fsync). The folder is created and migrated before the clock starts;
 * runs alternate between the modes. Median of RUNS runs; the disk is whatever the folder
 * sits on (state it with the figures: TMPDIR, or the third argument).
 *
 *   node scripts/bundle.mjs bench/pglite-durability.bench.ts .tmp/bench-durability.mjs --run -- [runs=5] [writes=200] [folder]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '@polos/store';
import { median } from './map-steps';

const [runsArg, writesArg, folderArg] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 5);
const WRITES = Number(writesArg ?? 200);
const root = mkdtempSync(join(folderArg ?? tmpdir(), 'polos-durability-bench-'));
const actor = { userId: null, label: 'bench' };

async function run(durability: 'durable' | 'relaxed', k: number): Promise<number> {
  const dataDir = join(root, `${durability}-${k}`);
  const store = await createStore({ dataDir, durability });
  try {
    await store.migrate();
    const started = performance.now();
    for (let i = 0; i < WRITES; i++) {
      await store.createCluster(
        {
          id: `bench-${i}`,
          name: `Bench cluster ${i}`,
          country: 'PE',
          sector: 'garment',
          sectorGroup: 'traditional_manufacturing',
          isPublic: true,
          keyFigures: [{ year: 2020, firms: i, currency: null, unit: 'million' }],
        },
        actor,
      );
    }
    return performance.now() - started;
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

try {
  const times: Record<'durable' | 'relaxed', number[]> = { durable: [], relaxed: [] };
  for (let k = 0; k < RUNS; k++) {
    for (const mode of k % 2 ? (['relaxed', 'durable'] as const) : (['durable', 'relaxed'] as const)) {
      times[mode].push(await run(mode, k));
    }
  }
  console.log(`PGlite folder in ${root}; ${WRITES} cluster creations per run; median of ${RUNS} runs`);
  for (const mode of ['durable', 'relaxed'] as const) {
    const total = median(times[mode]);
    console.log(
      `${mode.padEnd(8)} ${(total / 1000).toFixed(3)} s total, ${(total / WRITES).toFixed(2)} ms per write ` +
        `(runs: ${times[mode].map((t) => (t / WRITES).toFixed(2)).join(', ')} ms per write)`,
    );
  }
  const cost = (median(times.durable) - median(times.relaxed)) / WRITES;
  console.log(
    `durability costs ${cost.toFixed(2)} ms per write (${((median(times.durable) / median(times.relaxed) - 1) * 100).toFixed(0)} %)`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
