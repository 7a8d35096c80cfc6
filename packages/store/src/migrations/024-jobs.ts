/**
 * Background jobs (issue 16; decision 106): one table, the queue. A job is queued, claimed
 * by one worker for a lease (`locked_until`, `locked_by`), and ends `done` (its result) or
 * `dead` (the dead-letter list, with its last error); `progress` is what the web shows.
 */
import { sql, type Kysely } from 'kysely';

const statements = [
  `create table jobs (
     id uuid primary key default gen_random_uuid(),
     kind text not null,
     payload jsonb not null,
     state text not null default 'queued' check (state in ('queued', 'running', 'done', 'dead')),
     attempts integer not null default 0,
     max_attempts integer not null check (max_attempts >= 1),
     run_at timestamptz not null default now(),
     locked_until timestamptz,
     locked_by text,
     progress jsonb,
     result jsonb,
     last_error text,
     created_by uuid references users (id) on delete set null,
     created_at timestamptz not null default now(),
     finished_at timestamptz,
     check ((state = 'running') = (locked_by is not null))
   )`,
  // The claim's scan: queued jobs due, and running ones whose lease ran out.
  `create index jobs_due_idx on jobs (run_at) where state = 'queued'`,
  `create index jobs_lease_idx on jobs (locked_until) where state = 'running'`,
  'create index jobs_state_idx on jobs (state, created_at desc)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists jobs').execute(db);
}
