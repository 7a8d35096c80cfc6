/**
 * Reads a folder shaped like data/pietrobelli-rabellotti-clusters (clusters.csv,
 * external_economies.csv, joint_action.csv, upgrading.csv, governance.csv) into the
 * core's assessment types, checking every cell. Any problem — a score outside 0–3, a
 * missing column, an unknown cluster id, a missing file — is reported with file, row
 * (line number; header = 1) and field, all of them at once, in an ImportValidationError.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  governanceTypes,
  sectorGroups,
  type GovernanceObservation,
  type GovernanceType,
  type Scores,
  type SectorGroup,
} from '@polos/core';
import { ImportValidationError, type ImportIssue } from '../store';
import { readCsvFile, type CsvRecord } from './read-csv';

export interface IdbCluster {
  clusterId: string;
  sectorGroup: SectorGroup;
  label: string;
  scores: Scores;
  governance: GovernanceObservation[];
}

const files = {
  clusters: { name: 'clusters.csv', columns: ['cluster_id', 'sector_group'] },
  externalEconomies: {
    name: 'external_economies.csv',
    columns: [
      'cluster_id',
      'a_specialised_labour_market',
      'b_availability_of_inputs',
      'c_easy_access_to_information',
      'd_market_access',
    ],
  },
  jointAction: {
    name: 'joint_action.csv',
    columns: [
      'cluster_id',
      'a_backward_vertical_linkages',
      'b_forward_vertical_linkages',
      'c_horizontal_bilateral_linkages',
      'd_horizontal_multilateral_linkages',
    ],
  },
  upgrading: {
    name: 'upgrading.csv',
    columns: [
      'cluster_id',
      'product_upgrading',
      'process_upgrading',
      'functional_upgrading',
      'intersectoral_upgrading',
    ],
  },
  governance: { name: 'governance.csv', columns: ['cluster_id', 'governance_type', 'code_published'] },
} as const;

type FileKey = keyof typeof files;

/**
 * @example readIdbFolder('data/pietrobelli-rabellotti-clusters').length // 40
 * @throws ImportValidationError listing every problem
 */
