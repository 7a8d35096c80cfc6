/**
 * An organisation's funding mix by year, its planned exit path and whether it publishes its
 * sustainability (issue 13 point 1; decision 083). Amounts are the seven sources of
 * `@polos/core/funding`, in one currency per organisation (the repository enforces it).
 */
import { sql, type Kysely } from 'kysely';

const amount = (column: string) => `${column} double precision not null check (${column} >= 0)`;

const statements = [
  `create table organisation_funding (
     organisation_id text not null references organisations (id) on delete cascade,
     year integer not null check (year between 1900 and 2100),
     currency text not null check (currency ~ '^[A-Z]{3}$'),
     ${amount('public_regional')},
     ${amount('public_national')},
     ${amount('public_eu_multilateral')},
     ${amount('membership_fees')},
     ${amount('paid_services')},
     ${amount('competitive_projects')},
     ${amount('other')},
     updated_at timestamptz not null default now(),
     primary key (organisation_id, year)
   )`,
  `create table organisation_exit_path (
     organisation_id text not null references organisations (id) on delete cascade,
     year integer not null check (year between 1900 and 2100),
     target_public_share double precision not null check (target_public_share between 0 and 1),
     primary key (organisation_id, year)
   )`,
  `create table organisation_sustainability_publication (
     organisation_id text primary key references organisations (id) on delete cascade,
     published boolean not null default false,
     updated_at timestamptz not null default now()
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const s of [
    'drop table if exists organisation_sustainability_publication',
    'drop table if exists organisation_exit_path',
    'drop table if exists organisation_funding',
  ])
    await sql.raw(s).execute(db);
}
