/**
 * Parses a cluster import file (CSV or JSON) into validated cluster inputs. Every row
 * is checked with the core schema and ALL problems are collected, each naming file,
 * row and field; if there is any, `ImportValidationError` is thrown and nothing is
 * returned (so nothing can be half written). Format: docs/storage.md#import.
 */
import {
  clusterInputSchema,
  fieldRuleOf,
  findUnsafeText,
  slugify,
  type ClusterInputParsed,
  type ClusterPatch,
} from '@polos/core';
import type { z } from 'zod';
import { parseCsv } from './read-csv';
import { ImportValidationError, type ClusterImportRow, type ImportIssue } from '../store';

/** CSV column → field of ClusterInput. */
const clusterColumns: Record<string, string> = {
  id: 'id',
  name: 'name',
  country: 'country',
  region: 'region',
  location: 'location',
  sector: 'sector',
  sector_group: 'sectorGroup',
  life_cycle_stage: 'lifeCycleStage',
  description: 'description',
  is_public: 'isPublic',
  source: 'source',
};
/** Optional key-figure columns (one year per row). */
const figureColumns: Record<string, string> = {
  year: 'year',
  firms: 'firms',
  direct_jobs: 'directJobs',
  indirect_jobs: 'indirectJobs',
  turnover: 'turnover',
  production: 'production',
  exports: 'exports',
  currency: 'currency',
  unit: 'unit',
};
/** Optional statistical-code columns (decision 090) → path in `statisticalCodes`. */
const codeColumns: Record<string, [string, string | null]> = {
  region_system: ['region', 'system'],
  region_code: ['region', 'code'],
  industry_system: ['industry', 'system'],
  industry_code: ['industry', 'code'],
  statistical_note: ['note', null],
};
const numericFigures = new Set([
  'year',
  'firms',
  'directJobs',
  'indirectJobs',
  'turnover',
  'production',
  'exports',
]);
const fieldToColumn = Object.fromEntries(
  [...Object.entries(clusterColumns), ...Object.entries(figureColumns)].map(([c, f]) => [f, c]),
);

type ParsedCluster = ClusterInputParsed & { id: string };

/** The fields of `data` whose keys the raw record sent (before defaults), without `id`. */
function sentFields(raw: unknown, data: ParsedCluster): ClusterPatch {
  const sent = typeof raw === 'object' && raw !== null ? Object.keys(raw) : [];
  const source = data as Record<string, unknown>;
  return Object.fromEntries(
    sent.filter((key) => key !== 'id' && source[key] !== undefined).map((key) => [key, source[key]]),
  ) as ClusterPatch;
}

function issuePath(path: PropertyKey[], csv: boolean): string {
  if (csv && path[0] === 'statisticalCodes') {
    const column = Object.entries(codeColumns).find(
      ([, [part, key]]) => part === path[1] && (key === null || key === (path[2] ?? key)),
    );
    if (column) return column[0];
  }
  if (csv && path[0] === 'keyFigures' && typeof path[2] === 'string')
    return fieldToColumn[path[2]] ?? path[2];
  if (csv && typeof path[0] === 'string') return fieldToColumn[path[0]] ?? path[0];
  return path.map(String).join('.') || '(record)';
}

function validate(
  records: Array<{ row: number; value: unknown; csv: boolean }>,
  fileName: string,
): ClusterImportRow[] {
  const issues: ImportIssue[] = [];
  const out: ClusterImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, value, csv } of records) {
    // NUL and lone surrogates: no database field holds them (docs/security.md).
    const unsafe = findUnsafeText(value);
    if (unsafe.length) {
      for (const u of unsafe)
        issues.push({ file: fileName, row, field: issuePath(u.path, csv), message: u.message });
      continue;
    }
    const result = clusterInputSchema.safeParse(value);
    if (!result.success) {
      for (const issue of (result.error as z.ZodError).issues) {
        const rule = fieldRuleOf(issue);
        issues.push({
          file: fileName,
          row,
          field: issuePath(issue.path, csv),
          message: issue.message,
          ...(rule ? { rule } : {}),
        });
      }
      continue;
    }
    const id = result.data.id ?? slugify(result.data.name);
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push({ file: fileName, row, field: 'id', message: `id "${id}" already used at row ${first}` });
      continue;
    }
    seen.set(id, row);
    const cluster = { ...result.data, id };
    out.push({ cluster, patch: sentFields(value, cluster) });
  }
  if (issues.length) throw new ImportValidationError(issues);
  if (!out.length)
    throw new ImportValidationError([
      { file: fileName, row: 0, field: '(file)', message: 'no clusters in the file' },
    ]);
  return out;
}

