import { describe, expect, it } from 'vitest';
import { parseClusterFile } from '../src/files/cluster-file';
import { ImportValidationError } from '../src/store';

const header = 'id,name,country,sector,sector_group,year,firms,turnover,currency\n';

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportValidationError);
    return (error as ImportValidationError).issues;
  }
  throw new Error('expected an ImportValidationError');
}

describe('parseClusterFile', () => {
  it('reads a CSV into validated clusters with one key-figure year per row', () => {
    const rows = parseClusterFile(
      header +
        'franca,Footwear — Franca,BR,footwear,traditional_manufacturing,2020,600,120.5,BRL\n' +
        ',Wine — Colchagua,CL,wine,natural_resource_based,,,,\n',
      { fileName: 'a.csv' },
    );
    expect(rows.map((r) => r.id)).toEqual(['franca', 'wine-colchagua']);
    expect(rows[0]?.keyFigures).toEqual([
      { year: 2020, firms: 600, turnover: 120.5, currency: 'BRL', unit: 'million' },
    ]);
    expect(rows[1]?.keyFigures).toEqual([]);
  });

  it('a file with one bad row reports that row and field, and returns nothing', () => {
    const issues = issuesOf(() =>
      parseClusterFile(
        header +
          'a1,Good one,BR,footwear,traditional_manufacturing,,,,\n' +
          'a2,Bad one,Brazil,footwear,textiles,,,,\n' +
          'a3,Good two,MX,software,specialized_suppliers,,,,\n',
        { fileName: 'clusters.csv' },
      ),
    );
    expect(issues.map((i) => [i.file, i.row, i.field])).toEqual([
      ['clusters.csv', 3, 'country'],
      ['clusters.csv', 3, 'sector_group'],
    ]);
  });

  it('names money figures without a currency, duplicate ids, missing and unknown columns', () => {
    expect(
      issuesOf(() =>
        parseClusterFile(header + 'x1,Name,BR,s1,traditional_manufacturing,2020,,5,\n', {
          fileName: 'f.csv',
        }),
      ),
    ).toEqual([{ file: 'f.csv', row: 2, field: 'currency', message: 'money figures need a currency' }]);
    const dup = issuesOf(() =>
      parseClusterFile(
        header +
          'x1,Name,BR,s1,traditional_manufacturing,,,,\nx1,Other,BR,s1,traditional_manufacturing,,,,\n',
        {
          fileName: 'f.csv',
        },
      ),
    );
    expect(dup[0]).toMatchObject({ row: 3, field: 'id', message: 'id "x1" already used at row 2' });
    const cols = issuesOf(() => parseClusterFile('name,country,colour\nA,BR,red\n', { fileName: 'f.csv' }));
    expect(cols.map((i) => i.field)).toEqual(['sector', 'sector_group', 'colour']);
  });

  it('reads JSON arrays or { clusters } and numbers records from 1', () => {
    const ok = parseClusterFile(
      JSON.stringify({
        clusters: [
          {
            name: 'Salmon — Los Lagos',
            country: 'CL',
            sector: 'salmon',
            sectorGroup: 'natural_resource_based',
          },
        ],
      }),
      { fileName: 'a.json' },
    );
    expect(ok[0]?.id).toBe('salmon-los-lagos');
    const issues = issuesOf(() =>
      parseClusterFile(
        JSON.stringify([
          { name: 'A b', country: 'CL', sector: 'x1', sectorGroup: 'natural_resource_based' },
          { name: 'B' },
        ]),
        {
          fileName: 'b.json',
        },
      ),
    );
    expect(new Set(issues.map((i) => i.row))).toEqual(new Set([2]));
    expect(issues.map((i) => i.field).sort()).toEqual(['country', 'name', 'sector', 'sectorGroup']);
    expect(issuesOf(() => parseClusterFile('{oops', { fileName: 'c.json' }))[0]?.field).toBe('(json)');
  });
});
