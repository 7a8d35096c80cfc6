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
 * The committed version: the count (a bigint, in decimals), a dot and the database's epoch
 * (migration 027), so equal strings mean equal data even across a restore.
 * @example await readDataVersion(db) // '42.0b6e2c4e-…'
 */
export async function readDataVersion(db: Executor): Promise<string> {
  const { rows } = await sql<{
    version: string | number;
    epoch: string;
  }>`select version, epoch from data_version where id = 1`.execute(db);
  const row = rows[0];
  return row ? `${row.version}.${row.epoch}` : '0';
}

/** The count part of a version string (`'42.0b6e…'` → 42n). */
export const dataVersionCount = (version: string): bigint => BigInt(version.split('.')[0]!);

/**
 * Draws a new epoch; a restore runs it on the restored copy (decision 110), so answers
 * cached or tagged under the backup's versions elsewhere no longer match the copy's. A
 * backup older than migration 027 has no epoch yet: the migration draws one.
 */
export const RENEW_DATA_EPOCH = `do $$ begin
  if exists (select 1 from information_schema.columns
             where table_name = 'data_version' and column_name = 'epoch') then
    update data_version set epoch = gen_random_uuid()::text;
  end if;
end $$`;
