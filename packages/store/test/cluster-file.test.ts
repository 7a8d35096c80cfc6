import { readFileSync } from 'node:fs';
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
    expect(rows.map((r) => r.cluster.id)).toEqual(['franca', 'wine-colchagua']);
    expect(rows[0]?.cluster.keyFigures).toEqual([
      { year: 2020, firms: 600, turnover: 120.5, currency: 'BRL', unit: 'million' },
    ]);
    expect(rows[1]?.cluster.keyFigures).toEqual([]);
  });

  it("a row's patch holds only the fields the row gave, without the defaults of creation", () => {
    const rows = parseClusterFile(
      'id,name,country,sector,sector_group,description\nx1,Name one,BR,s1,traditional_manufacturing,New text\n',
      { fileName: 'p.csv' },
    );
    expect(rows[0]?.cluster.isPublic).toBe(true);
    expect(rows[0]?.patch).toEqual({
      name: 'Name one',
      country: 'BR',
      sector: 's1',
      sectorGroup: 'traditional_manufacturing',
      description: 'New text',
    });
    const json = parseClusterFile(
      JSON.stringify([
        { id: 'x2', name: 'Two', country: 'CL', sector: 'wine', sectorGroup: 'natural_resource_based' },
      ]),
      { fileName: 'p.json' },
    );
    expect(Object.keys(json[0]!.patch).sort()).toEqual(['country', 'name', 'sector', 'sectorGroup']);
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

  it('numbers a row by the line it starts on, even after a cell that spans lines', () => {
    const issues = issuesOf(() =>
      parseClusterFile(
        'name,country,sector,sector_group,description\n' +
          'Good one,BR,footwear,traditional_manufacturing,"two\nlines"\n' +
          '\n' +
          'Bad one,Brazil,footwear,traditional_manufacturing,"and\r\nthree\nlines"\n',
        { fileName: 'm.csv' },
      ),
    );
    // Lines: 1 header, 2–3 first record, 4 empty, 5–7 the bad record.
    expect(issues.map((i) => [i.row, i.field])).toEqual([[5, 'country']]);
    // A byte-order mark and Windows line ends do not shift the count.
    const crlf = issuesOf(() =>
      parseClusterFile(
        '\ufeffname,country,sector,sector_group\r\nÜber,DE,x1,traditional_manufacturing\r\n\r\nBee,de,x1,traditional_manufacturing\r\n',
        { fileName: 'w.csv' },
      ),
    );
    expect(crlf.map((i) => [i.row, i.field])).toEqual([[4, 'country']]);
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
    expect(ok[0]?.cluster.id).toBe('salmon-los-lagos');
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

  it('the example CSV in docs/storage.md parses as documented', () => {
    const doc = readFileSync(new URL('../../../docs/storage.md', import.meta.url), 'utf8');
    const csv = /```csv\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(csv).toBeDefined();
    const rows = parseClusterFile(csv!, { fileName: 'example.csv' });
    expect(rows.map(({ cluster: r }) => [r.id, r.country, r.sectorGroup])).toEqual([
      ['franca-footwear', 'BR', 'traditional_manufacturing'],
      ['colchagua-wine', 'CL', 'natural_resource_based'],
    ]);
    expect(rows[0]?.cluster.keyFigures).toEqual([
      { year: 2020, firms: 600, directJobs: 20000, turnover: 1200, currency: 'BRL', unit: 'million' },
    ]);
  });
});