export function readIdbFolder(folder: string): IdbCluster[] {
  const issues: ImportIssue[] = [];
  const problem = (file: string, row: number, field: string, message: string) =>
    issues.push({ file, row, field, message });
  /** Whether `value` is one of `allowed`; a problem named after the field if not. */
  const oneOf = (file: string, r: CsvRecord, field: string, value: string, allowed: readonly string[]) => {
    if (allowed.includes(value)) return true;
    problem(file, r.line, field, `"${value}" is not one of ${allowed.join(', ')}`);
    return false;
  };
  const tables = {} as Record<FileKey, CsvRecord[]>;
  for (const [key, spec] of Object.entries(files) as Array<[FileKey, (typeof files)[FileKey]]>) {
    const path = join(folder, spec.name);
    tables[key] = [];
    if (!existsSync(path)) {
      problem(spec.name, 0, '(file)', `missing: ${path}`);
      continue;
    }
    let parsed;
    try {
      parsed = readCsvFile(path);
    } catch (error) {
      problem(spec.name, (error as { lines?: number }).lines ?? 0, '(csv)', (error as Error).message);
      continue;
    }
    const missing = spec.columns.filter((c) => !parsed.columns.includes(c));
    for (const column of missing) problem(spec.name, 1, column, 'required column is missing');
    if (!missing.length) tables[key] = parsed.records;
  }
  if (issues.length) throw new ImportValidationError(issues);

  const score = (file: string, r: CsvRecord, field: string): number | null => {
    const raw = (r.values[field] ?? '').trim();
    if (raw === '') return null;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0 || value > 3) {
      problem(file, r.line, field, `"${raw}" is not a score between 0 and 3 (empty = unknown)`);
      return null;
    }
    return value;
  };

  const clusters = new Map<string, IdbCluster>();
  for (const r of tables.clusters) {
    if ((r.values.parent_cluster_id ?? '').trim()) continue; // a child row of a cluster scored as one
    const id = (r.values.cluster_id ?? '').trim();
    const group = (r.values.sector_group ?? '').trim();
    if (!id) problem(files.clusters.name, r.line, 'cluster_id', 'empty');
    else if (clusters.has(id)) problem(files.clusters.name, r.line, 'cluster_id', `"${id}" appears twice`);
    oneOf(files.clusters.name, r, 'sector_group', group, sectorGroups);
    if (!id) continue;
    clusters.set(id, {
      clusterId: id,
      sectorGroup: group as SectorGroup,
      label: r.values.label_as_published || id,
      scores: {
        externalEconomies: {
          specialisedLabourMarket: null,
          availabilityOfInputs: null,
          easyAccessToInformation: null,
          marketAccess: null,
        },
        jointAction: {
          backwardVerticalLinkages: null,
          forwardVerticalLinkages: null,
          horizontalBilateralLinkages: null,
          horizontalMultilateralLinkages: null,
        },
        upgrading: { process: null, product: null, functional: null, intersectoral: null },
      },
      governance: [],
    });
  }

  const seen: Record<'externalEconomies' | 'jointAction' | 'upgrading', Set<string>> = {
    externalEconomies: new Set(),
    jointAction: new Set(),
    upgrading: new Set(),
  };
  const clusterOf = (key: FileKey, r: CsvRecord) => {
    const id = (r.values.cluster_id ?? '').trim();
    const cluster = clusters.get(id);
    if (!cluster) problem(files[key].name, r.line, 'cluster_id', `"${id}" is not a cluster of clusters.csv`);
    return cluster;
  };
  const itemRows = <K extends 'externalEconomies' | 'jointAction' | 'upgrading'>(
    key: K,
    fields: Record<string, string>,
  ) => {
    for (const r of tables[key]) {
      const c = clusterOf(key, r);
      const values = Object.fromEntries(
        Object.entries(fields).map(([item, column]) => [item, score(files[key].name, r, column)]),
      );
      if (!c) continue;
      if (seen[key].has(c.clusterId))
        problem(files[key].name, r.line, 'cluster_id', `"${c.clusterId}" appears twice`);
      seen[key].add(c.clusterId);
      (c.scores[key] as Record<string, number | null>) = values as Record<string, number | null>;
    }
  };
  itemRows('externalEconomies', {
    specialisedLabourMarket: 'a_specialised_labour_market',
    availabilityOfInputs: 'b_availability_of_inputs',
    easyAccessToInformation: 'c_easy_access_to_information',
    marketAccess: 'd_market_access',
  });
  itemRows('jointAction', {
    backwardVerticalLinkages: 'a_backward_vertical_linkages',
    forwardVerticalLinkages: 'b_forward_vertical_linkages',
    horizontalBilateralLinkages: 'c_horizontal_bilateral_linkages',
    horizontalMultilateralLinkages: 'd_horizontal_multilateral_linkages',
  });
  itemRows('upgrading', {
    product: 'product_upgrading',
    process: 'process_upgrading',
    functional: 'functional_upgrading',
    intersectoral: 'intersectoral_upgrading',
  });

  for (const r of tables.governance) {
    const c = clusterOf('governance', r);
    const type = (r.values.governance_type ?? '').trim();
    const raw = (r.values.code_published ?? '').trim();
    if (!oneOf(files.governance.name, r, 'governance_type', type, governanceTypes)) continue;
    if (raw !== '' && !['0', '1', '2', '3'].includes(raw)) {
      problem(
        files.governance.name,
        r.line,
        'code_published',
        `"${raw}" is not a code 0–3 (0 absent, 1 domestic, 2 global, 3 both)`,
      );
      continue;
    }
    c?.governance.push({
      governanceType: type as GovernanceType,
      code: raw === '' ? null : (Number(raw) as 0 | 1 | 2 | 3),
      description: r.values.chain_description || null,
    });
  }

  for (const c of clusters.values()) {
    for (const key of ['externalEconomies', 'jointAction'] as const) {
      if (!seen[key].has(c.clusterId))
        problem(files[key].name, 0, 'cluster_id', `no row for cluster "${c.clusterId}"`);
    }
  }
  if (issues.length) throw new ImportValidationError(issues);
  return [...clusters.values()];
}
