/**
 * Initial schema: clusters, organisations, assessments, users and grants, sessions,
 * API tokens, the audit log and seed runs. Plain SQL that runs unchanged on PGlite
 * and PostgreSQL 15.
 */
import { sql, type Kysely } from 'kysely';

const statements = [
  // Accent- and case-insensitive folding for search. translate() and lower() are
  // immutable, so the function can feed a generated column; unaccent is an extension
  // PGlite does not ship, hence the explicit table of Latin letters.
  `create function polos_fold(text) returns text language sql immutable parallel safe as $$
     select translate(lower($1),
       'áàâãäåāăąéèêëēėęěíìîïīįóòôõöøōőúùûüūůűųçćčñńňýÿšśžźżłđß',
       'aaaaaaaaaeeeeeeeeiiiiiioooooooouuuuuuuucccnnnyysszzzldb')
   $$`,
  `create table clusters (
     id text primary key,
     name text not null,
     country text not null check (country ~ '^[A-Z]{2}$'),
     region text,
     location text,
     sector text not null,
     sector_group text not null,
     life_cycle_stage text,
     description text,
     is_public boolean not null default true,
     key_figures jsonb not null default '[]'::jsonb,
     source text,
     search tsvector generated always as
       (to_tsvector('simple', polos_fold(name || ' ' || coalesce(location, '') || ' ' || sector))) stored,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create index clusters_search_idx on clusters using gin (search)`,
  `create index clusters_country_idx on clusters (country)`,
  `create index clusters_sector_group_idx on clusters (sector_group)`,
  `create table organisations (
     id text primary key,
     cluster_id text references clusters (id) on delete set null,
     name text not null,
     acronym text,
     country text not null check (country ~ '^[A-Z]{2}$'),
     legal_form text,
     founded integer,
     staff_fte double precision,
     governance_bodies jsonb not null default '[]'::jsonb,
     structure_type text,
     website text,
     email text,
     is_public boolean not null default true,
     source text,
     search tsvector generated always as (to_tsvector('simple', polos_fold(name || ' ' || coalesce(acronym, '')))) stored,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create index organisations_cluster_idx on organisations (cluster_id)`,
  `create index organisations_search_idx on organisations using gin (search)`,
  `create table assessments (
     id uuid primary key default gen_random_uuid(),
     cluster_id text not null references clusters (id) on delete cascade,
     assessed_on date not null,
     assessor text not null,
     method text not null check (method in ('expert', 'survey')),
     aggregation text not null check (aggregation in ('median', 'mean')),
     scores jsonb not null,
     respondents jsonb not null default '[]'::jsonb,
     governance jsonb not null default '[]'::jsonb,
     source text,
     notes text,
     created_by text,
     created_at timestamptz not null default now()
   )`,
  `create index assessments_cluster_idx on assessments (cluster_id, assessed_on desc, created_at desc)`,
  `create table users (
     id uuid primary key default gen_random_uuid(),
     email text not null unique check (email = lower(email)),
     name text not null,
     role text not null check (role in ('admin', 'analyst', 'cluster_manager', 'viewer')),
     password_hash text not null,
     created_at timestamptz not null default now()
   )`,
  `create table user_grants (
     user_id uuid not null references users (id) on delete cascade,
     cluster_id text not null references clusters (id) on delete cascade,
     primary key (user_id, cluster_id)
   )`,
  `create table sessions (
     token_hash text primary key,
     user_id uuid not null references users (id) on delete cascade,
     csrf_token text not null,
     expires_at timestamptz not null,
     created_at timestamptz not null default now()
   )`,
  `create index sessions_user_idx on sessions (user_id)`,
  `create table api_tokens (
     id uuid primary key default gen_random_uuid(),
     user_id uuid not null references users (id) on delete cascade,
     name text not null,
     token_hash text not null unique,
     created_at timestamptz not null default now()
   )`,
  `create table audit_log (
     id bigint generated always as identity primary key,
     at timestamptz not null default now(),
     user_id uuid,
     actor_label text not null,
     action text not null,
     entity text not null,
     entity_id text,
     detail jsonb
   )`,
  `create index audit_log_entity_idx on audit_log (entity, entity_id)`,
  `create table seed_runs (
     name text primary key,
     at timestamptz not null default now(),
     detail jsonb
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'seed_runs',
    'audit_log',
    'api_tokens',
    'sessions',
    'user_grants',
    'users',
    'assessments',
    'organisations',
    'clusters',
  ]) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
  await sql.raw('drop function if exists polos_fold(text)').execute(db);
}
