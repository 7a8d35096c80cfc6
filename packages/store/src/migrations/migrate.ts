/**
 * Applies the migrations of `index.ts` in order, recorded in `polos_migrations` (the table
 * and format of Kysely's migrator, which wrote it before and still reads it in tests).
 *
 * Why not Kysely's `Migrator` (decision 109): it serialises migrators with a session-level
 * `pg_advisory_lock` taken on a connection outside the migration's transaction, and unlocks
 * it after. Behind PgBouncer in transaction mode the lock, the transaction and the unlock
 * may each run on a different server connection: the unlock then misses, and the lock stays
 * held by a pooled server connection, so the next start waits on it. Here the pending
 * migrations run in one transaction that first takes `pg_advisory_xact_lock`, released at
 * its commit or rollback on the one server connection that ran it.
 */
import { sql, type Kysely } from 'kysely';
import { migrations } from './index';

/** The advisory-lock key of migrations (the throttles use 7301–7303). */
const MIGRATION_LOCK = 7300;

/**
 * Applies the pending migrations, or those up to and including `target` (tests of a
 * migration start from the one before; later ones applied are undone); returns the names
 * applied now. All in one transaction: a failing migration leaves the database as it was.
 * @example await migrateDatabase(db) // ['001-initial', …] on a new database, [] after
 */
export async function migrateDatabase<DB>(db: Kysely<DB>, target?: string): Promise<string[]> {
  const names = Object.keys(migrations).sort();
  const last = target === undefined ? names.length - 1 : names.indexOf(target);
  if (last < 0) throw new Error(`no migration named ${target}`);
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await sql`create table if not exists polos_migrations (
      name varchar(255) not null primary key, timestamp varchar(255) not null)`.execute(trx);
    const { rows } = await sql<{ name: string }>`select name from polos_migrations order by name`.execute(
      trx,
    );
    const done = new Set(rows.map((r) => r.name));
    const unknown = [...done].filter((name) => !(name in migrations));
    if (unknown.length)
      throw new Error(
        `the database has migrations this version of polos does not know: ${unknown.join(', ')}`,
      );
    // Past `target` (tests of a migration): down, newest first.
    for (const name of names.slice(last + 1).reverse()) {
      if (!done.has(name)) continue;
      const down = migrations[name]!.down;
      if (!down) throw new Error(`migration ${name} cannot be undone`);
      await down(trx as unknown as Kysely<unknown>);
      await sql`delete from polos_migrations where name = ${name}`.execute(trx);
    }
    const applied: string[] = [];
    for (const name of names.slice(0, last + 1)) {
      if (done.has(name)) continue;
      await migrations[name]!.up(trx as unknown as Kysely<unknown>);
      await sql`insert into polos_migrations (name, timestamp) values (${name}, ${new Date().toISOString()})`.execute(
        trx,
      );
      applied.push(name);
    }
    return applied;
  });
}
