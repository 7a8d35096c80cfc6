/**
 * Cluster import as a background job (decision 106): `POST /api/clusters/import?async=true`
 * queues the file; the worker parses and validates it (progress: `reading`, then `writing`
 * n rows) and imports it in the transaction that marks the job `done`. A bad file or a taken
 * id is `dead` at once with the error body the synchronous route would have answered.
 */
import { ConflictError, ImportValidationError, parseClusterFile, type Actor } from '@polos/store';
import { z } from 'zod';
import { ApiError, errorBody } from '../../errors';
import { JobRejected, type JobHandler } from '../../jobs/job-worker';

export const CLUSTER_IMPORT_JOB = 'cluster-import';
/** A file that failed for another reason (the database was away) is tried this often. */
export const CLUSTER_IMPORT_ATTEMPTS = 3;

/**
 * A file's text as a JSON column can keep it: PostgreSQL's jsonb holds no NUL and no lone
 * surrogate, which a file may carry (the parser reports them as row problems, as the
 * synchronous import does). Backslash escapes them, and itself; `originalText` undoes it.
 * @example storableText('a\u0000b\\') // 'a\\u0000b\\\\'
 */
export const storableText = (text: string): string =>
  // eslint-disable-next-line no-control-regex -- NUL is what this escapes
  text.replace(/\\|\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, (c) =>
    c === '\\' ? '\\\\' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

export const originalText = (stored: string): string =>
  stored.replace(/\\(\\|u[0-9a-f]{4})/g, (_, escape: string) =>
    escape === '\\' ? '\\' : String.fromCharCode(Number.parseInt(escape.slice(1), 16)),
  );

export const clusterImportPayloadSchema = z.object({
  /** The file's text through `storableText`. */
  content: z.string(),
  format: z.enum(['csv', 'json']),
  mode: z.enum(['insert', 'upsert']),
  file: z.string(),
  actor: z.object({ userId: z.string().nullable(), label: z.string() }),
});
export type ClusterImportPayload = z.infer<typeof clusterImportPayloadSchema>;

/** The API error of a refused import (bad rows: 400 with the issues; a taken id: 409), else undefined. */
export function importFailure(error: unknown, file: string): ApiError | undefined {
  if (error instanceof ImportValidationError)
    return new ApiError(
      400,
      'invalid_import',
      `${error.issues.length} problem(s) in ${file}; nothing was imported`,
      error.issues.map((i) => ({
        path: `row ${i.row}.${i.field}`,
        message: i.message,
        ...(i.rule ? { rule: i.rule } : {}),
      })),
      { issues: error.issues },
    );
  if (error instanceof ConflictError)
    return new ApiError(
      409,
      'conflict',
      `${error.message}; nothing was imported (use mode=upsert to update)`,
    );
  return undefined;
}

/** Parses and imports a file in the caller's transaction (`store` of `run.complete`) or its own. */
export const clusterImportJob: JobHandler = async (run) => {
  const { content: stored, format, mode, file, actor } = clusterImportPayloadSchema.parse(run.job.payload);
  const content = originalText(stored);
  try {
    await run.progress({ phase: 'reading', done: 0, total: null });
    const rows = parseClusterFile(content, { fileName: file, format });
    await run.progress({ phase: 'writing', done: 0, total: rows.length });
    const importer: Actor = actor;
    return await run.complete(async (store) => ({
      ...(await store.importClusters(rows, importer, { mode, source: file })),
      ids: rows.map((r) => r.cluster.id),
    }));
  } catch (error) {
    const refused = importFailure(error, file);
    if (refused) throw new JobRejected(refused.message, errorBody(refused));
    throw error;
  }
};
