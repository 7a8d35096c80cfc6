/**
 * `negativeIsMissing` on both readers: a published table with a known negative source
 * error (Eurostat SBS, NO06 × B06 wages 2014 = -8.3) is read with that cell missing,
 * instead of refused; without the option a negative value is still an error naming its line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportValidationError } from '../store';
import { readStatisticalTable as readDefault, readStatisticalTableWithDuckDB } from './statistical-table';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'polos-statistical-negative-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILE = `geo,nace_r2,wages_meur
NO06,B06,-8.3
NO06,C25,120.5
ES21,B06,4.0
ES21,C25,1193.0
`;
const options = { region: 'geo', industry: 'nace_r2', value: 'wages_meur' };

describe.each([
  ['streaming CSV reader', readDefault],
  ['DuckDB reader', readStatisticalTableWithDuckDB],
])('negative values (%s)', (_name, read) => {
  it('reads a negative value as missing with negativeIsMissing', async () => {
    const path = join(dir, 'wages.csv');
    writeFileSync(path, FILE);
    const t = await read(path, { ...options, negativeIsMissing: true });
    expect(t.matrix.regions).toEqual(['ES21', 'NO06']); // sorted
    expect(Array.from(t.matrix.values)).toEqual([4, 1193, NaN, 120.5]);
  });

  it('refuses the file naming the line without it', async () => {
    const path = join(dir, 'wages.csv');
    writeFileSync(path, FILE);
    const error = await read(path, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as ImportValidationError).issues[0]).toMatchObject({ row: 2, field: 'wages_meur' });
  });
});