function csvRecords(content: string, fileName: string) {
  let parsed: ReturnType<typeof parseCsv>;
  try {
    parsed = parseCsv(content);
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    throw new ImportValidationError([
      {
        file: fileName,
        row: line,
        field: '(csv)',
        message: error instanceof Error ? error.message : String(error),
      },
    ]);
  }
  const known = [...Object.keys(clusterColumns), ...Object.keys(figureColumns), ...Object.keys(codeColumns)];
  const unknown = parsed.columns.filter((c) => !known.includes(c));
  const missing = ['name', 'country', 'sector', 'sector_group'].filter((c) => !parsed.columns.includes(c));
  if (unknown.length || missing.length) {
    throw new ImportValidationError([
      ...missing.map((c) => ({ file: fileName, row: 1, field: c, message: 'required column is missing' })),
      ...unknown.map((c) => ({
        file: fileName,
        row: 1,
        // A header cell left empty (e.g. a trailing comma) still gets a name in the report.
        field: c || `(column ${parsed.columns.indexOf(c) + 1}: no name)`,
        message: `unknown column; expected some of ${known.join(', ')}`,
      })),
    ]);
  }
  return parsed.records.map(({ line, values }) => {
    const cluster: Record<string, unknown> = {};
    for (const [column, field] of Object.entries(clusterColumns)) {
      const v = values[column]?.trim();
      if (v === undefined || v === '') continue;
      cluster[field] = field === 'isPublic' ? parseBoolean(v) : v;
    }
    const figure: Record<string, unknown> = {};
    for (const [column, field] of Object.entries(figureColumns)) {
      const v = values[column]?.trim();
      if (v === undefined || v === '') continue;
      figure[field] = numericFigures.has(field) ? parseNumber(v) : v;
    }
    if (Object.keys(figure).length) cluster.keyFigures = [figure];
    const codes = statisticalCodes(values);
    if (codes) cluster.statisticalCodes = codes;
    return { row: line, value: cluster, csv: true };
  });
}

/** The statistical codes of a CSV row, when any of their columns is filled. */
function statisticalCodes(values: Record<string, string | undefined>): Record<string, unknown> | undefined {
  const codes: Record<string, unknown> = {};
  for (const [column, [part, key]] of Object.entries(codeColumns)) {
    const v = values[column]?.trim();
    if (v === undefined || v === '') continue;
    if (key === null) codes[part] = v;
    else codes[part] = { ...(codes[part] as object | undefined), [key]: v };
  }
  return Object.keys(codes).length ? codes : undefined;
}

const parseBoolean = (v: string): unknown =>
  /^(true|yes|1)$/i.test(v) ? true : /^(false|no|0)$/i.test(v) ? false : v;
const parseNumber = (v: string): unknown => (/^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v);

function jsonRecords(content: string, fileName: string) {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new ImportValidationError([
      { file: fileName, row: 0, field: '(json)', message: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
  const list = Array.isArray(data) ? data : (data as { clusters?: unknown } | null)?.clusters;
  if (!Array.isArray(list)) {
    throw new ImportValidationError([
      {
        file: fileName,
        row: 0,
        field: '(json)',
        message: 'expected an array of clusters or { "clusters": [...] }',
      },
    ]);
  }
  return list.map((value, i) => ({ row: i + 1, value, csv: false }));
}

/**
 * @example
 * parseClusterFile('name,country,sector,sector_group\nWine,CL,wine,natural_resource_based\n', { fileName: 'x.csv' })
 * // → [{ cluster: { id: 'wine', name: 'Wine', country: 'CL', isPublic: true, … },
 * //      patch: { name: 'Wine', country: 'CL', sector: 'wine', sectorGroup: '…' } }]
 */
export function parseClusterFile(
  content: string,
  options: { fileName: string; format?: 'csv' | 'json' },
): ClusterImportRow[] {
  const format =
    options.format ?? (/\.json$/i.test(options.fileName) || /^\s*[[{]/.test(content) ? 'json' : 'csv');
  const records =
    format === 'json' ? jsonRecords(content, options.fileName) : csvRecords(content, options.fileName);
  return validate(records, options.fileName);
}
