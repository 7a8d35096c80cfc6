/**
 * Cluster definitions (industry → cluster) for `polos map --definitions`:
 *
 * - `us-benchmark`: the U.S. Cluster Mapping Project benchmark definitions (Delgado, Porter
 *   & Stern 2016): 51 traded and 16 local clusters over 6-digit NAICS codes, as transcribed
 *   in data/us-cluster-definitions/noco_naics2012_cluster_subcluster.csv (see its
 *   PROVENANCE.md). The transcription is NAICS 2012 with 25 codes already in their NAICS
 *   2017 form (flagged non-standard, e.g. 541713–541715, 517311/517312, 211120): those are
 *   kept; its other flagged rows (government 90xxxx, the 111000/112000 aggregates) and
 *   814110 (private households, in no cluster) are left out. Both vintages are then
 *   completed through the Census NAICS 2017 ↔ 2012 concordance (naics2017_naics2012.csv):
 *   a code of one vintage missing from the list gets the cluster of its counterparts in the
 *   other when they all lie in one cluster (e.g. 2012's 541711 → Education and Knowledge
 *   Creation, as 2017's 541713 and 541714), so CBP files of 2012–2016 and of 2017 onwards
 *   both map fully;
 * - a user CSV with columns `industry`, `cluster` and optionally `type` (`traded` or
 *   `local`; default `traded`).
 *
 * Problems are reported all at once with file, line and column (ImportValidationError).
 */
import { basename, join } from 'node:path';
import type { ClusterDefinition } from '@polos/core';
import { ImportValidationError, type ImportIssue } from '../store';
import { readCsvFile } from './read-csv';

/** NAICS 2017 ↔ 2012 pairs of 6-digit codes (Census concordance, as shipped). */
function naicsConcordance(dataPath: string): Array<[string, string]> {
  const path = join(dataPath, 'us-cluster-definitions', 'naics2017_naics2012.csv');
  return readCsvFile(path).records.map(({ values }) => [
    (values.NAICS2017_6d ?? '').trim(),
    (values.NAICS2012_6d ?? '').trim(),
  ]);
}

/**
 * Adds the codes of one NAICS vintage that `defs` lacks, with the cluster of their
 * counterparts in the other vintage when these all lie in one cluster (one type).
 */
function completeThroughConcordance(
  defs: ClusterDefinition[],
  pairs: Array<[string, string]>,
): ClusterDefinition[] {
  const byCode = new Map(defs.map((d) => [d.industry, d]));
  const counterparts = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    if (!a || !b) continue;
    if (!counterparts.has(a)) counterparts.set(a, new Set());
    if (!counterparts.has(b)) counterparts.set(b, new Set());
    counterparts.get(a)!.add(b);
    counterparts.get(b)!.add(a);
  }
  const added: ClusterDefinition[] = [];
  for (const [code, others] of counterparts) {
    if (byCode.has(code)) continue;
    const found = [...others].map((o) => byCode.get(o));
    const first = found[0];
    if (first && found.every((d) => d && d.cluster === first.cluster && d.type === first.type))
      added.push({ industry: code, cluster: first.cluster, type: first.type });
  }
  return [...defs, ...added];
}

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
  const concordance = benchmark ? naicsConcordance(options.dataPath) : [];
  const naics2017 = new Set(concordance.map(([code]) => code));
  for (const { line, values } of table.records) {
    // Flagged rows: keep those already in NAICS 2017 form, drop government and aggregates.
    if (
      benchmark &&
      values.emsi_specific_or_nonstandard === 'True' &&
      !naics2017.has((values[columns.industry] ?? '').trim())
    )
      continue;
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
  return benchmark ? completeThroughConcordance(out, concordance) : out;
}
