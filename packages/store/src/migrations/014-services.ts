/**
 * An organisation's service portfolio by year and its member surveys (issue 13 point 2;
 * decision 085). Survey codes are kept only as SHA-256 hashes with the day they were used;
 * the ratings carry no answer id, no code and no time, so no row links an answer to the
 * code (and so the member) that gave it.
 */
import { sql, type Kysely } from 'kysely';

const amount = (column: string) => `${column} double precision not null check (${column} >= 0)`;

const statements = [
  `create table organisation_service_years (
     organisation_id text not null references organisations (id) on delete cascade,
     year integer not null check (year between 1900 and 2100),
     currency text not null check (currency ~ '^[A-Z]{3}$'),
     updated_at timestamptz not null default now(),
     primary key (organisation_id, year)
   )`,
  `create table organisation_services (
     organisation_id text not null,
     year integer not null,
     position integer not null,
     key text not null,
     name text,
     ${amount('revenue')},
     ${amount('cost')},
     members_served integer not null check (members_served >= 0),
     manager_valuation double precision check (manager_valuation between 1 and 5),
     primary key (organisation_id, year, key),
     foreign key (organisation_id, year) references organisation_service_years (organisation_id, year)
       on delete cascade
   )`,
  `create table service_surveys (
     id uuid primary key default gen_random_uuid(),
     organisation_id text not null references organisations (id) on delete cascade,
     year integer not null check (year between 1900 and 2100),
     services jsonb not null,
     code_count integer not null check (code_count between 1 and 1000),
     created_at timestamptz not null default now(),
     closed_at timestamptz
   )`,
  `create index service_surveys_organisation_idx on service_surveys (organisation_id, year, created_at)`,
  `create table service_survey_codes (
     code_hash text primary key check (code_hash ~ '^[0-9a-f]{64}$'),
     survey_id uuid not null references service_surveys (id) on delete cascade,
     used_on date
   )`,
  `create index service_survey_codes_survey_idx on service_survey_codes (survey_id)`,
  `create table service_survey_ratings (
     survey_id uuid not null references service_surveys (id) on delete cascade,
     service_key text not null,
     value smallint check (value between 1 and 5),
     willingness text check (willingness in ('none', 'low', 'medium', 'high')),
     check ((value is null) = (willingness is null))
   )`,
  `create index service_survey_ratings_survey_idx on service_survey_ratings (survey_id, service_key)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'service_survey_ratings',
    'service_survey_codes',
    'service_surveys',
    'organisation_services',
    'organisation_service_years',
  ])
    await sql.raw(`drop table if exists ${t}`).execute(db);
}
