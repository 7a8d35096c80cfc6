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

  it('covers both NAICS vintages: the 2017 codes of the transcription kept, 2012 codes completed by the concordance', () => {
    const defs = readClusterDefinitions('us-benchmark', { dataPath });
    const clusterOf = new Map(defs.map((d) => [d.industry, d.cluster]));
    // NAICS 2017 codes the transcription holds (flagged non-standard) are kept …
    expect(clusterOf.get('541713')).toBe('Education and Knowledge Creation');
    expect(clusterOf.get('211120')).toBe('Oil and Gas Production and Transportation');
    expect(clusterOf.get('517311')).toBe('Local Utilities');
    // … government rows and aggregates are not (no such NAICS code) …
    expect(clusterOf.has('902612')).toBe(false);
    expect(clusterOf.has('111000')).toBe(false);
    // … and their NAICS 2012 predecessors map through the concordance when unambiguous:
    // 541711 → 2017's 541713 and 541714, both Education and Knowledge Creation;
    // 211111 → 211120 (Oil and Gas); 333911 → 333914 (Production Technology and Heavy Machinery).
    expect(clusterOf.get('541711')).toBe('Education and Knowledge Creation');
    expect(clusterOf.get('211111')).toBe('Oil and Gas Production and Transportation');
    expect(clusterOf.get('333911')).toBe('Production Technology and Heavy Machinery');
    expect(new Set(defs.map((d) => d.industry)).size).toBe(defs.length);
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
