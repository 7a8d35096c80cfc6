/**
 * The second thread of `polos map` (map-threads.ts): computes its share of the relatedness
 * density into shared memory, then writes density.csv while the main thread goes on with
 * ECI/PCI and the other files. Bundled to packages/cli/dist/map-worker.mjs by
 * scripts/build.mjs; imports only the density kernel and the CSV writer, so it starts fast.
 */
import { parentPort } from 'node:worker_threads';
import { KernelArena, runDensity } from '@polos/core/density';
import { StatisticalCsvWriter } from '@polos/store/csv-writer';
import type { WorkerReply, WorkerTask } from './map-threads';

const port = parentPort;
if (!port) throw new Error('map-worker.mjs runs as a worker thread of polos map');

let arena: KernelArena | undefined;

port.on('message', (task: WorkerTask) => {
  try {
    if (task.type === 'init') {
      // The main thread's kernel memory: the same data, no copies.
      arena = new KernelArena(task.memory);
    } else if (task.type === 'density') {
      if (!arena) throw new Error('density before init');
      runDensity(arena, task.plan, task.first, task.end, 1);
    } else {
      const density = new Float64Array(task.density, task.byteOffset, task.length);
      const { regions, industries } = task;
      const f = new StatisticalCsvWriter(task.path, 'region,industry,density');
      const regionBytes = regions.map((x) => f.encode(`${x},`));
      const industryBytes = industries.map((x) => f.encode(`${x},`));
      f.cells(regionBytes, industryBytes, [density]);
      f.close();
    }
    port.postMessage({ id: task.id, ok: true } satisfies WorkerReply);
  } catch (error) {
    port.postMessage({
      id: task.id,
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    } satisfies WorkerReply);
  }
});
