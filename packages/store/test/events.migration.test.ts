/**
 * Migration 010 (matchmaking events; decision 078) adds the coordinator role and the event
 * tables, and goes down to 007 (coordinators become viewers, the tables go) and up again.
 * Runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '../src/migrations/migrate';
import { migratedDatabase, storeFactories } from './test-stores';

const eventTables = sql`select table_name from information_schema.tables
  where table_name in ('events', 'event_registrations', 'event_meeting_requests', 'event_reminders')
  order by table_name`;

describe.each(storeFactories)('Migration 010 on $name', (factory) => {
  const opened = migratedDatabase(factory);

  it('accepts the coordinator role, and down to 007 turns coordinators into viewers and drops the tables; up again', async () => {
    const { db } = opened;
    await sql`insert into users (email, name, role, password_hash)
      values ('coord@polos.test', 'Coordinator', 'coordinator', 'x')`.execute(db);
    expect((await eventTables.execute(db)).rows).toHaveLength(4);
    await migrateDatabase(db, '007-organisation-admins');
    expect((await eventTables.execute(db)).rows).toEqual([]);
    const role = await sql<{ role: string }>`select role from users where email = 'coord@polos.test'`.execute(
      db,
    );
    expect(role.rows[0]?.role).toBe('viewer');
    await expect(sql`update users set role = 'coordinator'`.execute(db)).rejects.toThrow();
    expect(await migrateDatabase(db)).toContain('010-events');
    await sql`update users set role = 'coordinator' where email = 'coord@polos.test'`.execute(db);
    expect((await eventTables.execute(db)).rows).toHaveLength(4);
  }, 120_000);
});
