/**
 * The map studio's worker threads (docs/decisions/061): finding a worker's file and
 * running one task on a new worker. A worker is found as `polos map`'s is
 * (packages/cli/src/parallel/map-threads.ts): the bundle `<name>.mjs` next to the running
 * bundle (packages/cli/dist, built by scripts/build.mjs). Running from the sources
 * (tests), from a bundle in packages/cli/dist without the workers (CLI tests), or from a
 * script bundled elsewhere and run from the project root (bench/), the worker's source is bundled once per process with the same esbuild step into
 * node_modules/.cache/polos/<name>.mjs (inside node_modules, so that its third-party
 * imports resolve).
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type TransferListItem } from 'node:worker_threads';

export type WorkerName = 'upload-worker' | 'space-worker';

const sourceBundles = new Map<WorkerName, Promise<string>>();

/** The worker's file: the built bundle next to this module, else a bundle of its source made now. */
export function workerFile(name: WorkerName): Promise<string> {
  const built = fileURLToPath(new URL(`./${name}.mjs`, import.meta.url));
  if (existsSync(built)) return Promise.resolve(built);
  // The project root seen from the sources (src/features/map), from a bundle in packages/cli/dist, or the current folder.
  const found = [
    fileURLToPath(new URL('../../../../../', import.meta.url)),
    fileURLToPath(new URL('../../../', import.meta.url)),
    `${resolve('.')}/`,
  ]
    .map((root) => ({ root, source: `${root}packages/server/src/features/map/${name}.ts` }))
    .find(({ source }) => existsSync(source));
  if (!found) return Promise.reject(new Error(`the ${name} is not built (${built}): run npm run build`));
  let bundle = sourceBundles.get(name);
  if (!bundle) {
    bundle = bundleSource(found.root, found.source, name).catch((error: unknown) => {
      sourceBundles.delete(name);
      throw error;
    });
    sourceBundles.set(name, bundle);
  }
  return bundle;
}

async function bundleSource(root: string, source: string, name: WorkerName): Promise<string> {
  const dir = `${root}node_modules/.cache/polos`;
  mkdirSync(dir, { recursive: true });
  const out = `${dir}/${name}.mjs`;
  const { bundleForNode } = (await import(`${root}scripts/bundle.mjs`)) as {
    bundleForNode(entry: string, outfile: string, options?: object): Promise<void>;
  };
  // Written aside then renamed: processes bundling at once each replace it whole.
  const temp = `${out}.${process.pid}.${Date.now()}.tmp.mjs`;
  await bundleForNode(source, temp, { sourcemap: false });
  renameSync(temp, out);
  return out;
}

/**
 * Runs one task on a new worker and ends it; the reply as posted. `transfer`: buffers
 * that move to the worker without a copy.
 *
 * @example const reply = await runWorker<Reply>('upload-worker', { path, options });
 */
export async function runWorker<Reply>(
  name: WorkerName,
  task: unknown,
  transfer: readonly TransferListItem[] = [],
): Promise<Reply> {
  const worker = new Worker(await workerFile(name));
  try {
    return await new Promise<Reply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the ${name} stopped (exit code ${code})`)));
      worker.postMessage(task, [...transfer]);
    });
  } finally {
    await worker.terminate();
  }
}

/** The distinct buffers of typed arrays, to transfer them (shared memory is not transferred). */
export function buffersOf(...arrays: ArrayBufferView[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const a of arrays) if (a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  return [...buffers];
}
