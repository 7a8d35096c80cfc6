import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readClusterDefinitions } from '../src/files/cluster-definitions';
import { ImportValidationError } from '../src/store';

const dataPath = fileURLToPath(new URL('../../../data', import.meta.url));

describe('readClusterDefinitions', () => {
  it('reads the U.S. benchmark: 51 traded and 16 local clusters; aircraft manufacturing is in Aerospace', () => {
    const defs = readClusterDefinitions('us-benchmark', { dataPath });
    const traded = new Set(defs.filter((d) => d.type === 'traded').map((d) => d.cluster));
    const local = new Set(defs.filter((d) => d.type === 'local').map((d) => d.cluster));
    expect(traded.size).toBe(51);
    expect(local.size).toBe(16);
    expect(defs.find((d) => d.industry === '336411')).toEqual({
      industry: '336411',
      cluster: 'Aerospace Vehicles and Defense',
      type: 'traded',
    });
  });

  it('reads a user file and names the line and column of each problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'polos-defs-'));
    const good = join(dir, 'good.csv');
    writeFileSync(good, 'industry,cluster,type\n3111,Food,local\n3112,Food,\n');
    expect(readClusterDefinitions(good, { dataPath })).toEqual([
      { industry: '3111', cluster: 'Food', type: 'local' },
      { industry: '3112', cluster: 'Food', type: 'traded' },
    ]);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'industry,cluster,type\n3111,Food,local\n3111,Drinks,global\n');
    try {
      readClusterDefinitions(bad, { dataPath });
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(ImportValidationError);
      expect((error as ImportValidationError).issues.map((i) => [i.row, i.field])).toEqual([
        [3, 'type'],
        [3, 'industry'],
      ]);
    }
    expect(() => readClusterDefinitions(join(dir, 'none.csv'), { dataPath })).toThrow('not found');
  });
});
