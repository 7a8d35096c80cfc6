/**
 * The done-when for the shipped EU and Brazilian tables: their LQs, read through
 * readStatisticalTable with the contract's options and computed by the core, equal a plain
 * recomputation made here from the gzip lines themselves (zlib + split, no reader code):
 *
 *   LQ(r,i) = (x(r,i) / x(r,·)) / (x(·,i) / x(·,·))   (Balassa 1965; docs/methods/mapping.md)
 *
 * over the rows the filters keep, an empty value counting in no total. And the two readers
 * give the same matrices, cell for cell, with the filters, the roll-up and absent cells as 0.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { locationQuotient } from '@polos/core';
import { readStatisticalTable, readStatisticalTableWithDuckDB } from '../src/files/statistical-table';
import type { StatisticalTable } from '../src/files/statistical-table-types';

const data = join(import.meta.dirname, '../../../data');
const EU = join(data, 'eu-sbs-nuts2-nace/sbs_nuts2_nace2_2008_2015.csv.gz');
const BR = join(data, 'br-rais-establishments/rais_establishments_municipality_cnae_group_2010_2015.csv.gz');

/** Rows of a gzipped CSV without quoted fields whose line starts with `year,`, as records of the header's names. */
function gzipRows(path: string, year: string): Array<Record<string, string>> {
  const [head, ...lines] = gunzipSync(readFileSync(path)).toString('utf8').trimEnd().split('\n');
  const names = head!.split(',');
  return lines
    .filter((line) => line.startsWith(`${year},`))
    .map((line) => {
      const cells = line.split(',');
      const row: Record<string, string> = {};
      for (let k = 0; k < names.length; k++) row[names[k]!] = cells[k]!;
      return row;
    });
}

/** The plain LQ of (region, industry) over [region, industry, value] triples (empty values skipped). */
function plainLq(triples: Array<[string, string, string]>, region: string, industry: string): number {
  let cell = 0;
  let regionTotal = 0;
  let industryTotal = 0;
  let total = 0;
  for (const [r, i, text] of triples) {
    if (text === '') continue;
    const v = Number(text);
    total += v;
    if (r === region) regionTotal += v;
    if (i === industry) industryTotal += v;
    if (r === region && i === industry) cell += v;
  }
  return cell / regionTotal / (industryTotal / total);
}

function lqOf(table: StatisticalTable, region: string, industry: string): { value: number; lq: number } {
  const { matrix } = table;
  const r = matrix.regions.indexOf(region);
  const i = matrix.industries.indexOf(industry);
  expect([r, i].every((k) => k >= 0)).toBe(true);
  const k = r * matrix.industries.length + i;
  return { value: matrix.values[k]!, lq: locationQuotient(matrix)[k]! };
}

describe.each([
  ['streaming CSV reader', readStatisticalTable],
  ['DuckDB reader', readStatisticalTableWithDuckDB],
])('the shipped tables (%s)', (_name, read) => {
  it('Eurostat SBS 2014, NUTS-2 × NACE division: the LQs of ES21 × C25 and C28 equal a plain recomputation', async () => {
    const table = await read(EU, {
      region: 'geo',
      industry: 'nace_r2',
      value: 'persons_employed',
      year: 2014,
      where: [
        ['geo_level', '2'],
        ['nace_level', 'division'],
      ],
    });
    const triples = gzipRows(EU, '2014')
      .filter((row) => row.geo_level === '2' && row.nace_level === 'division')
      .map((row): [string, string, string] => [row.geo!, row.nace_r2!, row.persons_employed!]);
    expect(table.rows).toBe(triples.length);
    expect(table.notes).toEqual([]);
    expect(table.matrix.industries.every((code) => /^[A-Z]\d{2}$/.test(code))).toBe(true);
    // PROVENANCE.md, checks: ES21 2014 persons employed C25 = 39,532, C28 = 20,592.
    for (const [industry, employed] of [
      ['C25', 39532],
      ['C28', 20592],
    ] as const) {
      const { value, lq } = lqOf(table, 'ES21', industry);
      expect(value).toBe(employed);
      expect(lq).toBeCloseTo(plainLq(triples, 'ES21', industry), 12);
      expect(lq).toBeGreaterThan(1.5); // the Basque Country is specialised in metal products and machinery
    }
  });

  it('Brazil RAIS 2015: the LQ of Novo Hamburgo × footwear (153), and of Rio Grande do Sul after the roll-up, equal a plain recomputation', async () => {
    const options = {
      region: 'municipality_ibge',
      industry: 'cnae_group',
      value: 'establishments',
      year: 2015,
      absentIsZero: true,
    };
    const rows = gzipRows(BR, '2015');
    const municipal = rows.map((row): [string, string, string] => [
      row.municipality_ibge!,
      row.cnae_group!,
      row.establishments!,
    ]);
    const states = municipal.map(([m, i, v]): [string, string, string] => [m.slice(0, 2), i, v]);

    const byMunicipality = await read(BR, options);
    expect(byMunicipality.rows).toBe(rows.length);
    expect(byMunicipality.matrix.industries).toContain('011'); // codes stay text
    const novo = lqOf(byMunicipality, '4313409', '153');
    expect(novo.value).toBe(
      Number(
        rows.find((row) => row.municipality_ibge === '4313409' && row.cnae_group === '153')!.establishments,
      ),
    );
    expect(novo.lq).toBeCloseTo(plainLq(municipal, '4313409', '153'), 12);
    expect(novo.lq).toBeGreaterThan(10); // the Sinos Valley footwear cluster
    // A municipality × group with no row is 0 establishments, not missing.
    expect(byMunicipality.matrix.values.some((v) => Number.isNaN(v))).toBe(false);

    const byState = await read(BR, { ...options, regionPrefix: 2 });
    expect(byState.matrix.regions).toHaveLength(27);
    expect(byState.notes).toEqual([]);
    const rs = lqOf(byState, '43', '153');
    expect(rs.value).toBe(
      states.filter(([s, i]) => s === '43' && i === '153').reduce((a, [, , v]) => a + Number(v), 0),
    );
    expect(rs.lq).toBeCloseTo(plainLq(states, '43', '153'), 12);
  }, 90_000); // two reads of 1.79 million rows (DuckDB: ~3 s each on an idle machine)
});

it('the streaming and DuckDB readers read the shipped tables, filtered and rolled up, to the same matrices (every cell)', async () => {
  const cases = [
    {
      file: EU,
      options: {
        region: 'geo',
        industry: 'nace_r2',
        value: 'local_units',
        year: 2010,
        where: [
          ['geo_level', '2'],
          ['nace_level', 'section'],
        ] as const,
        regionPrefix: 2,
      },
    },
    {
      file: BR,
      options: {
        region: 'municipality_ibge',
        industry: 'cnae_group',
        value: 'establishments',
        year: 2012,
        where: [
          ['uf', 'RS'],
          ['uf', 'SC'],
        ] as const,
        absentIsZero: true,
      },
    },
  ];
  for (const { file, options } of cases) {
    const mine = await readStatisticalTable(file, options);
    const duck = await readStatisticalTableWithDuckDB(file, options);
    expect(mine.matrix.regions).toEqual(duck.matrix.regions);
    expect(mine.matrix.industries).toEqual(duck.matrix.industries);
    expect(Array.from(mine.matrix.values)).toEqual(Array.from(duck.matrix.values));
    expect([mine.rows, mine.notes]).toEqual([duck.rows, duck.notes]);
  }
}, 60_000);
