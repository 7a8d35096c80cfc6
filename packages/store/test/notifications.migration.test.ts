/**
 * Migration 011 (notifications and the mail outbox; decision 081) adds the users' language
 * and the notification and outbox tables, and goes down to 010 (the tables and the column
 * go, the users stay) and up again. Runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '../src/migrations/migrate';
import { migratedDatabase, storeFactories } from './test-stores';

const tables = sql`select table_name from information_schema.tables
  where table_name in ('notifications', 'notification_preferences', 'notification_triggers', 'mail_outbox', 'server_keys')
  order by table_name`;
const languageColumn = sql`select column_name from information_schema.columns
  where table_name = 'users' and column_name = 'language'`;

describe.each(storeFactories)('Migration 011 on $name', (factory) => {
  const opened = migratedDatabase(factory);

  it('gives users a language (en by default, en/es/pt only); down to 010 drops the tables and the column, keeping the users; up again', async () => {
    const { db } = opened;
    await sql`insert into users (email, name, role, password_hash)
      values ('ana@polos.test', 'Ana', 'viewer', 'x')`.execute(db);
    const language = await sql<{
      language: string;
    }>`select language from users where email = 'ana@polos.test'`.execute(db);
    expect(language.rows[0]?.language).toBe('en');
    await expect(sql`update users set language = 'fr'`.execute(db)).rejects.toThrow();
    await sql`insert into notifications (user_id, kind, params)
      select id, 'interest', '{}'::jsonb from users where email = 'ana@polos.test'`.execute(db);
    expect((await tables.execute(db)).rows).toHaveLength(5);

    await migrateDatabase(db, '010-events');
    expect((await tables.execute(db)).rows).toEqual([]);
    expect((await languageColumn.execute(db)).rows).toEqual([]);
    const users = await sql`select email from users where email = 'ana@polos.test'`.execute(db);
    expect(users.rows).toHaveLength(1);

    expect(await migrateDatabase(db)).toContain('011-notifications');
    expect((await tables.execute(db)).rows).toHaveLength(5);
    expect((await languageColumn.execute(db)).rows).toHaveLength(1);
  }, 120_000);
});
