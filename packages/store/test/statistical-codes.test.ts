/**
 * Statistical codes of a cluster (migration 016; decision 090): stored with the cluster and
 * read back, imported from CSV columns, and migration 016 goes down (the column goes, the
 * clusters stay) and up again. Runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ImportValidationError, parseClusterFile } from '../src';
import { migrateDatabase } from '../src/migrations/migrate';
import { migratedDatabase, storeFactories } from './test-stores';

const codeColumn = sql<{ column_name: string }>`select column_name from information_schema.columns
  where table_schema = current_schema() and table_name = 'clusters' and column_name = 'statistical_codes'`;

describe.each(storeFactories)('Migration 016 on $name', (factory) => {
  const opened = migratedDatabase(factory);

  it('down to 015 drops the codes and keeps the clusters; up again brings the column back, empty', async () => {
    const { db } = opened;
    await sql`insert into clusters (id, name, country, sector, sector_group, statistical_codes)
      values ('harris-energy', 'Harris energy', 'US', 'energy', 'natural_resource_based',
        ${JSON.stringify({ region: { system: 'fips-county', code: '48201' }, industry: null, note: null })}::jsonb)`.execute(
      db,
    );
    await migrateDatabase(db, '015-excellence');
    expect((await codeColumn.execute(db)).rows).toEqual([]);
    expect((await sql<{ id: string }>`select id from clusters`.execute(db)).rows).toEqual([
      { id: 'harris-energy' },
    ]);
    expect(await migrateDatabase(db)).toContain('016-cluster-statistical-codes');
    expect((await codeColumn.execute(db)).rows).toHaveLength(1);
    const row = await sql<{ statistical_codes: unknown }>`select statistical_codes from clusters`.execute(db);
    expect(row.rows[0]!.statistical_codes).toBeNull();
  }, 120_000);
});

describe('cluster import: statistical-code columns', () => {
  const header =
    'name,country,sector,sector_group,region_system,region_code,industry_system,industry_code,statistical_note';

  it('a CSV row with the code columns gives the cluster its statistical codes', () => {
    const [row] = parseClusterFile(
      `${header}\nShoes,BR,footwear,traditional_manufacturing,ibge-municipality,4313409,cnae,153,Novo Hamburgo\n`,
      { fileName: 'c.csv' },
    );
    expect(row!.cluster.statisticalCodes).toEqual({
      region: { system: 'ibge-municipality', code: '4313409' },
      industry: { system: 'cnae', code: '153' },
      note: 'Novo Hamburgo',
    });
  });

  it('a code not of its system is refused, naming the column', () => {
    try {
      parseClusterFile(
        `${header}\nShoes,BR,footwear,traditional_manufacturing,ibge-municipality,43134,cnae,153,\n`,
        {
          fileName: 'c.csv',
        },
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportValidationError);
      const issues = (error as ImportValidationError).issues;
      expect(issues).toEqual([
        expect.objectContaining({
          row: 2,
          field: 'region_code',
          message: expect.stringContaining('7-digit IBGE'),
        }),
      ]);
    }
  });
});
