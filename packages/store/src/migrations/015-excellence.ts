/**
 * Eligibility inputs, management-excellence self-assessments and collective shared value of
 * an organisation (issue 13 points 4 and 5; decision 086). The entered inputs and the shared
 * value are one JSON document per organisation (validated by core's schemas at the
 * boundary); self-assessments are dated rows with their scores. All go with the organisation.
 */
import { sql, type Kysely } from 'kysely';

const statements = [
  `create table organisation_eligibility_inputs (
     organisation_id text primary key references organisations (id) on delete cascade,
     content jsonb not null,
     updated_at timestamptz not null default now()
   )`,
  `create table self_assessments (
     id uuid primary key default gen_random_uuid(),
     organisation_id text not null references organisations (id) on delete cascade,
     assessed_on date not null,
     scores jsonb not null,
     note text,
     created_at timestamptz not null default now()
   )`,
  `create index self_assessments_organisation_idx on self_assessments (organisation_id, assessed_on)`,
  `create table organisation_shared_value (
     organisation_id text primary key references organisations (id) on delete cascade,
     content jsonb not null,
     updated_at timestamptz not null default now()
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const s of [
    'drop table if exists organisation_shared_value',
    'drop table if exists self_assessments',
    'drop table if exists organisation_eligibility_inputs',
  ])
    await sql.raw(s).execute(db);
}
