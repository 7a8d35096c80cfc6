/**
 * The data version (migration 025, decision 108): a number that every audited write bumps
 * inside its own transaction, so it changes exactly when committed data changes. Readers
 * that cache answers (the server's public read cache) compare it to the one they computed
 * the answer under; it is in the database, so every instance sharing it agrees.
 */
import { sql } from 'kysely';
import type { Executor } from './unit-of-work';

/** Bumps the version; call it with the write's transaction (UnitOfWork.audit does). */
export async function bumpDataVersion(trx: Executor): Promise<void> {
  await sql`update data_version set version = version + 1 where id = 1`.execute(trx);
}

/**
 * The committed version, as a decimal string (a bigint).
 * @example await readDataVersion(db) // '42'
 */
export async function readDataVersion(db: Executor): Promise<string> {
  const { rows } = await sql<{
    version: string | number;
  }>`select version from data_version where id = 1`.execute(db);
  return String(rows[0]?.version ?? 0);
}
