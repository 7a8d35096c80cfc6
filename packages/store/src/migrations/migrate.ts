/** Applies the migrations of `index.ts` in order with Kysely's migrator, recorded in `polos_migrations`. */
import { Migrator, type Kysely } from 'kysely';
import { migrations } from './index';

/**
 * Applies the pending migrations, or those up to and including `target` (tests of a
 * migration start from the one before); returns the names applied now.
 * @example await migrateDatabase(db) // ['001-initial', …] on a new database, [] after
 */
export async function migrateDatabase<DB>(db: Kysely<DB>, target?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'polos_migrations',
    migrationLockTableName: 'polos_migrations_lock',
  });
  const { error, results } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
