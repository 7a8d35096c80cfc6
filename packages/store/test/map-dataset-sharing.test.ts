/** Migration 018: the `shared` flag of uploaded map datasets goes down and up, the datasets stay. */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '../src/migrations/migrate';
import { migratedDatabase, storeFactories } from './test-stores';

const column = sql<{ column_name: string }>`select column_name from information_schema.columns
  where table_name = 'map_datasets' and column_name = 'shared'`;

describe.each(storeFactories)('migration 018 (map dataset sharing) on $name', (factory) => {
  const opened = migratedDatabase(factory);

  it('adds the flag (false by default), goes down to 015 keeping the datasets, and up again', async () => {
    const { db } = opened;
    await sql`insert into map_datasets (name, geography, source_file, rows, regions, industries, cells)
      values ('Kept', 'world-countries', 'k.csv', 1, '["arg"]', '["a"]', decode('00', 'hex'))`.execute(db);
    expect((await column.execute(db)).rows).toHaveLength(1);
    const { rows } = await sql<{ shared: boolean }>`select shared from map_datasets`.execute(db);
    expect(rows).toEqual([{ shared: false }]);
    await migrateDatabase(db, '015-excellence');
    expect((await column.execute(db)).rows).toEqual([]);
    expect((await sql`select name from map_datasets`.execute(db)).rows).toHaveLength(1);
    expect(await migrateDatabase(db)).toContain('018-map-dataset-sharing');
    expect((await column.execute(db)).rows).toHaveLength(1);
  }, 120_000);
});
