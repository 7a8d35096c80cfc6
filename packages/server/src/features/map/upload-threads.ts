/**
 * Reading an uploaded statistical table on a worker thread (docs/decisions/061): the CSV
 * scan and the pivot into the dense matrix run in upload-worker.ts, one worker per
 * upload, so the server's thread keeps answering (/api/health, every other request) while
 * a large file is read. The matrix comes back without a copy (a transferred buffer);
 * errors come back as the reader's own (ImportValidationError, StatisticalLimitError).
 *
 * The worker's file: worker-file.ts.
 */
import type { DataNote } from '@polos/core/data-notes';
import type { ImportIssue, StatisticalTableOptions } from '@polos/store';
import {
  ImportValidationError,
  StatisticalLimitError,
  type StatisticalLimits,
} from '@polos/store/statistical-limits';
import { runWorker } from './worker-file';

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
      notes: DataNote[];
    }
  | { ok: false; kind: 'limit'; issues: ImportIssue[]; limit: keyof StatisticalLimits; max: number }
  | { ok: false; kind: 'import'; issues: ImportIssue[] }
  | { ok: false; kind: 'error'; message: string };

export type UploadedTable = Extract<UploadReadReply, { ok: true }>;

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
  const reply = await runWorker<UploadReadReply>('upload-worker', { path, options } satisfies UploadReadTask);
  if (reply.ok) return reply;
  if (reply.kind === 'limit') throw new StatisticalLimitError(reply.limit, reply.max, reply.issues[0]!);
  if (reply.kind === 'import') throw new ImportValidationError(reply.issues);
  throw new Error(`reading the upload failed: ${reply.message}`);
}
