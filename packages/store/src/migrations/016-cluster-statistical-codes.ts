/**
 * Statistical codes of a cluster (issue 14 point 4; decision 090): one JSON document on the
 * cluster — `{ region: { system, code } | null, industry: { system, code } | null, note }` —
 * validated by core's statisticalCodesSchema at the boundary. Null when none is set.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table clusters add column statistical_codes jsonb`.execute(db);
}

/** Drops the column (the codes go with it). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table clusters drop column if exists statistical_codes`.execute(db);
}
