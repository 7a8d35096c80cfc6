/**
 * Smart-specialisation (RIS3) strategies (issue 14 point 5; decision 091): one row per
 * strategy, its priorities and their indicators a JSON document of the row (a handful of
 * each, always read and checked together; edited under the row's lock).
 */
import { sql, type Kysely } from 'kysely';

const statements = [
  `create table ris3_strategies (
     id uuid primary key default gen_random_uuid(),
     seq bigint generated always as identity,
     name text not null,
     dataset text not null,
     region text not null,
     start_year integer not null,
     end_year integer not null check (end_year between start_year and start_year + 20),
     phase text not null default 'definition' check (phase in ('definition', 'implementation', 'monitoring')),
     priorities jsonb not null default '[]'::jsonb check (jsonb_typeof(priorities) = 'array'),
     created_by uuid references users (id) on delete set null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create index ris3_strategies_region_idx on ris3_strategies (dataset, region)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists ris3_strategies').execute(db);
}
