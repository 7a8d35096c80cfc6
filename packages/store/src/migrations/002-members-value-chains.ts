/**
 * Members of a cluster, its knowledge intermediaries and the value chains it takes part
 * in (DOMAIN.md §1, §3). Ids are slugs unique within their cluster; the rows go when the
 * cluster goes. Lists of labels (roles, lead firms, local functions) are JSON arrays,
 * validated by the core zod schemas at the boundary, as for key figures (decision 011).
 */
import { sql, type Kysely } from 'kysely';

/** A part of a cluster: its id unique within the cluster, its name, then its own columns. */
const clusterPart = (table: string, columns: string[]) =>
  `create table ${table} (
     cluster_id text not null references clusters (id) on delete cascade,
     id text not null,
     name text not null,
     ${columns.join(',\n     ')},
     created_at timestamptz not null default now(),
     primary key (cluster_id, id)
   )`;

const statements = [
  clusterPart('members', [
    'kind text not null',
    'size_class text',
    'sme boolean',
    "country text check (country ~ '^[A-Z]{2}$')",
    'joined integer',
  ]),
  clusterPart('intermediaries', [
    'kind text not null',
    "roles jsonb not null default '[]'::jsonb",
    'leads boolean not null default false',
  ]),
  clusterPart('value_chains', [
    "lead_firms jsonb not null default '[]'::jsonb",
    'end_market text not null',
    "scope text not null check (scope in ('domestic', 'global'))",
    'governance text not null',
    'share_of_output double precision check (share_of_output between 0 and 1)',
    "local_functions jsonb not null default '[]'::jsonb",
  ]),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['value_chains', 'intermediaries', 'members']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
