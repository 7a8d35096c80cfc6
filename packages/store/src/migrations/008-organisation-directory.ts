/**
 * The organisation directory (issue 12 point 1; decision 076): the collaboration profile
 * of an organisation kept on its row (kind, region, sectors, technologies, value-chain
 * positions, markets, languages, labels, members by kind and size, "looking for
 * partners"), its publication status, and a full-text search in English, Spanish and
 * Portuguese (stemmed) plus the accent-folded `simple` one. Both PGlite and PostgreSQL 15
 * ship the english, spanish and portuguese text search configurations.
 */
import { sql, type Kysely } from 'kysely';

/** The text searched: name, acronym, region and the sector as described. */
const searchText = `polos_fold(name || ' ' || coalesce(acronym, '') || ' ' || coalesce(region, '') || ' ' || coalesce(sector_description, ''))`;

const up_ = [
  `alter table organisations
     add column kind text,
     add column region text,
     add column nuts2 text check (nuts2 ~ '^[A-Z]{2}[0-9A-Z]{2}$'),
     add column sector_description text,
     add column sector_group text,
     add column nace_divisions text[] not null default '{}',
     add column wiod_sectors text[] not null default '{}',
     add column technologies text[] not null default '{}',
     add column value_chain_positions text[] not null default '{}',
     add column smart_specialisation_priorities text[] not null default '{}',
     add column target_markets text[] not null default '{}',
     add column languages text[] not null default '{}',
     add column labels jsonb not null default '[]'::jsonb,
     add column members jsonb not null default '[]'::jsonb,
     add column looking_for_partners boolean not null default false,
     add column recognised_by_programme text,
     add column visible_activity boolean,
     add column publication_status text not null default 'published'
       check (publication_status in ('draft', 'submitted', 'published')),
     add column newly_founded boolean not null default false,
     add column dataset_id text unique`,
  `alter table organisations drop column search`,
  `alter table organisations add column search tsvector generated always as (
     to_tsvector('simple', ${searchText}) || to_tsvector('english', ${searchText})
     || to_tsvector('spanish', ${searchText}) || to_tsvector('portuguese', ${searchText})) stored`,
  `create index organisations_search_idx on organisations using gin (search)`,
  `create index organisations_country_idx on organisations (country)`,
  `create index organisations_nace_idx on organisations using gin (nace_divisions)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of up_) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `drop index if exists organisations_nace_idx`,
    `drop index if exists organisations_country_idx`,
    `alter table organisations drop column search`,
    `alter table organisations
       drop column kind, drop column region, drop column nuts2, drop column sector_description, drop column sector_group,
       drop column nace_divisions, drop column wiod_sectors, drop column technologies,
       drop column value_chain_positions, drop column smart_specialisation_priorities,
       drop column target_markets, drop column languages, drop column labels, drop column members,
       drop column looking_for_partners, drop column recognised_by_programme,
       drop column visible_activity, drop column publication_status, drop column newly_founded,
       drop column dataset_id`,
    `alter table organisations add column search tsvector generated always as
       (to_tsvector('simple', polos_fold(name || ' ' || coalesce(acronym, '')))) stored`,
    `create index organisations_search_idx on organisations using gin (search)`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);
}
