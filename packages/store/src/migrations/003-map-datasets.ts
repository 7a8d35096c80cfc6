/**
 * Statistical datasets uploaded for the map studio (docs/storage.md): a region × industry
 * matrix checked by the statistical reader and stored whole — codes as JSON arrays, the
 * cells as little-endian float64 bytes (NaN = missing, as in the core's matrix). One row
 * per dataset, written in one transaction with its audit entry: all or nothing.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `create table map_datasets (
     id uuid primary key default gen_random_uuid(),
     name text not null check (length(name) between 1 and 120),
     geography text not null,
     unit text not null default '',
     source_file text not null,
     rows integer not null check (rows >= 0),
     regions jsonb not null,
     industries jsonb not null,
     cells bytea not null,
     created_by uuid references users (id) on delete set null,
     created_at timestamptz not null default now()
   )`,
    )
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists map_datasets').execute(db);
}
