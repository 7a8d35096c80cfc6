/**
 * Strategic plans, annual action plans and their actions, indicators and their values by
 * period (issue 13 point 3; decision 084). Everything belongs to an organisation and goes
 * with it; dimensions are Lombardy's six (core `planDimensions`).
 */
import { sql, type Kysely } from 'kysely';

const DIMENSIONS = `('cluster_development', 'financial_sustainability', 'research_innovation',
  'internationalisation', 'governance', 'communication')`;

const statements = [
  `create table strategic_plans (
     organisation_id text primary key references organisations (id) on delete cascade,
     title text not null,
     start_year integer not null,
     end_year integer not null check (end_year - start_year between 2 and 4),
     objectives jsonb not null default '[]'::jsonb,
     updated_at timestamptz not null default now()
   )`,
  `create table action_plans (
     id uuid primary key default gen_random_uuid(),
     organisation_id text not null references organisations (id) on delete cascade,
     year integer not null,
     title text not null,
     currency text not null check (currency ~ '^[A-Z]{3}$'),
     created_at timestamptz not null default now(),
     unique (organisation_id, year)
   )`,
  `create table plan_actions (
     id uuid primary key default gen_random_uuid(),
     seq bigint generated always as identity,
     action_plan_id uuid not null references action_plans (id) on delete cascade,
     title text not null,
     owner text not null,
     dimension text not null check (dimension in ${DIMENSIONS}),
     budget double precision not null default 0 check (budget >= 0),
     spent double precision not null default 0 check (spent >= 0),
     status text not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'cancelled'))
   )`,
  `create index plan_actions_plan_idx on plan_actions (action_plan_id, seq)`,
  `create table indicators (
     id uuid primary key default gen_random_uuid(),
     seq bigint generated always as identity,
     organisation_id text not null references organisations (id) on delete cascade,
     name text not null,
     dimension text not null check (dimension in ${DIMENSIONS}),
     unit text not null,
     direction text not null check (direction in ('higher_is_better', 'lower_is_better')),
     baseline double precision not null,
     baseline_year integer not null
   )`,
  `create index indicators_organisation_idx on indicators (organisation_id, seq)`,
  `create table indicator_values (
     indicator_id uuid not null references indicators (id) on delete cascade,
     period integer not null check (period between 1800 and 2100),
     target double precision,
     actual double precision,
     primary key (indicator_id, period)
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['indicator_values', 'indicators', 'plan_actions', 'action_plans', 'strategic_plans'])
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
