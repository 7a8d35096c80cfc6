/**
 * Partner searches, cooperation agreements, programmes and calls (issue 12 points 2, 5, 6).
 * Dates without a time are `date`; lists are jsonb; removing an organisation removes its
 * posts and leaves an agreement's party described by its id (organisation_id set null).
 */
import { sql, type Kysely } from 'kysely';

const up_ = [
  `create table partner_search_posts (
     id text primary key,
     organisation_id text not null references organisations (id) on delete cascade,
     direction text not null check (direction in ('offer', 'request')),
     kind text not null check (kind in ('technology', 'business', 'rnd', 'supplier', 'training')),
     title text not null,
     description text not null,
     sectors jsonb not null default '[]',
     countries_sought jsonb not null default '[]',
     language text not null check (language in ('en', 'es', 'pt')),
     published_on date not null,
     expires_on date not null,
     status text not null default 'open' check (status in ('open', 'matched', 'closed')),
     created_by uuid references users (id) on delete set null,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     check (expires_on >= published_on)
   )`,
  `create index partner_search_posts_org_idx on partner_search_posts (organisation_id)`,
  `create index partner_search_posts_expires_idx on partner_search_posts (expires_on)`,
  `create table partner_search_follows (
     post_id text not null references partner_search_posts (id) on delete cascade,
     user_id uuid not null references users (id) on delete cascade,
     created_at timestamptz not null default now(),
     primary key (post_id, user_id)
   )`,
  `create table partner_search_interests (
     id uuid primary key default gen_random_uuid(),
     post_id text not null references partner_search_posts (id) on delete cascade,
     sender_id uuid references users (id) on delete set null,
     sender_name text not null,
     organisation_id text references organisations (id) on delete set null,
     message text not null,
     created_at timestamptz not null default now()
   )`,
  `create index partner_search_interests_post_idx on partner_search_interests (post_id)`,
  `create table partner_search_comments (
     id uuid primary key default gen_random_uuid(),
     post_id text not null references partner_search_posts (id) on delete cascade,
     author_id uuid references users (id) on delete set null,
     author_name text not null,
     text text not null,
     created_at timestamptz not null default now()
   )`,
  `create index partner_search_comments_post_idx on partner_search_comments (post_id)`,
  `create table agreements (
     id text primary key,
     scope text not null,
     sector_relation text,
     instrument text not null,
     objectives text,
     areas jsonb not null default '[]',
     sponsors jsonb not null default '[]',
     start_year integer,
     end_year integer,
     year_as_printed text,
     signed_on date,
     ends_on date,
     status text,
     status_as_reported text,
     source text,
     notes text,
     created_by uuid references users (id) on delete set null,
     created_at timestamptz not null default now()
   )`,
  `create table agreement_parties (
     agreement_id text not null references agreements (id) on delete cascade,
     position integer not null,
     organisation_id text references organisations (id) on delete set null,
     description text,
     primary key (agreement_id, position)
   )`,
  `create index agreement_parties_org_idx on agreement_parties (organisation_id)`,
  `create table agreement_outcomes (
     id uuid primary key default gen_random_uuid(),
     agreement_id text not null references agreements (id) on delete cascade,
     date date,
     year integer,
     kind text,
     description text not null,
     created_by uuid references users (id) on delete set null,
     created_at timestamptz not null default now()
   )`,
  `create index agreement_outcomes_agreement_idx on agreement_outcomes (agreement_id)`,
  `create table programmes (
     id text primary key,
     name text not null,
     acronym text,
     funder text,
     period text,
     targets jsonb not null default '[]',
     what text,
     countries_regions text,
     level text not null,
     source text,
     notes text
   )`,
  `create table programme_calls (
     id text primary key,
     programme_id text not null references programmes (id) on delete cascade,
     title text not null,
     opens_on date,
     deadline timestamptz not null,
     eligible_countries jsonb not null default '[]',
     url text,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create index programme_calls_deadline_idx on programme_calls (deadline)`,
  `create table programme_call_follows (
     call_id text not null references programme_calls (id) on delete cascade,
     user_id uuid not null references users (id) on delete cascade,
     organisation_id text references organisations (id) on delete set null,
     created_at timestamptz not null default now(),
     primary key (call_id, user_id)
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of up_) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'programme_call_follows',
    'programme_calls',
    'programmes',
    'agreement_outcomes',
    'agreement_parties',
    'agreements',
    'partner_search_comments',
    'partner_search_interests',
    'partner_search_follows',
    'partner_search_posts',
  ])
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
