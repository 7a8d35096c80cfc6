import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readIdbFolder } from '../src/files/idb-folder';
import { ImportValidationError, type ImportIssue } from '../src/store';

const dataFolder = new URL('../../../data/pietrobelli-rabellotti-clusters/', import.meta.url).pathname;
const temporary: string[] = [];

/** A copy of the IDB folder with one file's text changed. */
function copyWith(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'polos-idb-'));
  temporary.push(dir);
  cpSync(dataFolder, dir, { recursive: true });
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

function issuesOf(folder: string): ImportIssue[] {
  try {
    readIdbFolder(folder);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportValidationError);
    return (error as ImportValidationError).issues;
  }
  throw new Error('expected an ImportValidationError');
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('readIdbFolder(folder) on the bundled IDB data', () => {
  const clusters = readIdbFolder(dataFolder);
  const byId = new Map(clusters.map((c) => [c.clusterId, c]));

  it('reads the 40 clusters of the study with their sector groups (15, 11, 9, 5)', () => {
    expect(clusters).toHaveLength(40);
    const count = (g: string) => clusters.filter((c) => c.sectorGroup === g).length;
    expect([
      count('traditional_manufacturing'),
      count('natural_resource_based'),
      count('complex_product_systems'),
      count('specialized_suppliers'),
    ]).toEqual([15, 11, 9, 5]);
  });

  it('keeps an n.a. item unknown (Bucaramanga item c) and the off-grid 0.88 of Jalisco as printed', () => {
    expect(byId.get('tm_bucaramanga_garment')?.scores.externalEconomies).toEqual({
      specialisedLabourMarket: 3,
      availabilityOfInputs: 1,
      easyAccessToInformation: null,
      marketAccess: 2,
    });
    expect(byId.get('cops_jalisco_electronics')?.scores.jointAction.horizontalMultilateralLinkages).toBe(
      0.88,
    );
  });

  it('reads the governance codes per type with their chain descriptions (Torreón: quasi-hierarchy 2)', () => {
    const torreon = byId.get('tm_torreon_garment')!;
    expect(torreon.governance.map((g) => [g.governanceType, g.code])).toEqual([
      ['market', 0],
      ['network', 0],
      ['quasi_hierarchy', 2],
      ['hierarchy', 0],
    ]);
    expect(torreon.governance[2]?.description).toBe('Blue-jeans chain led by US buyers');
  });
});

describe('readIdbFolder(folder) refuses bad input, naming file, row and field', () => {
  it('a score of 4 (Medellín, line 2 of external_economies.csv)', () => {
    const dir = copyWith('external_economies.csv', (t) =>
      t.replace('Textile: Medellín (Col.),2,2,1,1.5', 'Textile: Medellín (Col.),4,2,1,1.5'),
    );
    expect(issuesOf(dir)).toEqual([
      {
        file: 'external_economies.csv',
        row: 2,
        field: 'a_specialised_labour_market',
        message: '"4" is not a score between 0 and 3 (empty = unknown)',
      },
    ]);
  });

  it('a missing column (the header is line 1)', () => {
    const dir = copyWith('joint_action.csv', (t) =>
      t.replace('d_horizontal_multilateral_linkages', 'd_horizontal_linkages'),
    );
    expect(issuesOf(dir)).toEqual([
      {
        file: 'joint_action.csv',
        row: 1,
        field: 'd_horizontal_multilateral_linkages',
        message: 'required column is missing',
      },
    ]);
  });

  it('a cluster id not in clusters.csv (line 4 of upgrading.csv)', () => {
    const lines = readFileSync(join(dataFolder, 'upgrading.csv'), 'utf8').split('\n');
    const id = lines[3]!.split(',')[0]!;
    const dir = copyWith('upgrading.csv', (t) => t.replace(`${id},`, 'tm_nowhere_garment,'));
    const issues = issuesOf(dir);
    expect(issues).toContainEqual({
      file: 'upgrading.csv',
      row: 4,
      field: 'cluster_id',
      message: '"tm_nowhere_garment" is not a cluster of clusters.csv',
    });
  });

  it('a score that is not a number, and a governance code outside 0–3, all reported at once', () => {
    const first = copyWith('joint_action.csv', (t) =>
      t.replace('Garment: Bucaramanga (Col.),1,2,1,1', 'Garment: Bucaramanga (Col.),1,high,1,1'),
    );
    writeFileSync(
      join(first, 'governance.csv'),
      readFileSync(join(first, 'governance.csv'), 'utf8').replace(
        'tm_medellin_textile,traditional_manufacturing,Table 4,table,market,0',
        'tm_medellin_textile,traditional_manufacturing,Table 4,table,market,5',
      ),
    );
    const issues = issuesOf(first);
    expect(issues.map((i) => [i.file, i.row, i.field])).toEqual([
      ['joint_action.csv', 4, 'b_forward_vertical_linkages'],
      ['governance.csv', 2, 'code_published'],
    ]);
  });
});
