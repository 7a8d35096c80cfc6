/**
 * Uploads of the map studio (POST /api/map/datasets, docs/api.md): the body is streamed to
 * a temporary file counting its bytes (413 past the upload limit), read and pivoted on a
 * worker thread (upload-threads.ts) under the statistical limits (distinct regions,
 * industries, cells, rows, bytes after gunzip: 413 as soon as one is passed), checked
 * (two regions and industries at least, some on the chosen map, a positive value), then
 * stored whole — or refused whole, every problem named by file, line and column.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { Context } from 'hono';
import type { User } from '@polos/core';
import {
  DEFAULT_STATISTICAL_LIMITS,
  ImportValidationError,
  StatisticalLimitError,
  type StatisticalLimits,
} from '@polos/store';
import { actorOf, type AppEnv } from '../../context';
import { ApiError } from '../../errors';
import { BOUNDARIES, gazetteer, type Geography } from './geographies';
import { uploadedEntry } from './industry-space';
import { readTableOffThread } from './upload-threads';

/** Largest upload, in bytes (CSV or gzip as sent), unless POLOS_MAX_UPLOAD_MB says otherwise. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

/**
 * The statistical limits of an upload unless the configuration says otherwise
 * (docs/configuration.md): tighter than `polos map`'s, as the matrix is stored and its
 * space computed by the server. 10 million cells is 80 MB of values.
 */
export const UPLOAD_LIMITS: Readonly<StatisticalLimits> = {
  ...DEFAULT_STATISTICAL_LIMITS,
  maxCells: 10_000_000,
  maxRows: 20_000_000,
  maxBytes: 1024 * 1024 * 1024,
};

export interface UploadQuery {
  name: string;
  geography: Geography;
  region: string;
  industry: string;
  value: string;
  year?: string;
  year_column?: string;
  level?: number;
  unit: string;
  shared?: 'true' | 'false';
  file: string;
}

/** Stores the uploaded table of the request's body; the 201 body, or an ApiError. */
export async function uploadDataset(c: Context<AppEnv>, user: User, q: UploadQuery) {
  const { config, store } = c.get('deps');
  const maxBytes = config.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  const limits = { ...UPLOAD_LIMITS, ...config.uploadLimits };
  const tooLarge = () =>
    new ApiError(413, 'too_large', `the file is larger than ${+(maxBytes / 1024 / 1024).toFixed(3)} MB`);
  if (Number(c.req.header('content-length') ?? 0) > maxBytes) throw tooLarge();
  const body = c.req.raw.body;
  if (!body)
    throw new ApiError(400, 'bad_request', 'the request has no file', [
      { path: '(body)', message: 'send the file as the body' },
    ]);
  const fileName =
    q.file
      .replace(/^.*[\\/]/, '')
      .replace(/[^\w.-]+/g, '_')
      .slice(0, 120) || 'upload.csv';
  const dir = await mkdtemp(join(tmpdir(), 'polos-upload-'));
  try {
    // Stream the body to a file, counting bytes; the first two bytes tell gzip.
    let size = 0;
    let head: number[] = [];
    const raw = join(dir, 'raw');
    await pipeline(
      Readable.fromWeb(body as WebReadableStream<Uint8Array>),
      new Transform({
        transform(chunk: Buffer, _enc, done) {
          size += chunk.length;
          if (head.length < 2) head = [...head, ...chunk.subarray(0, 2 - head.length)];
          if (size > maxBytes) done(tooLarge());
          else done(null, chunk);
        },
      }),
      createWriteStream(raw),
    );
    if (size === 0)
      throw new ApiError(400, 'bad_request', 'the file is empty', [
        { path: '(body)', message: 'empty file' },
      ]);
    const gz = head[0] === 0x1f && head[1] === 0x8b;
    const named = join(dir, fileName.replace(/\.gz$/i, '').replace(/(\.csv)?$/i, '.csv') + (gz ? '.gz' : ''));
    await rename(raw, named);
    const table = await readTableOffThread(named, {
      region: q.region,
      industry: q.industry,
      value: q.value,
      ...(q.year !== undefined ? { year: q.year } : {}),
      ...(q.year_column ? { yearColumn: q.year_column } : {}),
      ...(q.level !== undefined ? { level: q.level } : {}),
      // A table exported twice over must not double its values: repeated rows are refused.
      duplicates: 'refuse',
      limits,
    });
    const refuse = (path: string, message: string): never => {
      throw new ApiError(400, 'invalid_import', `${message}; nothing was stored`, [{ path, message }]);
    };
    const { regions, industries, values } = table;
    if (table.years.length > 1)
      refuse(
        'year',
        `the file holds ${table.years.length} years (${table.years.slice(0, 6).join(', ')}…): choose one`,
      );
    if (regions.length < 2)
      refuse('region', `${regions.length} region(s) in ${fileName}: at least 2 are needed`);
    if (industries.length < 2)
      refuse('industry', `${industries.length} industry(ies) in ${fileName}: at least 2 are needed`);
    if (!values.some((v) => v > 0)) refuse('value', `no positive value in column "${q.value}"`);
    const places = await gazetteer(config.dataPath, q.geography);
    const unmatched = regions.filter((code) => places.match(code).feature === null);
    if (unmatched.length === regions.length)
      refuse(
        'geography',
        `none of the ${regions.length} region codes (${regions.slice(0, 3).join(', ')}, …) is on the ${q.geography} map — expected codes like ${BOUNDARIES[q.geography].example}`,
      );
    const info = await store.createMapDataset(
      {
        name: q.name,
        geography: q.geography,
        unit: q.unit,
        sourceFile: fileName,
        rows: table.rows,
        regions,
        industries,
        values,
        shared: q.shared === 'true',
      },
      actorOf(user),
    );
    return {
      dataset: uploadedEntry(info),
      rows: table.rows,
      regions: regions.length,
      industries: industries.length,
      matched: regions.length - unmatched.length,
      unmatched: unmatched.slice(0, 20),
      notes: table.notes.map((n) => n.text),
    };
  } catch (error) {
    if (error instanceof StatisticalLimitError) {
      const issue = error.issues[0]!;
      throw new ApiError(
        413,
        'too_large',
        `${fileName}, line ${issue.row}: ${issue.message}; nothing was stored`,
        [{ path: `line ${issue.row}.${issue.field}`, message: issue.message }],
        { issues: error.issues, limit: error.limit, max: error.max },
      );
    }
    if (error instanceof ImportValidationError) {
      throw new ApiError(
        400,
        'invalid_import',
        `${error.issues.length} problem(s) in ${fileName}; nothing was stored`,
        error.issues.map((i) => ({ path: `line ${i.row}.${i.field}`, message: i.message })),
        { issues: error.issues },
      );
    }
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
