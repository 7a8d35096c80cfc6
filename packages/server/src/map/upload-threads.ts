/**
 * Reading an uploaded statistical table on a worker thread (docs/decisions/061): the CSV
 * scan and the pivot into the dense matrix run in upload-worker.ts, one worker per
 * upload, so the server's thread keeps answering (/api/health, every other request) while
 * a large file is read. The matrix comes back without a copy (a transferred buffer);
 * errors come back as the reader's own (ImportValidationError, StatisticalLimitError).
 *
 * The worker is found as `polos map`'s is (packages/cli/src/parallel/map-threads.ts): the
 * bundle upload-worker.mjs next to the running bundle (packages/cli/dist, built by
 * scripts/build.mjs). Running from the sources (tests), or from a script bundled elsewhere
 * and run from the project root (bench/), the worker's source is bundled once per process
 * with the same esbuild step into node_modules/.cache/polos/upload-worker.mjs.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportIssue, StatisticalTableOptions } from '@polos/store';
import {
  ImportValidationError,
  StatisticalLimitError,
  type StatisticalLimits,
} from '@polos/store/statistical-limits';

export interface UploadReadTask {
  path: string;
  options: StatisticalTableOptions;
}

export type UploadReadReply =
  | {
      ok: true;
      regions: readonly string[];
      industries: readonly string[];
      values: Float64Array;
      rows: number;
      years: string[];
      notes: string[];
    }
  | { ok: false; kind: 'limit'; issues: ImportIssue[]; limit: keyof StatisticalLimits; max: number }
  | { ok: false; kind: 'import'; issues: ImportIssue[] }
  | { ok: false; kind: 'error'; message: string };

export type UploadedTable = Extract<UploadReadReply, { ok: true }>;

let sourceBundle: Promise<string> | undefined;

/**
 * The worker's file: the built bundle next to this module; else, running from the sources
 * (or from a script bundled elsewhere and run from the project root), a bundle made now.
 */
export function uploadWorkerFile(): Promise<string> {
  const built = fileURLToPath(new URL('./upload-worker.mjs', import.meta.url));
  if (existsSync(built)) return Promise.resolve(built);
  const sources = [fileURLToPath(new URL('../../../../', import.meta.url)), `${resolve('.')}/`]
    .map((root) => ({ root, source: `${root}packages/server/src/map/upload-worker.ts` }))
    .filter(({ source }) => existsSync(source));
  const found = sources[0];
  if (!found)
    return Promise.reject(new Error(`the upload worker is not built (${built}): run npm run build`));
  sourceBundle ??= bundleSource(found.root, found.source).catch((error: unknown) => {
    sourceBundle = undefined;
    throw error;
  });
  return sourceBundle;
}

async function bundleSource(root: string, source: string): Promise<string> {
  // Inside node_modules, so the worker's third-party imports resolve from the project's.
  const dir = `${root}node_modules/.cache/polos`;
  mkdirSync(dir, { recursive: true });
  const out = `${dir}/upload-worker.mjs`;
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
 * Reads the table at `path` on a new worker thread and ends it. Rejects with the reader's
 * errors (ImportValidationError, StatisticalLimitError) as if it had run here.
 *
 * @example const table = await readTableOffThread('/tmp/upload.csv', { region: 'fips', industry: 'naics', value: 'emp' });
 */
export async function readTableOffThread(
  path: string,
  options: StatisticalTableOptions,
): Promise<UploadedTable> {
  const worker = new Worker(await uploadWorkerFile());
  try {
    const reply = await new Promise<UploadReadReply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the upload worker stopped (exit code ${code})`)));
      worker.postMessage({ path, options } satisfies UploadReadTask);
    });
    if (reply.ok) return reply;
    if (reply.kind === 'limit') throw new StatisticalLimitError(reply.limit, reply.max, reply.issues[0]!);
    if (reply.kind === 'import') throw new ImportValidationError(reply.issues);
    throw new Error(`reading the upload failed: ${reply.message}`);
  } finally {
    await worker.terminate();
  }
}
