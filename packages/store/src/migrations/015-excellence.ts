/**
 * Eligibility inputs, management-excellence self-assessments and collective shared value of
 * an organisation (issue 13 points 4 and 5; decision 086). The entered inputs and the shared
 * value are one JSON document per organisation (validated by core's schemas at the
 * boundary); self-assessments are dated rows with their scores; one flag says whether the
 * organisation publishes them (private by default). All go with the organisation.
 */
import { sql, type Kysely } from 'kysely';

/** A document of an organisation: one JSON value per organisation, gone with it. */
const documentTable = (name: string) =>
  `create table ${name} (organisation_id text primary key references organisations (id) on delete cascade,
     content jsonb not null, updated_at timestamptz not null default now())`;

const tables = [
  'organisation_eligibility_inputs',
  'self_assessments',
  'organisation_shared_value',
  'organisation_excellence_publication',
];

const statements = [
  documentTable('organisation_eligibility_inputs'),
  `create table self_assessments (
     id uuid primary key default gen_random_uuid(),
     organisation_id text not null references organisations (id) on delete cascade,
     assessed_on date not null, scores jsonb not null, note text,
     created_at timestamptz not null default now()
   )`,
  `create index self_assessments_organisation_idx on self_assessments (organisation_id, assessed_on)`,
  documentTable('organisation_shared_value'),
  `create table organisation_excellence_publication (
     organisation_id text primary key references organisations (id) on delete cascade,
     published boolean not null default false, updated_at timestamptz not null default now()
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/** Drops the four tables, last made first. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...tables].reverse()) await sql`drop table if exists ${sql.table(table)}`.execute(db);
}
