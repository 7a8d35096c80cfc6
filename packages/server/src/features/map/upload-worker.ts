/**
 * The thread that reads an uploaded statistical table (upload-threads.ts): parses the CSV
 * (or CSV.gz) and pivots it into the dense matrix off the server's thread, so the server
 * keeps answering while a large file is read. Bundled to packages/cli/dist/upload-worker.mjs
 * by scripts/build.mjs; imports only the statistical reader, so it starts fast.
 */
import { parentPort } from 'node:worker_threads';
import { ImportValidationError, StatisticalLimitError } from '@polos/store/statistical-limits';
import { readStatisticalTable } from '@polos/store/statistical-table';
import type { UploadReadReply, UploadReadTask } from './upload-threads';

const port = parentPort;
if (!port) throw new Error('upload-worker.mjs runs as a worker thread of the polos server');

port.once('message', (task: UploadReadTask) => {
  void readStatisticalTable(task.path, task.options).then(
    (table) => {
      const values = table.matrix.values;
      const reply: UploadReadReply = {
        ok: true,
        regions: table.matrix.regions,
        industries: table.matrix.industries,
        values,
        rows: table.rows,
        years: table.years,
        notes: table.notes,
      };
      // The matrix moves to the server's thread without a copy.
      port.postMessage(reply, [values.buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const reply: UploadReadReply =
        error instanceof StatisticalLimitError
          ? { ok: false, kind: 'limit', issues: error.issues, limit: error.limit, max: error.max }
          : error instanceof ImportValidationError
            ? { ok: false, kind: 'import', issues: error.issues }
            : { ok: false, kind: 'error', message: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
    },
  );
});
