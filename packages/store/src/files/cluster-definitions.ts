/**
 * Cluster definitions (industry → cluster) for `polos map --definitions`:
 *
 * - `us-benchmark`: the U.S. Cluster Mapping Project benchmark definitions (Delgado, Porter
 *   & Stern 2016): 51 traded and 16 local clusters over 6-digit NAICS 2012 codes, as
 *   transcribed in data/us-cluster-definitions/noco_naics2012_cluster_subcluster.csv
 *   (rows the transcription flags as non-standard, and 814110 private households, which
 *   belongs to no cluster, are left out; see its PROVENANCE.md);
 * - a user CSV with columns `industry`, `cluster` and optionally `type` (`traded` or
 *   `local`; default `traded`).
 *
 * Problems are reported all at once with file, line and column (ImportValidationError).
 */
import { basename, join } from 'node:path';
import type { ClusterDefinition } from '@polos/core';
import { ImportValidationError, type ImportIssue } from '../store';
import { readCsvFile } from './read-csv';

export function readClusterDefinitions(source: string, options: { dataPath: string }): ClusterDefinition[] {
  const benchmark = source === 'us-benchmark';
  const path = benchmark
    ? join(options.dataPath, 'us-cluster-definitions', 'noco_naics2012_cluster_subcluster.csv')
    : source;
  const file = basename(path);
  let table;
  try {
    table = readCsvFile(path);
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { lines?: number };
    throw new ImportValidationError([
      {
        file,
        row: e.lines ?? 0,
        field: '(file)',
        message: e.code === 'ENOENT' ? `not found: ${path}` : e.message,
      },
    ]);
  }
  const columns = benchmark
    ? { industry: 'naics', cluster: 'cluster', type: 'traded_local' }
    : { industry: 'industry', cluster: 'cluster', type: 'type' };
  const issues: ImportIssue[] = [];
  for (const required of [columns.industry, columns.cluster]) {
    if (!table.columns.includes(required)) {
      issues.push({
        file,
        row: 1,
        field: required,
        message: `required column is missing (found: ${table.columns.join(', ')})`,
      });
    }
  }
  if (issues.length) throw new ImportValidationError(issues);
  const out: ClusterDefinition[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of table.records) {
    if (benchmark && values.emsi_specific_or_nonstandard === 'True') continue;
    // One benchmark row (814110, private households) belongs to no cluster.
    if (benchmark && !(values[columns.cluster] ?? '').trim()) continue;
    const industry = (values[columns.industry] ?? '').trim();
    const cluster = (values[columns.cluster] ?? '').trim();
    const rawType = (values[columns.type] ?? '').trim().toLowerCase() || 'traded';
    if (!industry) issues.push({ file, row: line, field: columns.industry, message: 'empty' });
    if (!cluster) issues.push({ file, row: line, field: columns.cluster, message: 'empty' });
    if (rawType !== 'traded' && rawType !== 'local') {
      issues.push({ file, row: line, field: columns.type, message: `"${rawType}" is not traded or local` });
    }
    const first = seen.get(industry);
    if (industry && first !== undefined) {
      issues.push({
        file,
        row: line,
        field: columns.industry,
        message: `industry ${industry} is already defined at line ${first}`,
      });
    }
    seen.set(industry, line);
    if (industry && cluster) out.push({ industry, cluster, type: rawType === 'local' ? 'local' : 'traded' });
  }
  if (issues.length) throw new ImportValidationError(issues);
  return out;
}
