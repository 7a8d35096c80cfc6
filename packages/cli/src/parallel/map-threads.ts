/**
 * Two threads for `polos map` on a two-core machine: the relatedness density (the
 * heaviest kernel) is split by regions between this thread and a worker, and the worker
 * then writes density.csv while this thread computes ECI/PCI and writes the other files.
 * Results are the same as on one thread (each region is computed by the same kernel).
 *
 * The worker is the bundle map-worker.mjs next to this one (packages/cli/dist, built by
 * scripts/build.mjs). Without it (running from the sources), with one CPU, or with
 * POLOS_THREADS=1, `startMapWorker` answers undefined and everything runs on one thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  KernelArena,
  densityDenominator,
  densityResult,
  planDensity,
  runDensity,
  type DensityPlan,
} from '@polos/core/density';

export type WorkerTask =
  | { id: number; type: 'init'; memory: KernelArena['memory'] }
  | { id: number; type: 'density'; plan: DensityPlan; first: number; end: number }
  | {
      id: number;
      type: 'write-density';
      path: string;
      density: SharedArrayBuffer;
      byteOffset: number;
      length: number;
      regions: string[];
      industries: string[];
    };
type TaskBody = WorkerTask extends infer T ? (T extends WorkerTask ? Omit<T, 'id'> : never) : never;

export type WorkerReply = { id: number; ok: true } | { id: number; ok: false; error: string };

export class MapWorker {
  private next = 0;
  private readonly pending = new Map<number, { resolve(): void; reject(e: Error): void }>();
  private failure: Error | undefined;

  private constructor(
    private readonly worker: Worker,
    private readonly arena: KernelArena | undefined,
  ) {
    worker.on('message', (reply: WorkerReply) => {
      const p = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok) p?.resolve();
      else p?.reject(new Error(`map worker: ${reply.error}`));
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (this.pending.size) this.fail(new Error(`map worker exited (${code})`));
    });
  }

  /** A started worker, or undefined when the map must run on one thread. `file`: the worker bundle. */
  static start(file = fileURLToPath(new URL('./map-worker.mjs', import.meta.url))): MapWorker | undefined {
    if (process.env.POLOS_THREADS === '1' || availableParallelism() < 2) return undefined;
    if (!existsSync(file)) return undefined;
    const mapWorker = new MapWorker(new Worker(file), KernelArena.create());
    if (mapWorker.arena) void mapWorker.run({ type: 'init', memory: mapWorker.arena.memory }).catch(() => {});
    return mapWorker;
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  private run(task: TaskBody): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...task, id });
    });
  }

  /**
   * Density of every region: φ and the present cells go once into the shared kernel memory,
   * then the worker computes the first half of the regions and this thread the second, into
   * one result (a view on that memory). Without the kernels, undefined: the pipeline
   * (mapRegionIndustry) computes the density itself.
   */
  async density(m: Uint8Array, phi: Float64Array, R: number, P: number): Promise<Float64Array | undefined> {
    const arena = this.arena;
    if (!arena) return undefined;
    const plan = planDensity(arena, m, phi, densityDenominator(phi, P), R, P);
    const half = Math.floor(R / 2);
    const done = this.run({ type: 'density', plan, first: 0, end: half });
    runDensity(arena, plan, half, R, 0);
    await done;
    return densityResult(arena, plan);
  }

  /** Writes density.csv (region, industry, density) on the worker; `density` from `density()`. */
  writeDensityCsv(
    path: string,
    density: Float64Array,
    regions: string[],
    industries: string[],
  ): Promise<void> {
    if (!(density.buffer instanceof SharedArrayBuffer)) throw new Error('density must be in shared memory');
    return this.run({
      type: 'write-density',
      path,
      density: density.buffer,
      byteOffset: density.byteOffset,
      length: density.length,
      regions,
      industries,
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
